package dev.airgap.cost;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Declared traffic, in GB per month. Nothing is guessed: a figure that is not declared is 0, and the result says
 * that 0 was assumed. Keys of endpoints and NAT gateways are a logical ID or {@code stack/logicalId} (the latter wins).
 * Each figure applies in every region the resource is priced for.
 *
 * @param endpointGb     per interface or Gateway Load Balancer endpoint
 * @param serviceGb      per interface endpoint of a service ({@code s3}, {@code ssm}, …) that has no figure of its own
 * @param natGatewayGb   processed by each NAT gateway
 * @param natToServiceGb sent to a service through the NAT gateways of a region (a part of their traffic; what a
 *                       gateway endpoint for S3 or DynamoDB would take off them)
 */
public record Usage(Map<String, BigDecimal> endpointGb, Map<String, BigDecimal> serviceGb,
                    Map<String, BigDecimal> natGatewayGb, Map<String, BigDecimal> natToServiceGb) {

    /** A usage figure and what it rests on: {@code endpoint S3Endpoint}, {@code service s3} or {@code assumed}. */
    public record Figure(BigDecimal gbPerMonth, String basis, boolean assumed) {
        static Figure assumedZero() {
            return new Figure(BigDecimal.ZERO, "not declared, 0 assumed", true);
        }
    }

    public Usage {
        endpointGb = copy(endpointGb);
        serviceGb = copy(serviceGb);
        natGatewayGb = copy(natGatewayGb);
        natToServiceGb = copy(natToServiceGb);
    }

    private static Map<String, BigDecimal> copy(Map<String, BigDecimal> m) {
        TreeMap<String, BigDecimal> out = new TreeMap<>();
        if (m != null) {
            m.forEach((k, v) -> {
                if (v == null || v.signum() < 0) {
                    throw new IllegalArgumentException("usage of " + k + " must be a non-negative number of GB");
                }
                out.put(k, v);
            });
        }
        return Collections.unmodifiableMap(out);
    }

    public static Usage none() {
        return new Usage(null, null, null, null);
    }

    /**
     * Parses the POM's compact form {@code KIND:KEY=GB} with KIND one of {@code endpoint}, {@code service},
     * {@code nat}, {@code natToService}: {@code endpoint:S3Interface=500}, {@code service:ssm=2},
     * {@code nat:NetworkStack/NatGateway1=1200}, {@code natToService:s3=800}.
     */
    public static Usage parse(List<String> entries) {
        Map<String, BigDecimal> endpoint = new TreeMap<>();
        Map<String, BigDecimal> service = new TreeMap<>();
        Map<String, BigDecimal> nat = new TreeMap<>();
        Map<String, BigDecimal> natToService = new TreeMap<>();
        String form = " (expected KIND:KEY=GB with KIND endpoint, service, nat or natToService, e.g. service:s3=500)";
        for (String raw : entries == null ? List.<String>of() : entries) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String e = raw.trim();
            int colon = e.indexOf(':');
            int eq = e.lastIndexOf('=');
            if (colon <= 0 || eq < colon + 2) {
                throw new IllegalArgumentException("usage '" + raw + "' is not well formed" + form);
            }
            String key = e.substring(colon + 1, eq).trim();
            BigDecimal gb;
            try {
                gb = new BigDecimal(e.substring(eq + 1).trim());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("usage '" + raw + "': not a number" + form, ex);
            }
            if (gb.signum() < 0) {
                throw new IllegalArgumentException("usage '" + raw + "': GB cannot be negative");
            }
            Map<String, BigDecimal> target;
            switch (e.substring(0, colon).trim().toLowerCase(Locale.ROOT)) {
                case "endpoint":
                    target = endpoint;
                    break;
                case "service":
                    target = service;
                    break;
                case "nat":
                    target = nat;
                    break;
                case "nattoservice":
                    target = natToService;
                    break;
                default:
                    throw new IllegalArgumentException("usage '" + raw + "': unknown kind" + form);
            }
            target.put(key, gb);
        }
        return new Usage(endpoint, service, nat, natToService);
    }

    public Figure forInterfaceEndpoint(String stack, String logicalId, String service) {
        Figure own = own(endpointGb, "endpoint", stack, logicalId);
        if (own != null) {
            return own;
        }
        BigDecimal s = serviceGb.get(service);
        return s != null ? new Figure(s, "service " + service, false) : Figure.assumedZero();
    }

    public Figure forGatewayLoadBalancerEndpoint(String stack, String logicalId) {
        Figure own = own(endpointGb, "endpoint", stack, logicalId);
        return own != null ? own : Figure.assumedZero();
    }

    public Figure forNatGateway(String stack, String logicalId) {
        Figure own = own(natGatewayGb, "nat", stack, logicalId);
        return own != null ? own : Figure.assumedZero();
    }

    public Figure natTo(String service) {
        BigDecimal v = natToServiceGb.get(service);
        return v != null ? new Figure(v, "natToService " + service, false) : Figure.assumedZero();
    }

    private static Figure own(Map<String, BigDecimal> m, String kind, String stack, String logicalId) {
        BigDecimal v = m.get(stack + "/" + logicalId);
        if (v != null) {
            return new Figure(v, kind + " " + stack + "/" + logicalId, false);
        }
        v = m.get(logicalId);
        return v != null ? new Figure(v, kind + " " + logicalId, false) : null;
    }
}
