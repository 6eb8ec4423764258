package dev.airgap.cost.availability;

import dev.airgap.network.ServiceNames;
import dev.airgap.cost.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers, for each (service, endpoint type, region), AVAILABLE, NOT_AVAILABLE, NOT_OFFERED or UNKNOWN with the
 * source. Unknown is an answer, never silently turned into available: a region the catalog has no sourced list for
 * stays UNKNOWN. Only a source that lists the endpoint service makes it AVAILABLE; the SDK region metadata, which
 * knows services and not endpoints, can only rule one out (NOT_OFFERED: the service is not run in the region).
 */
public final class EndpointAvailabilityChecker {

    /** One question: is {@code service} offered as a {@code type} endpoint in {@code region}? */
    public record Query(String service, EndpointType type, String region) {
        public Query {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(type, "type");
        }
    }

    /** The id under which answers from the SDK region metadata cite it. */
    static final String METADATA_SOURCE = "SDK";

    private final EndpointServiceCatalog catalog;
    private final ServiceRegionCatalog offered;

    /** Checks against {@code catalog} and the bundled SDK region metadata. */
    public EndpointAvailabilityChecker(EndpointServiceCatalog catalog) {
        this(catalog, ServiceRegionCatalog.bundled());
    }

    /** @param offered where each service is offered at all, which decides NOT_OFFERED */
    public EndpointAvailabilityChecker(EndpointServiceCatalog catalog, ServiceRegionCatalog offered) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.offered = Objects.requireNonNull(offered, "offered");
    }

    /** Checks against the bundled catalog. */
    public static EndpointAvailabilityChecker bundled() {
        return new EndpointAvailabilityChecker(EndpointServiceCatalog.bundled());
    }

    public List<AvailabilityVerdict> checkAll(List<Query> queries) {
        List<AvailabilityVerdict> out = new ArrayList<>();
        queries.forEach(q -> out.add(check(q.service(), q.type(), q.region())));
        return out;
    }

    /**
     * @param service the service suffix ({@code s3}, {@code ecr.dkr}) or a full name, which is shortened with
     *                {@link ServiceNames#suffix}
     */
    public AvailabilityVerdict check(String service, EndpointType type, String region) {
        AvailabilityVerdict v = answer(service, type, region);
        String fact = region == null ? null : catalog.region(region).map(EndpointServiceCatalog.RegionServices::fact)
                .orElse(null);
        return fact == null || v.availability() == Availability.AVAILABLE ? v
                : new AvailabilityVerdict(v.service(), v.type(), v.region(), v.availability(), v.source(),
                v.reason() + ". " + fact);
    }

    private AvailabilityVerdict answer(String service, EndpointType type, String region) {
        String name = ServiceNames.suffix(service, region);
        if (region == null) {
            return new AvailabilityVerdict(name, type, null, Availability.UNKNOWN, null,
                    "the region is unknown, so the availability of " + name + " cannot be checked");
        }
        Optional<EndpointServiceCatalog.ServiceInfo> info = catalog.service(name);
        Optional<EndpointServiceCatalog.RegionServices> r = catalog.region(region);
        if (r.isPresent() && r.get().available(type).contains(name)) {
            return verdict(name, type, region, Availability.AVAILABLE, r.get().sources(),
                    type.key() + " endpoints for " + name + " are available in " + region);
        }
        if (r.isPresent() && r.get().notAvailable(type).contains(name)) {
            return verdict(name, type, region, Availability.NOT_AVAILABLE, r.get().sources(),
                    type.key() + " endpoints for " + name + " are not available in " + region);
        }
        if (info.isPresent() && !info.get().types().contains(type)) {
            return verdict(name, type, region, Availability.NOT_AVAILABLE, info.get().sources(),
                    name + " offers no " + type.key().toLowerCase(java.util.Locale.ROOT) + " endpoints in any region"
                            + " (it offers " + info.get().types().stream().map(EndpointType::key)
                            .collect(Collectors.joining(", ")) + ")");
        }
        if (r.isPresent() && r.get().complete()) {
            return verdict(name, type, region, Availability.NOT_AVAILABLE, r.get().sources(),
                    "the complete list of " + type.key() + " endpoint services in " + region
                            + " does not name " + name);
        }
        Optional<String> metadataName = MetadataNames.of(name);
        ServiceRegionCatalog.Offer offer = offered.offer(metadataName.orElse(null), region);
        if (offer == ServiceRegionCatalog.Offer.NOT_OFFERED) {
            return verdict(name, type, region, Availability.NOT_OFFERED, List.of(metadataSource()),
                    "AWS does not offer " + name + " in " + region + " at all (the AWS SDK region metadata lists "
                            + metadataName.get() + " in " + offered.services().get(metadataName.get()).size()
                            + " regions, not in " + region + " on " + offered.dated() + "), so no " + type.key()
                            + " endpoint for it exists there; a DescribeVpcEndpointServices refresh for " + region
                            + " that lists it overrides this");
        }
        String known = info.isPresent() ? name + " is a known " + type.key().toLowerCase(java.util.Locale.ROOT)
                + " endpoint service, but" : name + " is not in the endpoint service catalog, and";
        String offeredThere = offer == ServiceRegionCatalog.Offer.OFFERED
                ? "; AWS offers the service there (AWS SDK region metadata, " + offered.dated()
                + "), which does not confirm its endpoint"
                : metadataName.isPresent() && offered.services().containsKey(metadataName.get())
                ? "; the AWS SDK region metadata does not know the region " + region
                : "; the AWS SDK region metadata does not know the service, so it cannot rule it out";
        return new AvailabilityVerdict(name, type, region, Availability.UNKNOWN, null, known + " no source says "
                + "whether " + region + " offers it (catalog " + catalog.version() + ")" + offeredThere + "; refresh the "
                + "catalog with DescribeVpcEndpointServices for " + region + " to know");
    }

    private Provenance.SourceRef metadataSource() {
        return new Provenance.SourceRef(METADATA_SOURCE, offered.source(), offered.date());
    }

    private static AvailabilityVerdict verdict(String service, EndpointType type, String region,
                                               Availability a, List<Provenance.SourceRef> sources, String reason) {
        String source = sources.stream().map(s -> s.id() + (s.date() == null ? "" : " " + s.date()) + ": " + s.text())
                .collect(Collectors.joining(" | "));
        return new AvailabilityVerdict(service, type, region, a, source.isEmpty() ? null : source, reason);
    }
}
