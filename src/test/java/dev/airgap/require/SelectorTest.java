package dev.airgap.require;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectorTest {

    private static final Subject ISOLATED = new Subject("NetworkStack", "VpcIsolatedSubnet1SubnetE48C5737",
            "NetworkStack/Vpc/IsolatedSubnet1/Subnet",
            Map.of("aws-cdk:subnet-type", "Isolated", "aws-cdk:subnet-name", "Isolated", "Name", "app-isolated-1"));
    private static final Subject PUBLIC = new Subject("NetworkStack", "VpcPublicSubnet1Subnet5C2D37C4",
            "NetworkStack/Vpc/PublicSubnet1/Subnet", Map.of("aws-cdk:subnet-type", "Public"));
    private static final Subject PLAIN = new Subject("pattern2", "PrivateSubnet", "pattern2/PrivateSubnet", Map.of());

    @Test
    void starMatchesEverything() {
        assertThat(Selector.ALL.matches(ISOLATED)).isTrue();
        assertThat(Selector.ALL.matches(PLAIN)).isTrue();
        assertThat(Selector.ALL.isAll()).isTrue();
    }

    @Test
    void logicalIdGlob() {
        Selector s = Selector.parse("VpcIsolated*");
        assertThat(s.matches(ISOLATED)).isTrue();
        assertThat(s.matches(PUBLIC)).isFalse();
        assertThat(Selector.parse("Private?ubnet").matches(PLAIN)).isTrue();
    }

    @Test
    void cdkPathGlobAndStackSlashLogicalId() {
        assertThat(Selector.parse("NetworkStack/Vpc/Isolated*").matches(ISOLATED)).isTrue();
        assertThat(Selector.parse("NetworkStack/Vpc/Isolated*").matches(PUBLIC)).isFalse();
        assertThat(Selector.parse("NetworkStack/VpcPublic*").matches(PUBLIC)).isTrue();
        assertThat(Selector.parse("pattern2/PrivateSubnet").matches(PLAIN)).isTrue();
        assertThat(Selector.parse("pattern1/PrivateSubnet").matches(PLAIN)).isFalse();
    }

    @Test
    void tagsMatchKeyAndValueGlob() {
        assertThat(Selector.parse("tag:aws-cdk:subnet-type=Isolated").matches(ISOLATED)).isTrue();
        assertThat(Selector.parse("tag:aws-cdk:subnet-type=Isolated").matches(PUBLIC)).isFalse();
        assertThat(Selector.parse("tag:Name=app-*").matches(ISOLATED)).isTrue();
        assertThat(Selector.parse("tag:Name=app-*").matches(PLAIN)).isFalse();
    }

    @Test
    void commaSeparatedTermsAreAlternatives() {
        Selector s = Selector.parse(" tag:aws-cdk:subnet-type=Public , pattern2/* ");
        assertThat(s.matches(PUBLIC)).isTrue();
        assertThat(s.matches(PLAIN)).isTrue();
        assertThat(s.matches(ISOLATED)).isFalse();
        assertThat(s.text()).isEqualTo("tag:aws-cdk:subnet-type=Public , pattern2/*");
    }

    @Test
    void malformedSelectorsAreConfigurationErrors() {
        assertThatThrownBy(() -> Selector.parse("tag:aws-cdk:subnet-type")).isInstanceOf(RequirementException.class)
                .hasMessageContaining("is not of the form tag:KEY=VALUE");
        assertThatThrownBy(() -> Selector.parse("name:app")).isInstanceOf(RequirementException.class)
                .hasMessageContaining("unknown selector syntax 'name:app'");
        assertThatThrownBy(() -> Selector.parse("a,,b")).isInstanceOf(RequirementException.class)
                .hasMessageContaining("empty term");
        assertThatThrownBy(() -> Selector.parse(" ")).isInstanceOf(RequirementException.class)
                .hasMessageContaining("empty selector");
        assertThatThrownBy(() -> Selector.parse("Public Subnet")).isInstanceOf(RequirementException.class)
                .hasMessageContaining("white space");
    }

    @Test
    void exceptionsNeedAReasonAndASubject() {
        assertThatThrownBy(() -> new Waiver(Selector.parse("Public*"), null, null, null, " "))
                .isInstanceOf(RequirementException.class).hasMessageContaining("needs a <reason>");
        assertThatThrownBy(() -> new Waiver(null, null, null, null, "because"))
                .isInstanceOf(RequirementException.class).hasMessageContaining("must name a <subnet>");
    }
}
