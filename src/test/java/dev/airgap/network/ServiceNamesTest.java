package dev.airgap.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.resolve.Value;
import dev.airgap.template.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every form of endpoint service name AWS uses gets its key; any other name is unknown with the name and why. */
class ServiceNamesTest {

    private static Known<String> key(String name) {
        return ServiceNames.key(new Value.Text(name));
    }

    private static Value unknownPart(String expression) {
        return new Value.Unknown(expression, "not known before deployment", SourcePosition.UNKNOWN);
    }

    @Test
    void fipsVariantsAreServicesOfTheirOwn() {
        // Clients reach them under another name (kms-fips.us-west-2.amazonaws.com): not the same as kms.
        assertThat(key("com.amazonaws.us-west-2.kms-fips")).isEqualTo(Known.of("kms-fips"));
        assertThat(key("com.amazonaws.us-gov-west-1.ecr-fips")).isEqualTo(Known.of("ecr-fips"));
        assertThat(ServiceNames.region("com.amazonaws.us-gov-west-1.ecr-fips")).isEqualTo("us-gov-west-1");
    }

    @Test
    void sageMakerNotebookAndStudioNameTheirOwner() {
        assertThat(key("aws.sagemaker.us-west-2.notebook")).isEqualTo(Known.of("sagemaker.notebook"));
        assertThat(key("aws.sagemaker.eu-west-1.studio")).isEqualTo(Known.of("sagemaker.studio"));
        assertThat(ServiceNames.region("aws.sagemaker.eu-west-1.studio")).isEqualTo("eu-west-1");
        Value sub = new Value.Concat(List.of(new Value.Text("aws.sagemaker."), unknownPart("AWS::Region"),
                new Value.Text(".notebook")));
        assertThat(ServiceNames.key(sub)).isEqualTo(Known.of("sagemaker.notebook"));
    }

    @Test
    void multiRegionAccessPointsHaveNoRegion() {
        assertThat(key("com.amazonaws.s3-global.accesspoint")).isEqualTo(Known.of("s3-global.accesspoint"));
        assertThat(ServiceNames.region("com.amazonaws.s3-global.accesspoint")).isNull();
    }

    @Test
    void privateLinkServicesAreServicesOfTheirOwn() {
        Known<String> k = key("com.amazonaws.vpce.us-east-1.vpce-svc-0e123abc123198abc");
        assertThat(k).isEqualTo(Known.of("vpce-svc-0e123abc123198abc"));
        assertThat(ServiceNames.isPrivateLink(k.get())).isTrue();
        assertThat(ServiceNames.isPrivateLink("s3")).isFalse();
        assertThat(ServiceNames.region("com.amazonaws.vpce.us-east-1.vpce-svc-0e123abc123198abc"))
                .isEqualTo("us-east-1");
    }

    @Test
    void aPrivateLinkServiceWhoseIdIsUnknownHasNoKey() {
        Value sub = new Value.Concat(List.of(new Value.Text("com.amazonaws.vpce."), unknownPart("AWS::Region"),
                new Value.Text("."), unknownPart("Ref ServiceId")));
        Known<String> k = ServiceNames.key(sub);
        assertThat(k.isKnown()).isFalse();
        assertThat(k.reason()).contains("PrivateLink endpoint service ID").contains("unknown before deployment");
    }

    @Test
    void anUnknownServicePartHasNoKey() {
        Value sub = new Value.Concat(List.of(new Value.Text("com.amazonaws."), unknownPart("AWS::Region"),
                new Value.Text("."), unknownPart("Ref Service")));
        Known<String> k = ServiceNames.key(sub);
        assertThat(k.isKnown()).isFalse();
        assertThat(k.reason()).contains("com.amazonaws.${AWS::Region}.${Ref Service}");
    }

    @Test
    void aNameInNoFormIsUnknownWithAShortExcerpt() {
        String name = "my.partner.service\u0007" + "x".repeat(200);
        Known<String> k = key(name);
        assertThat(k.isKnown()).isFalse();
        assertThat(k.reason()).contains("my.partner.service\\u0007").contains("(219 characters)")
                .doesNotContain("x".repeat(61)).contains("com.amazonaws.REGION.SERVICE");
    }
}
