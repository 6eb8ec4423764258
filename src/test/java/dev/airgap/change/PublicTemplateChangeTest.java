package dev.airgap.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real public template (AWS's VPC with managed NAT, private subnets reaching S3 through the NAT gateways) and
 * the pull request a review would want to see: an S3 gateway endpoint on both private route tables.
 */
class PublicTemplateChangeTest {

    private static final Path TEMPLATE = Path.of(
            "src/test/resources/corpus/public-extra/managed-nat/VPC_With_Managed_NAT_And_Private_Subnet.yaml");

    /** The resource the pull request adds, at the indentation of the template's resources. */
    private static final String ENDPOINT = String.join("\n",
            "  S3GatewayEndpoint:",
            "    Type: AWS::EC2::VPCEndpoint",
            "    Properties:",
            "      VpcId: !Ref VPC",
            "      ServiceName: !Sub com.amazonaws.${AWS::Region}.s3",
            "      RouteTableIds:",
            "        - !Ref PrivateRouteTable0",
            "        - !Ref PrivateRouteTable1",
            "", "");

    @Test
    void anS3GatewayEndpointMakesThePrivateSubnetsReachS3PrivatelyAndResolvesTheirViolations(@TempDir Path dir)
            throws Exception {
        String original = Files.readString(TEMPLATE);
        Path base = Files.createDirectories(dir.resolve("base"));
        Files.writeString(base.resolve("vpc.yaml"), original);
        Path change = Files.createDirectories(dir.resolve("change"));
        assertTrue(original.contains("\nOutputs:\n"));
        Files.writeString(change.resolve("vpc.yaml"), original.replace("\nOutputs:\n", "\n" + ENDPOINT + "Outputs:\n"));

        Changes changes = Changes.between(SnapshotReader.read(Builds.json(Builds.check(base)), "main"),
                SnapshotReader.read(Builds.json(Builds.check(change)), "pull request"));

        assertTrue(changes.regressions().isEmpty(), changes.lines().toString());
        List<Change> access = changes.improvements().stream().filter(c -> c instanceof Change.ServiceAccess).toList();
        assertEquals(List.of("vpc/PrivateSubnet0 in us-west-1: s3 access now private: NAT_GATEWAY (not private) → "
                        + "GATEWAY_ENDPOINT via S3GatewayEndpoint (private)",
                "vpc/PrivateSubnet1 in us-west-1: s3 access now private: NAT_GATEWAY (not private) → "
                        + "GATEWAY_ENDPOINT via S3GatewayEndpoint (private)"),
                access.stream().map(Change::message).toList());
        // The privateAccess violations of the two private subnets are resolved; the public subnets' stay.
        assertEquals(2, changes.improvements().stream().filter(c -> c instanceof Change.Violation v
                && v.violation().requirement().equals("private-s3")).count(), changes.lines().toString());
        assertEquals(List.of("vpc/S3GatewayEndpoint (gateway endpoint for s3) in us-west-1: endpoint added"),
                changes.others().stream().map(Change::message).toList());
    }
}
