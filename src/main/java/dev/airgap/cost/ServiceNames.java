package dev.airgap.cost;

/** Endpoint service names to catalog keys: {@code com.amazonaws.us-east-1.ecr.dkr} → {@code ecr.dkr}. */
public final class ServiceNames {

    private ServiceNames() {
    }

    /**
     * The suffix of an AWS service name in {@code region} ({@code com.amazonaws.REGION.} and the China
     * {@code cn.com.amazonaws.REGION.} prefixes); any other name (partner services, {@code aws.api.REGION.freetier},
     * global names) is returned as it is.
     */
    public static String suffix(String serviceName, String region) {
        if (region != null) {
            for (String prefix : new String[] {"com.amazonaws." + region + ".", "cn.com.amazonaws." + region + "."}) {
                if (serviceName.startsWith(prefix)) {
                    return serviceName.substring(prefix.length());
                }
            }
        }
        return serviceName;
    }
}
