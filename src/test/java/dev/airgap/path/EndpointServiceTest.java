package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every endpoint's service appears in the result, under its key; one whose name has no key is UNKNOWN with why. */
class EndpointServiceTest {

    private static final String REGION = "us-west-2";

    private static String endpoint(String name, String serviceName, boolean privateDns) {
        return """
              %s:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  VpcEndpointType: Interface
                  ServiceName: %s
                  PrivateDnsEnabled: %s
                  SecurityGroupIds:
                    - !GetAtt EpSg.GroupId
                  SubnetIds:
                    - !Ref SubnetA
            """.formatted(name, serviceName, privateDns);
    }

    private static final String GROUPS = Yaml.sg("EpSg", "10.0.0.0/16") + Yaml.sg("InstanceSg", null);

    @Test
    void everyFormGetsItsKey() {
        String yaml = Yaml.BASE + GROUPS
                + endpoint("Notebook", "!Sub aws.sagemaker.${AWS::Region}.notebook", true)
                + endpoint("Mrap", "com.amazonaws.s3-global.accesspoint", true)
                + endpoint("KmsFips", "!Sub com.amazonaws.${AWS::Region}.kms-fips", true)
                + endpoint("Partner", "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0", false);
        PathResult r = analyze(REGION, yaml);
        assertThat(r.services()).containsExactly("s3", "kms-fips", "s3-global.accesspoint", "sagemaker.notebook",
                "vpce-svc-0123456789abcdef0");
        ServiceVerdict notebook = r.subnet("SubnetA").orElseThrow().services().get("sagemaker.notebook");
        assertThat(notebook.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(notebook.dnsName()).isEqualTo("{notebook}.notebook.us-west-2.sagemaker.aws");
    }

    /** SubnetA public: a default route to the internet gateway and public IPs on launch. */
    private static final String PUBLIC_A = Yaml.BASE.replace("CidrBlock: 10.0.1.0/24",
            "CidrBlock: 10.0.1.0/24\n      MapPublicIpOnLaunch: true") + Yaml.IGW
            + Yaml.route("PublicA", "RtA", "0.0.0.0/0", "GatewayId: !Ref Igw");

    @Test
    void aPrivateLinkServiceIsReachedThroughItsEndpoint() {
        String svc = "vpce-svc-0123456789abcdef0";
        String yaml = PUBLIC_A + GROUPS + endpoint("Partner", "com.amazonaws.vpce.us-west-2." + svc, false)
                + Yaml.instance("AppA", "SubnetA", "InstanceSg");
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetA").orElseThrow().services().get(svc);
        assertThat(v.access()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(v.requiresEndpointUrl()).isTrue();
    }

    @Test
    void aPrivateLinkServiceWithoutAReachableEndpointIsNone() {
        String svc = "vpce-svc-0123456789abcdef0";
        // A public service would be reached over the internet gateway here; a PrivateLink service has no public
        // address, and the endpoint's group does not let the subnet in.
        String yaml = PUBLIC_A + Yaml.sg("EpSg", "10.0.9.0/24") + Yaml.sg("InstanceSg", null)
                + endpoint("Partner", "com.amazonaws.vpce.us-west-2." + svc, false)
                + Yaml.instance("AppA", "SubnetA", "InstanceSg");
        ServiceVerdict v = analyze(REGION, yaml).subnet("SubnetA").orElseThrow().services().get(svc);
        assertThat(v.access()).isEqualTo(Access.NONE);
        assertThat(v.blockers()).anySatisfy(b -> assertThat(b.message()).contains("PrivateLink endpoint service"));
    }

    @Test
    void anEndpointWhoseNameHasNoKeyAppearsUnknownWithTheNameAndWhy() {
        String yaml = """
            Parameters:
              Service:
                Type: String
            """ + Yaml.BASE + GROUPS
                + endpoint("Mystery", "!Sub com.amazonaws.${AWS::Region}.${Service}", true)
                + endpoint("Typo", "com.amazon.us-west-2.s3", false);
        PathResult r = analyze(REGION, yaml);
        assertThat(r.services()).containsExactly("s3", "endpoint:Stack/Mystery", "endpoint:Stack/Typo");
        ServiceVerdict mystery = r.subnet("SubnetA").orElseThrow().services().get("endpoint:Stack/Mystery");
        assertThat(mystery.access()).isEqualTo(Access.UNKNOWN);
        assertThat(mystery.reason()).contains("Mystery").contains("unknown before deployment");
        ServiceVerdict typo = r.subnet("SubnetB").orElseThrow().services().get("endpoint:Stack/Typo");
        assertThat(typo.access()).isEqualTo(Access.UNKNOWN);
        assertThat(typo.reason()).contains("Typo").contains("com.amazon.us-west-2.s3")
                .contains("none of the forms AWS uses");
    }
}
