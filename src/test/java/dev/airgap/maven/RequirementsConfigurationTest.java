package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.require.Requirement;
import dev.airgap.require.Selector;
import java.math.BigDecimal;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** Maven's configurator turns {@code <requirements>} into one bean per element name, and the beans into records. */
@MojoTest
class RequirementsConfigurationTest {

    private static final String POM = "src/test/resources/unit/check-requirements/pom.xml";

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void eachElementBecomesItsRequirement(CheckMojo mojo) throws Exception {
        List<Requirement> list = mojo.requirementList();

        assertThat(list).extracting(Requirement::kind).containsExactly("noInternet", "privateAccess",
                "onPremisesAccess", "allowedBuckets", "maxMonthlyCost", "availableInRegions");

        dev.airgap.require.NoInternet noInternet = (dev.airgap.require.NoInternet) list.get(0);
        assertThat(noInternet.subnets().text()).isEqualTo("tag:aws-cdk:subnet-type=Isolated");
        assertThat(noInternet.id()).isNull();
        assertThat(noInternet.name()).isEqualTo("noInternet");
        assertThat(noInternet.allowUnknown()).isFalse();

        dev.airgap.require.PrivateAccess privateAccess = (dev.airgap.require.PrivateAccess) list.get(1);
        assertThat(privateAccess.name()).isEqualTo("private-s3-dynamodb");
        assertThat(privateAccess.services()).containsExactly("s3", "dynamodb");
        assertThat(privateAccess.allowUnknown()).isTrue();

        dev.airgap.require.OnPremisesAccess onPrem = (dev.airgap.require.OnPremisesAccess) list.get(2);
        assertThat(onPrem.vpcs().text()).isEqualTo(Selector.ALL.text());
        assertThat(onPrem.services()).containsExactly("s3");
        assertThat(onPrem.cidrs()).containsExactly("192.168.0.0/16");

        dev.airgap.require.AllowedBuckets buckets = (dev.airgap.require.AllowedBuckets) list.get(3);
        assertThat(buckets.buckets()).containsExactly("test-us-west-bt");
        assertThat(buckets.exceptions()).hasSize(2);
        assertThat(buckets.exceptions().get(0).subnet().text()).isEqualTo("NetworkStack/Vpc/Public*");
        assertThat(buckets.exceptions().get(0).reason()).isEqualTo("ALB subnets, reviewed in SEC-12");
        assertThat(buckets.exceptions().get(1).region()).isEqualTo("ap-northeast-3");
        assertThat(buckets.exceptions().get(1).service()).isEqualTo("s3");

        dev.airgap.require.MaxMonthlyCost cost = (dev.airgap.require.MaxMonthlyCost) list.get(4);
        assertThat(cost.amount()).isEqualByComparingTo(new BigDecimal("5000"));
        assertThat(cost.currency()).isEqualTo("JPY");
        assertThat(cost.exchangeRate()).isEqualByComparingTo(new BigDecimal("150"));

        assertThat(list.get(5)).isInstanceOf(dev.airgap.require.AvailableInRegions.class);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anExceptionWithoutReasonIsAConfigurationError(CheckMojo mojo) {
        Except except = new Except();
        except.subnet = "Public*";
        NoInternet bean = new NoInternet();
        bean.id = "edge";
        bean.setExcept(except);
        mojo.requirements = List.of(bean);
        assertThatThrownBy(mojo::requirementList).isInstanceOf(MojoExecutionException.class)
                .hasMessage("airgap: <requirements>: <noInternet> 'edge': an <except> needs a <reason> (why the "
                        + "requirement does not apply to Public*)");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void malformedRequirementsAreConfigurationErrors(CheckMojo mojo) {
        PrivateAccess bad = new PrivateAccess();
        bad.subnets = "vpc:main";
        mojo.requirements = List.of(bad);
        assertThatThrownBy(mojo::requirementList).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<privateAccess> <subnets>: unknown selector syntax 'vpc:main'");

        MaxMonthlyCost cost = new MaxMonthlyCost();
        cost.amount = "lots";
        mojo.requirements = List.of(cost);
        assertThatThrownBy(mojo::requirementList).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<maxMonthlyCost> <amount> is not a number: 'lots'");

        mojo.requirements = List.of(new AllowedBuckets());
        assertThatThrownBy(mojo::requirementList).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<allowedBuckets> needs <buckets>");
    }
}
