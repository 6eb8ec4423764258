package dev.airgap.require;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A network requirement declared in the POM. Every requirement has an optional {@code id} for messages (its kind
 * otherwise), {@code allowUnknown} (default false: a verdict the analysis cannot decide fails it) and exceptions,
 * each with a mandatory reason.
 */
public sealed interface Requirement {

    /** The id the user gave, or null. */
    String id();

    boolean allowUnknown();

    List<Except> exceptions();

    /** The XML element name: {@code noInternet}, {@code privateAccess}, … */
    String kind();

    /** How messages name it: the id if given, else the kind. */
    default String name() {
        return id() == null || id().isBlank() ? kind() : id();
    }

    /** The selected subnets have no egress path to the internet (no IGW or NAT path, no public IP). */
    record NoInternet(String id, Selector subnets, boolean allowUnknown, List<Except> exceptions)
            implements Requirement {
        public NoInternet {
            Objects.requireNonNull(subnets, "subnets");
            exceptions = List.copyOf(exceptions);
        }

        @Override
        public String kind() {
            return "noInternet";
        }
    }

    /** For the selected subnets and services, the access is a gateway or interface VPC endpoint. */
    record PrivateAccess(String id, Selector subnets, List<String> services, boolean allowUnknown,
                         List<Except> exceptions) implements Requirement {
        public PrivateAccess {
            Objects.requireNonNull(subnets, "subnets");
            services = List.copyOf(services);
            exceptions = List.copyOf(exceptions);
        }

        @Override
        public String kind() {
            return "privateAccess";
        }
    }

    /**
     * On-premises networks reach the services privately (through an interface endpoint) in every selected VPC.
     *
     * @param cidrs on-premises blocks the analysis must consider (added to the run's on-premises CIDRs)
     */
    record OnPremisesAccess(String id, Selector vpcs, List<String> services, List<String> cidrs,
                            boolean allowUnknown, List<Except> exceptions) implements Requirement {
        public OnPremisesAccess {
            Objects.requireNonNull(vpcs, "vpcs");
            services = List.copyOf(services);
            cidrs = List.copyOf(cidrs);
            exceptions = List.copyOf(exceptions);
        }

        @Override
        public String kind() {
            return "onPremisesAccess";
        }
    }

    /** The policies let the selected subnets reach no S3 bucket outside the list (names or globs). */
    record AllowedBuckets(String id, Selector subnets, List<String> buckets, boolean allowUnknown,
                          List<Except> exceptions) implements Requirement {
        public AllowedBuckets {
            Objects.requireNonNull(subnets, "subnets");
            buckets = List.copyOf(buckets);
            exceptions = List.copyOf(exceptions);
        }

        @Override
        public String kind() {
            return "allowedBuckets";
        }
    }

    /**
     * The estimated monthly total of each target region stays at or under {@code amount}.
     *
     * @param currency     ISO code of {@code amount}
     * @param exchangeRate units of {@code currency} per USD; null when {@code currency} is USD or the report's currency
     */
    record MaxMonthlyCost(String id, BigDecimal amount, String currency, BigDecimal exchangeRate,
                          boolean allowUnknown, List<Except> exceptions) implements Requirement {
        public MaxMonthlyCost {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
            exceptions = List.copyOf(exceptions);
        }

        @Override
        public String kind() {
            return "maxMonthlyCost";
        }
    }

    /** Every interface endpoint service of the templates exists in every target region. */
    record AvailableInRegions(String id, boolean allowUnknown, List<Except> exceptions) implements Requirement {
        public AvailableInRegions {
            exceptions = List.copyOf(exceptions);
        }

        @Override
        public String kind() {
            return "availableInRegions";
        }
    }
}
