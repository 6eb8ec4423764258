package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Map;

/**
 * A VPC with every IPv4 block the templates give it: the primary {@code CidrBlock} first, then the
 * {@code AWS::EC2::VPCCidrBlock}s in template order. A block from an IPAM pool is unknown.
 *
 * @param dnsSupport   {@code EnableDnsSupport} (CloudFormation default true)
 * @param dnsHostnames {@code EnableDnsHostnames} (CloudFormation default false); private DNS of interface
 *                     endpoints needs both
 * @param ipv6         whether an IPv6 block is associated
 */
public record Vpc(ResourceId id, String path, List<Known<IPAddress>> cidrs, Known<Boolean> dnsSupport,
                  Known<Boolean> dnsHostnames, boolean ipv6, Map<String, String> tags, SourcePosition position) {

    public Vpc {
        cidrs = List.copyOf(cidrs);
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags)); // keeps declaration order
    }

    /** The synthetic ID of the VPC's implicit main route table (CloudFormation cannot name it). */
    public ResourceId mainRouteTableId() {
        return new ResourceId(id.stack(), id.logicalId() + ".MainRouteTable");
    }

    /** The synthetic ID of the VPC's default security group ({@code Fn::GetAtt Vpc.DefaultSecurityGroup}). */
    public ResourceId defaultSecurityGroupId() {
        return defaultSecurityGroupId(id);
    }

    /** The synthetic ID of the VPC's default network ACL ({@code Fn::GetAtt Vpc.DefaultNetworkAcl}). */
    public ResourceId defaultNetworkAclId() {
        return defaultNetworkAclId(id);
    }

    public static ResourceId defaultSecurityGroupId(ResourceId vpc) {
        return new ResourceId(vpc.stack(), vpc.logicalId() + ".DefaultSecurityGroup");
    }

    public static ResourceId defaultNetworkAclId(ResourceId vpc) {
        return new ResourceId(vpc.stack(), vpc.logicalId() + ".DefaultNetworkAcl");
    }
}
