package dev.airgap.network;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Security groups (inline and standalone rules, AWS's default egress rule, the VPC's default group) and network
 * ACLs (entries, the VPC's default ACL).
 */
final class FilterReader {

    private static final String DEFAULT_SG_ATTR = "DefaultSecurityGroup";
    private static final String DEFAULT_ACL_ATTR = "DefaultNetworkAcl";

    private final RegionBuilder region;

    FilterReader(RegionBuilder region) {
        this.region = region;
    }

    /** Security group references, with {@code Fn::GetAtt Vpc.DefaultSecurityGroup} mapped to the default group. */
    List<Known<ResourceId>> groupRefs(Value v) {
        List<Known<ResourceId>> out = new ArrayList<>();
        for (Value item : PropertyValues.items(v)) {
            out.add(groupRef(item));
        }
        return out;
    }

    Known<ResourceId> groupRef(Value v) {
        if (v instanceof Value.Attr a) {
            if (a.attribute().equals(DEFAULT_SG_ATTR)) {
                return Known.of(Vpc.defaultSecurityGroupId(a.target()));
            }
            if (a.attribute().equals("GroupId")) {
                return Known.of(a.target());
            }
        }
        return PropertyValues.ref(v, "the security group");
    }

    private static Known<ResourceId> aclRef(Value v) {
        if (v instanceof Value.Attr a && a.attribute().equals(DEFAULT_ACL_ATTR)) {
            return Known.of(Vpc.defaultNetworkAclId(a.target()));
        }
        return PropertyValues.ref(v, "NetworkAclId");
    }

    /** CDK's custom resource that empties the VPC's default group: its rules are then not AWS's defaults. */
    void readRestrictDefaultSg(Resource r) {
        Known<ResourceId> g = groupRef(r.property("DefaultSecurityGroupId"));
        if (g.isKnown()) {
            region.restrictedDefaultGroups.add(g.get());
        }
    }

    void readAclAssociation(Resource r) {
        Known<ResourceId> subnet = PropertyValues.ref(r.property("SubnetId"), "SubnetId");
        if (subnet.isKnown()) {
            region.aclAssociations.put(subnet.get(), aclRef(r.property("NetworkAclId")));
        }
    }

    void readStandaloneRule(Resource r, Map<ResourceId, List<SecurityGroupRule>> into, boolean ingress) {
        Known<ResourceId> group = groupRef(r.property("GroupId"));
        if (!group.isKnown()) {
            region.others.add(new OtherResource(r.id(), r.type()));
            // It may add to any group of the region (an imported ID can be one of ours): a path its direction
            // blocks cannot be called blocked.
            (ingress ? region.unplacedIngress : region.unplacedEgress).add(r.id().logicalId() + " ("
                    + group.reason() + ")");
            return;
        }
        into.computeIfAbsent(group.get(), k -> new ArrayList<>()).add(rule(r.id(), r.properties(), ingress));
    }

    SecurityGroupRule rule(ResourceId declaredBy, Value.MapValue p, boolean ingress) {
        String protocol = PropertyValues.protocol(p.get("IpProtocol"));
        int from = PropertyValues.integer(p.get("FromPort"), -1);
        int to = PropertyValues.integer(p.get("ToPort"), -1);
        if ("-1".equals(protocol) || from == -1) {
            from = -1;
            to = -1;
        }
        Peer peer;
        String pfx = ingress ? "Source" : "Destination";
        if (!PropertyValues.absent(p.get("CidrIp"))) {
            peer = cidrPeer(p.get("CidrIp"));
        } else if (!PropertyValues.absent(p.get("CidrIpv6"))) {
            peer = cidrPeer(p.get("CidrIpv6"));
        } else if (!PropertyValues.absent(p.get(pfx + "PrefixListId"))) {
            Value v = p.get(pfx + "PrefixListId");
            peer = new Peer.PrefixList(PropertyValues.ref(v, "prefix list"), PropertyValues.describe(v),
                    PrefixListCatalog.literalId(v));
        } else if (!PropertyValues.absent(p.get(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId"))) {
            peer = new Peer.Group(groupRef(
                    p.get(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId")));
        } else if (ingress && !PropertyValues.absent(p.get("SourceSecurityGroupName"))) {
            peer = new Peer.Unresolved("SourceSecurityGroupName names a group by name (default VPC only)");
        } else {
            peer = new Peer.Unresolved("the rule names no peer");
        }
        String description = PropertyValues.string(p.get("Description"), "").orElse("");
        return new SecurityGroupRule(declaredBy, protocol, from, to, peer, description);
    }

    Peer cidrPeer(Value v) {
        if (v instanceof Value.Text t) {
            IPAddress a = Cidrs.parseOrNull(t.value());
            return a != null ? new Peer.Cidr(a) : new Peer.Unresolved("'" + t.value() + "' is not a CIDR block");
        }
        if (v instanceof Value.Attr a && a.attribute().equals("CidrBlock")) {
            return new Peer.VpcCidr(a.target());
        }
        return new Peer.Unresolved(PropertyValues.whyUnknown(v, "the CIDR"));
    }

    void readAclEntry(Resource r) {
        Known<ResourceId> acl = aclRef(r.property("NetworkAclId"));
        if (!acl.isKnown()) {
            region.others.add(new OtherResource(r.id(), r.type()));
            return;
        }
        String protocol = PropertyValues.protocol(r.property("Protocol"));
        int from = -1;
        int to = -1;
        if (r.property("PortRange") instanceof Value.MapValue pr && !"-1".equals(protocol)) {
            from = PropertyValues.integer(pr.get("From"), -1);
            to = PropertyValues.integer(pr.get("To"), -1);
        }
        Value cidrValue = !PropertyValues.absent(r.property("CidrBlock")) ? r.property("CidrBlock")
                : r.property("Ipv6CidrBlock");
        Known<IPAddress> cidr = region.vpcReader.cidr(r, cidrValue, "CidrBlock", false);
        boolean allow = PropertyValues.string(r.property("RuleAction"), "").orElse("deny").equalsIgnoreCase("allow");
        NetworkAclEntry e = new NetworkAclEntry(r.id(), PropertyValues.integer(r.property("RuleNumber"), 32766),
                PropertyValues.bool(r.property("Egress"), false, "Egress").orElse(false), protocol, from, to, cidr, allow);
        region.aclEntries.computeIfAbsent(acl.get(), k -> new ArrayList<>()).add(e);
    }

    void assembleSecurityGroups() {
        for (Resource r : region.groupResources.values()) {
            Value.MapValue p = r.properties();
            List<SecurityGroupRule> ingress = new ArrayList<>();
            for (Value v : PropertyValues.items(p.get("SecurityGroupIngress"))) {
                ingress.add(v instanceof Value.MapValue m ? rule(r.id(), m, true)
                        : unknownRule(r.id(), v));
            }
            ingress.addAll(region.extraIngress.getOrDefault(r.id(), List.of()));
            List<SecurityGroupRule> egress = new ArrayList<>();
            if (PropertyValues.absent(p.get("SecurityGroupEgress"))) {
                egress.add(new SecurityGroupRule(r.id(), "-1", -1, -1, new Peer.Cidr(Cidrs.ANY_V4),
                        "default egress rule"));
            } else {
                for (Value v : PropertyValues.items(p.get("SecurityGroupEgress"))) {
                    egress.add(v instanceof Value.MapValue m ? rule(r.id(), m, false) : unknownRule(r.id(), v));
                }
            }
            egress.addAll(region.extraEgress.getOrDefault(r.id(), List.of()));
            addGroup(new SecurityGroup(r.id(), r.constructPath(), PropertyValues.ref(p.get("VpcId"), "VpcId"), ingress,
                    egress, false));
        }
        for (Vpc v : region.vpcs.values()) {
            ResourceId id = v.defaultSecurityGroupId();
            List<SecurityGroupRule> ingress = new ArrayList<>();
            List<SecurityGroupRule> egress = new ArrayList<>();
            if (!region.restrictedDefaultGroups.contains(id)) {
                // AWS's default group: all traffic from its own members, all traffic out.
                ingress.add(new SecurityGroupRule(id, "-1", -1, -1, new Peer.Group(Known.of(id)),
                        "default group: members of itself"));
                egress.add(new SecurityGroupRule(id, "-1", -1, -1, new Peer.Cidr(Cidrs.ANY_V4),
                        "default group: all outbound"));
            }
            ingress.addAll(region.extraIngress.getOrDefault(id, List.of()));
            egress.addAll(region.extraEgress.getOrDefault(id, List.of()));
            addGroup(new SecurityGroup(id, v.path() + " (default security group)", Known.of(v.id()), ingress,
                    egress, true));
        }
    }

    static SecurityGroupRule unknownRule(ResourceId id, Value v) {
        return new SecurityGroupRule(id, null, -1, -1, new Peer.Unresolved(PropertyValues.whyUnknown(v, "the rule")), "");
    }

    void addGroup(SecurityGroup g) {
        region.securityGroups.put(g.id(), g);
        g.vpc().value().ifPresent(v -> region.securityGroupsByVpc.computeIfAbsent(v, k -> new ArrayList<>()).add(g));
    }

    void assembleNetworkAcls() {
        for (Resource r : region.aclResources.values()) {
            region.networkAcls.put(r.id(), new NetworkAcl(r.id(), r.constructPath(),
                    PropertyValues.ref(r.property("VpcId"), "VpcId"), sortedEntries(r.id()), false));
        }
        for (Vpc v : region.vpcs.values()) {
            ResourceId id = v.defaultNetworkAclId();
            List<NetworkAclEntry> entries = new ArrayList<>(region.aclEntries.getOrDefault(id, List.of()));
            // The default ACL's own rule 100 allows everything both ways.
            entries.add(new NetworkAclEntry(id, 100, false, "-1", -1, -1, Known.of(Cidrs.ANY_V4), true));
            entries.add(new NetworkAclEntry(id, 100, true, "-1", -1, -1, Known.of(Cidrs.ANY_V4), true));
            entries.sort(Comparator.comparingInt(NetworkAclEntry::ruleNumber));
            region.networkAcls.put(id, new NetworkAcl(id, v.path() + " (default network ACL)", Known.of(v.id()),
                    entries,
                    true));
        }
    }

    List<NetworkAclEntry> sortedEntries(ResourceId acl) {
        List<NetworkAclEntry> entries = new ArrayList<>(region.aclEntries.getOrDefault(acl, List.of()));
        entries.sort(Comparator.comparingInt(NetworkAclEntry::ruleNumber));
        return entries;
    }
}
