package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.NetworkModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real public template with a SageMaker Studio endpoint ({@code aws.sagemaker.${AWS::Region}.studio}), copied
 * unchanged into {@code corpus/public-extra/} (source in its README): the endpoint's service is in the result.
 */
class PublicEndpointTemplateTest {

    private static final Path FILE = Path.of("src/test/resources/corpus/public-extra/sagemaker-studio-vpconly/"
            + "create-studio-networking-prereqs.yaml");

    @Test
    void theStudioEndpointIsAServiceReachedThroughItsInterfaceEndpoint() throws IOException {
        String yaml = Files.readString(FILE, StandardCharsets.UTF_8);
        PathResult r = new PathAnalyzer().analyze(NetworkModel.build(Fixtures.resolve(
                List.of(Fixtures.stack("Studio", "us-west-2", yaml)))), PathOptions.defaults());
        assertThat(r.services()).contains("s3", "sagemaker.api", "sagemaker.runtime", "sagemaker.studio");
        ServiceVerdict studio = r.subnet("SageMakerPrivateSubnet1").orElseThrow().services().get("sagemaker.studio");
        assertThat(studio.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(studio.privatePath()).isTrue();
        assertThat(studio.dnsName()).isEqualTo("{domain}.studio.us-west-2.sagemaker.aws");
        assertThat(Fixtures.s3(r, "SageMakerPrivateSubnet2").access()).isEqualTo(Access.GATEWAY_ENDPOINT);
    }
}
