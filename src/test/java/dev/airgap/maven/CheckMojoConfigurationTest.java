package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.AnalysisRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The POM's XML reaches the mojo as documented, and the defaults are the documented ones. */
@MojoTest
class CheckMojoConfigurationTest {

    private static final String POM = "src/test/resources/unit/check-config/pom.xml";

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void nestedConfigurationBecomesTheRequest(CheckMojo mojo) throws Exception {
        AnalysisRequest request = mojo.request();

        assertThat(request.templates())
                .containsExactly(Path.of("cdk.out"), Path.of("src/main/cloudformation/network.yaml"));
        assertThat(request.resolve().regions()).containsExactly("ap-northeast-1", "ap-northeast-3");
        assertThat(request.resolve().parameters())
                .isEqualTo(Map.of("VpcCidr", "10.0.0.0/16", "network-prod.EnableNat", "false"));
        assertThat(request.resolve().availabilityZones())
                .isEqualTo(Map.of("ap-northeast-3", List.of("ap-northeast-3a", "ap-northeast-3b")));
        assertThat(request.services()).containsExactly("s3", "dynamodb");
        assertThat(request.accessChecks())
                .containsExactly(new dev.airgap.path.AccessCheck("s3:ListBucket", "test-us-west-bt2"));
        assertThat(request.cost().settings().currency()).isEqualTo("JPY");
        assertThat(request.cost().settings().hoursPerMonth()).isEqualByComparingTo("720");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void defaults(CheckMojo mojo) {
        assertThat(mojo.failOnViolation).isTrue();
        assertThat(mojo.skip).isFalse();
        assertThat(mojo.formats).containsExactly("json", "sarif", "md");
        assertThat(mojo.outputDirectory.toPath().endsWith(Path.of("target", "airgap"))).isTrue();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "parameters", value = "NoEqualsSign")
    void malformedParameterEntryIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::request).isInstanceOf(MojoExecutionException.class)
                .hasMessage("airgap: <parameters> entry 'NoEqualsSign' is not of the form Name=Value");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aCurrencyOtherThanUsdNeedsAnExchangeRate(CheckMojo mojo) {
        mojo.exchangeRate = null;
        assertThatThrownBy(mojo::request).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("costs in JPY need an exchange rate");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "formats", value = "json,pdf")
    void unknownFormatIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("unknown report format 'pdf'");
    }
}
