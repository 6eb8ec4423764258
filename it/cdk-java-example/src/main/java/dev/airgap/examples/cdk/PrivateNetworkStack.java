package dev.airgap.examples.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpoint;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IInterfaceVpcEndpointService;
import software.amazon.awscdk.services.ec2.Instance;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpoint;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * The article's closed network: isolated subnets in three AZs (no internet gateway, no NAT), S3 through a gateway
 * endpoint restricted to one bucket, a VPN gateway to the on-premises network, an S3 interface endpoint that only
 * on-premises resolvers use (HTTPS allowed from {@value #ON_PREMISES}), and the three Session Manager endpoints,
 * with one instance that uses them.
 */
public final class PrivateNetworkStack extends Stack {

    static final String BUCKET = "airgap-example-artifacts";
    static final String ON_PREMISES = "192.168.0.0/16";

    public PrivateNetworkStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);

        Vpc vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(software.amazon.awscdk.services.ec2.IpAddresses.cidr("10.0.0.0/16"))
                .maxAzs(3)
                .natGateways(0)
                // the on-premises side: a VPN gateway whose routes the isolated subnets learn
                .vpnGateway(true)
                .vpnRoutePropagation(List.of(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_ISOLATED).build()))
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("Isolated").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();
        SubnetSelection isolated = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();

        GatewayVpcEndpoint s3Gateway = vpc.addGatewayEndpoint("S3Gateway", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3)
                .subnets(List.of(isolated))
                .build());
        // Only the artifact bucket, whoever asks: the endpoint policy is the network's bucket allow-list.
        s3Gateway.addToPolicy(PolicyStatement.Builder.create()
                .principals(List.of(new AnyPrincipal()))
                .actions(List.of("s3:GetObject", "s3:PutObject", "s3:ListBucket"))
                .resources(List.of("arn:aws:s3:::" + BUCKET, "arn:aws:s3:::" + BUCKET + "/*"))
                .build());

        // On-premises clients reach S3 through the interface endpoint; in-VPC clients keep using the gateway.
        InterfaceVpcEndpoint s3Interface = vpc.addInterfaceEndpoint("S3Interface", InterfaceVpcEndpointOptions.builder()
                .service(InterfaceVpcEndpointAwsService.S3)
                .subnets(isolated)
                .privateDnsEnabled(true)
                .privateDnsOnlyForInboundResolverEndpoint(
                        VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint.ONLY_INBOUND_RESOLVER)
                .build());
        s3Interface.getNode().addDependency(s3Gateway);
        s3Interface.getConnections().allowFrom(Peer.ipv4(ON_PREMISES), Port.tcp(443), "HTTPS from on-premises");

        Map<String, IInterfaceVpcEndpointService> sessionManager = Map.of(
                "Ssm", InterfaceVpcEndpointAwsService.SSM,
                "SsmMessages", InterfaceVpcEndpointAwsService.SSM_MESSAGES,
                "Ec2Messages", InterfaceVpcEndpointAwsService.EC2_MESSAGES);
        sessionManager.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                vpc.addInterfaceEndpoint(e.getKey(), InterfaceVpcEndpointOptions.builder()
                        .service(e.getValue())
                        .subnets(isolated)
                        .privateDnsEnabled(true)
                        .build()));

        Role role = Role.Builder.create(this, "AppRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore")))
                .build();
        // The instance may use the artifact bucket (and, through the endpoint policy, only that one).
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject", "s3:PutObject", "s3:ListBucket"))
                .resources(List.of("arn:aws:s3:::" + BUCKET, "arn:aws:s3:::" + BUCKET + "/*"))
                .build());
        Instance.Builder.create(this, "App")
                .vpc(vpc)
                .vpcSubnets(isolated)
                .instanceType(InstanceType.of(InstanceClass.T3, InstanceSize.MICRO))
                // a fixed AMI: a lookup would need credentials or an SSM parameter at deploy time
                .machineImage(MachineImage.genericLinux(Map.of(AirgapApp.REGION, "ami-0123456789abcdef0")))
                .role(role)
                .build();
    }
}
