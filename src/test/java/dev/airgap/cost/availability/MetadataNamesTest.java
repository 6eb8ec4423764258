package dev.airgap.cost.availability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataNamesTest {

    @ParameterizedTest
    @CsvSource({
            "ecr.api, api.ecr", "ecr.dkr, api.ecr", "execute-api, apigateway", "ecs-agent, ecs",
            "ecs-telemetry, ecs", "kinesis-streams, kinesis", "kinesis-firehose, firehose",
            "sagemaker.api, api.sagemaker", "sagemaker.runtime, runtime.sagemaker",
            "sagemaker.notebook, api.sagemaker", "sagemaker.studio, api.sagemaker", "ssmmessages, ssm",
            "ec2messages, ssm", "iot.data, data-ats.iot", "email-smtp, email", "aps-workspaces, aps",
            // A key without a dot is the service's host name prefix, as the metadata's name is.
            "s3, s3", "ssm, ssm", "logs, logs", "monitoring, monitoring", "sts, sts",
            // FIPS endpoints exist only where the service does.
            "kms-fips, kms", "ecr.api-fips, api.ecr"})
    void mapsEndpointServiceKeysToMetadataNames(String key, String name) {
        assertThat(MetadataNames.of(key)).contains(name);
        // Every mapping lands on a name the bundled metadata knows, or the mapping would decide nothing.
        assertThat(ServiceRegionCatalog.bundled().services()).containsKey(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vpce-svc-0123456789abcdef0", "s3-global.accesspoint", "endpoint:Stack/Endpoint",
            "sagemaker.unknown-thing", "iot.fleethub.api", ""})
    void keysWithoutAServiceInTheMetadataHaveNoName(String key) {
        assertThat(MetadataNames.of(key)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bedrock-runtime", "s3express"})
    void newerServicesTheMetadataDoesNotKnowAreNotInIt(String key) {
        assertThat(MetadataNames.of(key)).contains(key);
        assertThat(ServiceRegionCatalog.bundled().offer(key, "ap-northeast-3"))
                .isEqualTo(ServiceRegionCatalog.Offer.UNKNOWN);
    }
}
