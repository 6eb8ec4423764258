package dev.airgap.path;

import dev.airgap.network.ServiceNames;

/**
 * The names clients use: the service's regional name (which private DNS of an interface endpoint takes over inside
 * the VPC), and an interface endpoint's own name, whose deploy-time ID is written as a {@code {…}} placeholder.
 */
final class DnsNames {

    private DnsNames() {
    }

    static String regional(String service, String region) {
        String r = region == null ? "{region}" : region;
        String suffix = r.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
        if (ServiceNames.isPrivateLink(service)) {
            return "{private DNS name of " + service + "}";
        }
        if (ServiceNames.isUnresolvedKey(service)) {
            return "{unknown service of " + service.substring(service.indexOf(':') + 1) + "}";
        }
        switch (service) {
            case "sagemaker.notebook": return "{notebook}.notebook." + r + ".sagemaker.aws";
            case "sagemaker.studio": return "{domain}.studio." + r + ".sagemaker.aws";
            case "s3-global.accesspoint": return "{alias}.accesspoint.s3-global." + suffix;
            case "ecr.api": return "api.ecr." + r + "." + suffix;
            case "ecr.dkr": return "{account}.dkr.ecr." + r + "." + suffix;
            case "execute-api": return "{api-id}.execute-api." + r + "." + suffix;
            default: return service + "." + r + "." + suffix;
        }
    }

    /**
     * The endpoint-specific name, e.g. {@code bucket.vpce-{S3Endpoint}.s3.us-west-2.vpce.amazonaws.com} for S3
     * (where {@code bucket} may also be {@code accesspoint} or {@code control}).
     */
    static String endpointSpecific(String service, String region, String endpointLogicalId) {
        String r = region == null ? "{region}" : region;
        String suffix = r.startsWith("cn-") ? "vpce.amazonaws.com.cn" : "vpce.amazonaws.com";
        String id = "vpce-{" + endpointLogicalId + "}";
        String name = id + "." + service + "." + r + "." + suffix;
        return "s3".equals(service) ? "bucket." + name : name;
    }
}
