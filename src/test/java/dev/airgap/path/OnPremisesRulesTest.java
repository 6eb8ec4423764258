package dev.airgap.path;

import static dev.airgap.path.Fixtures.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** On-premises access: only through an interface endpoint that routes back and admits the on-prem CIDRs. */
class OnPremisesRulesTest {

    private static final String REGION = "us-east-2";

    private static final String HYBRID = Yaml.BASE + """
              Vgw:
                Type: AWS::EC2::VPNGateway
                Properties:
                  Type: ipsec.1
              VgwAttachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties:
                  VpcId: !Ref Vpc
                  VpnGatewayId: !Ref Vgw
              Cgw:
                Type: AWS::EC2::CustomerGateway
                Properties:
                  Type: ipsec.1
                  BgpAsn: 65000
                  IpAddress: 203.0.113.10
              Vpn:
                Type: AWS::EC2::VPNConnection
                Properties:
                  Type: ipsec.1
                  StaticRoutesOnly: true
                  CustomerGatewayId: !Ref Cgw
                  VpnGatewayId: !Ref Vgw
              VpnRoute:
                Type: AWS::EC2::VPNConnectionRoute
                Properties:
                  VpnConnectionId: !Ref Vpn
                  DestinationCidrBlock: 192.168.0.0/16
              Propagation:
                Type: AWS::EC2::VPNGatewayRoutePropagation
                DependsOn: VgwAttachment
                Properties:
                  VpnGatewayId: !Ref Vgw
                  RouteTableIds: [!Ref RtA, !Ref RtB]
            """;

    private static OnPremisesVerdict.Service s3(PathResult r) {
        return r.vpcs().get(0).onPremises().services().get("s3");
    }

    @Test
    void interfaceEndpointAdmittingOnPremisesIsReachedPrivately() {
        String yaml = HYBRID + Yaml.sg("EpSg", "192.168.0.0/16")
                + Yaml.interfaceEndpoint("S3Interface", "s3", false, "EpSg", "SubnetA", "SubnetB");
        PathResult r = analyze(REGION, yaml);
        OnPremisesVerdict op = r.vpcs().get(0).onPremises();
        assertThat(op.connected()).isTrue();
        assertThat(op.via()).containsExactly("Vgw");
        assertThat(op.cidrs()).containsExactly("192.168.0.0/16");
        assertThat(s3(r).access()).as(s3(r).reason()).isEqualTo(Access.INTERFACE_ENDPOINT);
        assertThat(s3(r).endpoint()).isEqualTo("S3Interface");
        // Private DNS off: on-premises clients name the endpoint; the path starts at the VPN gateway.
        assertThat(s3(r).dnsName()).startsWith("bucket.vpce-{S3Interface}.s3.");
        assertThat(s3(r).hops()).extracting(Hop::component).first().isEqualTo("Vgw");
        assertThat(s3(r).hops()).extracting(Hop::component).contains("EpSg", "S3Interface");
        assertThat(s3(r).hops()).last().extracting(Hop::type).isEqualTo("AWS::EC2::RouteTable");
    }

    @Test
    void endpointSecurityGroupNotAdmittingOnPremisesBlocks() {
        String yaml = HYBRID + Yaml.sg("EpSg", "10.0.0.0/16")
                + Yaml.interfaceEndpoint("S3Interface", "s3", false, "EpSg", "SubnetA");
        OnPremisesVerdict.Service s = s3(analyze(REGION, yaml));
        assertThat(s.access()).isEqualTo(Access.NONE);
        assertThat(s.blockers()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Code.ENI_SG_RULES_MISMATCH);
            assertThat(b.fix()).contains("192.168.0.0/16").contains("EpSg");
        });
    }

    @Test
    void endpointSubnetWithoutARouteBackBlocks() {
        String yaml = HYBRID.replace("RouteTableIds: [!Ref RtA, !Ref RtB]", "RouteTableIds: [!Ref RtB]")
                + Yaml.sg("EpSg", "192.168.0.0/16") + Yaml.interfaceEndpoint("S3Interface", "s3", false, "EpSg",
                "SubnetA");
        OnPremisesVerdict.Service s = s3(analyze(REGION, yaml));
        assertThat(s.access()).isEqualTo(Access.NONE);
        assertThat(s.blockers()).anySatisfy(b -> assertThat(b.component()).isEqualTo("RtA"));
    }

    @Test
    void gatewayEndpointsDoNotServeOnPremises() {
        OnPremisesVerdict.Service s = s3(analyze(REGION, HYBRID + Yaml.s3Gateway("S3Gateway", "RtA")));
        assertThat(s.access()).isEqualTo(Access.NONE);
        assertThat(s.codes()).contains(Code.GATEWAY_ENDPOINT_NOT_FROM_ON_PREMISES);
    }

    @Test
    void vpcWithoutVpnOrTransitGatewayIsNotConnected() {
        String yaml = Yaml.BASE + Yaml.sg("EpSg", "0.0.0.0/0")
                + Yaml.interfaceEndpoint("S3Interface", "s3", false, "EpSg", "SubnetA");
        PathResult r = analyze(REGION, yaml);
        assertThat(r.vpcs().get(0).onPremises().connected()).isFalse();
        assertThat(s3(r).access()).isEqualTo(Access.NONE);
        assertThat(s3(r).codes()).containsExactly(Code.NOT_CONNECTED_TO_ON_PREMISES);
    }

    @Test
    void declaredOnPremisesCidrsAreChecked() {
        String yaml = HYBRID + Yaml.sg("EpSg", "192.168.0.0/16")
                + Yaml.interfaceEndpoint("S3Interface", "s3", false, "EpSg", "SubnetA");
        PathResult r = analyze(REGION, yaml, new PathOptions(List.of(), List.of("172.16.0.0/12")));
        assertThat(r.vpcs().get(0).onPremises().cidrs()).containsExactly("172.16.0.0/12", "192.168.0.0/16");
        // propagated routes: 172.16/12 is assumed to come back through the VGW, but the SG admits only 192.168/16
        assertThat(s3(r).access()).isEqualTo(Access.NONE);
    }
}
