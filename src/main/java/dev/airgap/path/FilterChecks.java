package dev.airgap.path;

import dev.airgap.network.Known;
import dev.airgap.network.NetworkAcl;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.SecurityGroup;
import dev.airgap.network.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * The security group and network ACL checks a path makes, recorded on a {@link Trace} as hops, blockers (with
 * fixes) or unknowns. Security groups are stateful (the request direction only); ACLs are stateless, so both
 * directions are checked, replies on ephemeral ports.
 */
final class FilterChecks {

    static final int HTTPS = 443;

    private final SecurityGroupEvaluator groups;
    private final RegionNetwork network;

    FilterChecks(RegionNetwork network) {
        this.groups = new SecurityGroupEvaluator(network);
        this.network = network;
    }

    /** A rule of unknown group may be the one that allows the flow: then the block is only possible. */
    private boolean unplaced(Trace t, boolean ingress, String what) {
        List<String> rules = network.unplacedRules(ingress);
        if (rules.isEmpty()) {
            return false;
        }
        t.unknown(what + " allow no HTTPS, but standalone " + (ingress ? "ingress" : "egress") + " rule "
                + rules.get(0) + (rules.size() > 1 ? " and " + (rules.size() - 1) + " more" : "")
                + " adds to a group the templates cannot name, which may be one of these",
                Code.ASSUMED_UNRESOLVED_VALUE);
        return true;
    }

    /** The client's groups must let HTTPS out to {@code to}. */
    void clientEgress(Trace t, ClientProfile p, Party to) {
        FilterVerdict d = groups.egress(p.groups(), HTTPS, to);
        SecurityGroup first = p.groups().isEmpty() ? null : p.groups().get(0);
        if (d.allowed()) {
            SecurityGroup g = owner(p.groups(), d.detail());
            t.hop(g.id(), "AWS::EC2::SecurityGroup", "egress allowed: " + d.detail());
            return;
        }
        t.groupsMatter = true;
        if (p.groupsUnknown() != null) {
            t.unknown("security groups of " + p.label() + ": " + p.groupsUnknown(), Code.ASSUMED_UNRESOLVED_VALUE);
            return;
        }
        if (d.kind() == FilterVerdict.Kind.UNKNOWN) {
            t.unknown(d.detail(), Code.ASSUMED_UNRESOLVED_VALUE);
            return;
        }
        if (first == null) {
            t.unknown(p.label() + " has no security group the templates give", Code.ASSUMED_UNRESOLVED_VALUE);
            return;
        }
        if (unplaced(t, false, "security groups " + p.groupNames() + " of " + p.label())) {
            return;
        }
        t.block(first.id(), "AWS::EC2::SecurityGroup", Code.ENI_SG_RULES_MISMATCH,
                "security groups " + p.groupNames() + " of " + p.label() + ": " + d.detail(),
                Fixes.allowEgress(first.id().logicalId(), HTTPS, to.label()));
    }

    /** The target's groups (an endpoint's) must let HTTPS in from the client. */
    void targetIngress(Trace t, List<SecurityGroup> targetGroups, String unknownGroups, Party from,
                       ClientProfile client) {
        FilterVerdict d = groups.ingress(targetGroups, HTTPS, from);
        if (d.allowed()) {
            SecurityGroup g = owner(targetGroups, d.detail());
            t.hop(g.id(), "AWS::EC2::SecurityGroup", "ingress allowed: " + d.detail());
            return;
        }
        t.groupsMatter = true;
        if (unknownGroups != null) {
            t.unknown(unknownGroups, Code.ASSUMED_UNRESOLVED_VALUE);
            return;
        }
        if (d.kind() == FilterVerdict.Kind.UNKNOWN) {
            t.unknown(d.detail(), Code.ASSUMED_UNRESOLVED_VALUE);
            return;
        }
        SecurityGroup g = targetGroups.get(0);
        if (unplaced(t, true, "the groups of the target")) {
            return;
        }
        String source = client != null && !client.groups().isEmpty()
                ? client.groups().get(0).id().logicalId() + " (or " + from.label() + ")" : from.label();
        t.block(g.id(), "AWS::EC2::SecurityGroup", Code.ENI_SG_RULES_MISMATCH,
                g.id().logicalId() + ": " + d.detail(), Fixes.allowIngress(g.id().logicalId(), HTTPS, source));
    }

    /**
     * Traffic leaving {@code subnet} for {@code peer} on 443 and its replies coming back: outbound 443 and inbound
     * ephemeral ports on the subnet's ACL.
     */
    void leaving(Trace t, RegionNetwork network, Subnet subnet, Party peer) {
        NetworkAcl acl = acl(t, network, subnet);
        if (acl == null) {
            return;
        }
        check(t, acl, true, HTTPS, HTTPS, peer, null);
        check(t, acl, false, -1, -1, peer, new ArrayList<>());
    }

    /** Traffic from {@code peer} entering {@code subnet} on 443 and its replies going back. */
    void entering(Trace t, RegionNetwork network, Subnet subnet, Party peer) {
        NetworkAcl acl = acl(t, network, subnet);
        if (acl == null) {
            return;
        }
        check(t, acl, false, HTTPS, HTTPS, peer, null);
        check(t, acl, true, -1, -1, peer, new ArrayList<>());
    }

    private static NetworkAcl acl(Trace t, RegionNetwork network, Subnet subnet) {
        Known<NetworkAcl> acl = network.networkAclOf(subnet);
        if (!acl.isKnown()) {
            t.unknown("network ACL of " + subnet.id().logicalId() + ": " + acl.reason(), Code.ASSUMED_UNRESOLVED_VALUE);
            return null;
        }
        return acl.get();
    }

    /** One direction; {@code replyNotes} non-null means the ephemeral reply range. */
    private static void check(Trace t, NetworkAcl acl, boolean egress, int from, int to, Party peer,
                              List<Code> replyNotes) {
        FilterVerdict d = replyNotes != null ? NetworkAclEvaluator.evaluateReplies(acl, egress, peer, replyNotes)
                : NetworkAclEvaluator.evaluate(acl, egress, from, to, peer);
        String ports = replyNotes != null ? NetworkAclEvaluator.EPHEMERAL_FROM + "-" + NetworkAclEvaluator.EPHEMERAL_TO
                : String.valueOf(from);
        if (d.allowed()) {
            if (!acl.implicitDefault()) {
                t.hop(acl.id(), "AWS::EC2::NetworkAcl", (egress ? "outbound " : "inbound ") + "tcp/" + ports
                        + " allowed: " + d.detail());
            }
            if (replyNotes != null) {
                t.codes(replyNotes);
            }
            return;
        }
        if (d.kind() == FilterVerdict.Kind.UNKNOWN) {
            t.unknown(d.detail(), Code.ASSUMED_UNRESOLVED_VALUE);
            return;
        }
        t.block(acl.id(), "AWS::EC2::NetworkAcl", Code.SUBNET_ACL_RESTRICTION,
                acl.id().logicalId() + " " + (egress ? "outbound" : "inbound") + " tcp/" + ports + " "
                        + (egress ? "to " : "from ") + peer.label() + " denied by " + d.detail(),
                Fixes.aclEntry(acl.id().logicalId(), egress, ports, peer.label()));
    }

    private static SecurityGroup owner(List<SecurityGroup> groups, String detail) {
        for (SecurityGroup g : groups) {
            if (detail.startsWith(g.id().logicalId() + " ")) {
                return g;
            }
        }
        return groups.get(0);
    }
}
