package dev.airgap.cost.availability;

import java.util.Map;
import java.util.Optional;

/**
 * Maps an endpoint service key ({@code ecr.api}, the part after {@code com.amazonaws.REGION.}) to the name the AWS
 * SDK region metadata gives the service behind it ({@code api.ecr}). Both usually come from the service's host name
 * ({@code ssm.REGION.amazonaws.com} is endpoint service {@code ssm} and metadata {@code ssm}), so a key without a dot
 * is its own metadata name; the table below holds the keys that differ. A key that maps to a service of the same
 * product (ecr.dkr to ECR's API, execute-api to API Gateway) is sound for one conclusion only, the one the checker
 * draws: where the product is not offered, its endpoint is not either.
 *
 * <p>Keys with no mapping (PrivateLink services {@code vpce-svc-…}, {@code s3-global.accesspoint}, which has no
 * region, dotted keys not in the table) have no metadata name, so their availability stays UNKNOWN.
 */
public final class MetadataNames {

    private static final String FIPS = "-fips";

    /** Endpoint service key → metadata name, where they differ. */
    private static final Map<String, String> DIFFERENT = Map.ofEntries(
            // ECR: api.ecr.REGION.amazonaws.com; the Docker registry (dkr.ecr…) has no entry of its own.
            Map.entry("ecr.api", "api.ecr"),
            Map.entry("ecr.dkr", "api.ecr"),
            // API Gateway: execute-api is the invoke host name, apigateway the service's.
            Map.entry("execute-api", "apigateway"),
            // ECS agent and telemetry host names (ecs-a-…, ecs-t-…) belong to ECS.
            Map.entry("ecs-agent", "ecs"),
            Map.entry("ecs-telemetry", "ecs"),
            Map.entry("kinesis-streams", "kinesis"),
            Map.entry("kinesis-firehose", "firehose"),
            Map.entry("sagemaker.api", "api.sagemaker"),
            Map.entry("sagemaker.runtime", "runtime.sagemaker"),
            // aws.sagemaker.REGION.notebook / .studio: SageMaker's own, offered where SageMaker is.
            Map.entry("sagemaker.notebook", "api.sagemaker"),
            Map.entry("sagemaker.studio", "api.sagemaker"),
            // Session Manager's channels and the SSM agent's message service are SSM's.
            Map.entry("ssmmessages", "ssm"),
            Map.entry("ec2messages", "ssm"),
            Map.entry("iot.data", "data-ats.iot"),
            Map.entry("email-smtp", "email"),
            Map.entry("aps-workspaces", "aps"));

    private MetadataNames() {
    }

    /**
     * The metadata name of the service behind {@code key}; empty when there is none to look up. FIPS keys
     * ({@code kms-fips}) map as their base key does: a FIPS endpoint exists only where the service does.
     */
    public static Optional<String> of(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        String base = key.endsWith(FIPS) ? key.substring(0, key.length() - FIPS.length()) : key;
        String mapped = DIFFERENT.get(base);
        if (mapped != null) {
            return Optional.of(mapped);
        }
        if (base.contains(".") || base.startsWith("vpce-svc-") || base.startsWith("endpoint:") || base.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(base);
    }
}
