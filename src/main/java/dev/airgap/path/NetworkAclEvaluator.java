package dev.airgap.path;

import dev.airgap.network.Cidrs;
import dev.airgap.network.NetworkAcl;
import dev.airgap.network.NetworkAclEntry;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Network ACLs are stateless and ordered: for every port of the flow the lowest-numbered matching entry decides,
 * and the final {@code *} entry denies. A port range passes only when every port in it is allowed.
 */
final class NetworkAclEvaluator {

    /** Ephemeral ports replies go to: what AWS recommends opening (NAT gateways, Lambda, ELB use all of it). */
    static final int EPHEMERAL_FROM = 1024;
    /** The part of the ephemeral range Linux and Windows clients use. */
    static final int CLIENT_EPHEMERAL_FROM = 32768;
    static final int EPHEMERAL_TO = 65535;

    private NetworkAclEvaluator() {
    }

    static FilterVerdict evaluate(NetworkAcl acl, boolean egress, int from, int to, Party peer) {
        List<int[]> remaining = new ArrayList<>();
        remaining.add(new int[] {from, to});
        String allowedBy = null;
        for (NetworkAclEntry e : acl.entries()) {
            if (e.egress() != egress) {
                continue;
            }
            if (e.protocol() == null) {
                if (intersects(remaining, e)) {
                    return FilterVerdict.unknown(acl.id().logicalId() + " " + e.describe() + ": protocol unknown");
                }
                continue;
            }
            if (!e.protocol().equals("-1") && !e.protocol().equals("tcp")) {
                continue;
            }
            Boolean m = matches(e, peer);
            if (Boolean.FALSE.equals(m) || !intersects(remaining, e)) {
                continue;
            }
            if (m == null) {
                return FilterVerdict.unknown(acl.id().logicalId() + " " + e.describe() + " may or may not cover "
                        + peer.label());
            }
            if (!e.allow()) {
                return FilterVerdict.deny(acl.id().logicalId() + " " + e.describe());
            }
            remaining = subtract(remaining, e);
            allowedBy = allowedBy == null ? acl.id().logicalId() + " " + e.describe() : allowedBy;
            if (remaining.isEmpty()) {
                return FilterVerdict.allow(allowedBy);
            }
        }
        return FilterVerdict.deny(acl.id().logicalId() + " rule * (implicit deny)" + ports(remaining));
    }

    /** The reply direction: all ephemeral ports, or at least the clients' part (then an assumption is noted). */
    static FilterVerdict evaluateReplies(NetworkAcl acl, boolean egress, Party peer, List<Code> notes) {
        FilterVerdict full = evaluate(acl, egress, EPHEMERAL_FROM, EPHEMERAL_TO, peer);
        if (full.kind() != FilterVerdict.Kind.DENY) {
            return full;
        }
        FilterVerdict clients = evaluate(acl, egress, CLIENT_EPHEMERAL_FROM, EPHEMERAL_TO, peer);
        if (clients.allowed()) {
            notes.add(Code.ASSUMED_CLIENT_EPHEMERAL_PORTS);
            return clients;
        }
        return full;
    }

    private static String ports(List<int[]> remaining) {
        int[] r = remaining.get(0);
        return " for tcp/" + (r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "-" + r[1]);
    }

    private static Boolean matches(NetworkAclEntry e, Party peer) {
        if (!e.cidr().isKnown()) {
            return null;
        }
        IPAddress c = e.cidr().get();
        if (!c.isIPv4()) {
            return Boolean.FALSE;
        }
        if (Cidrs.prefixLength(c) == 0) {
            return Boolean.TRUE;
        }
        if (peer.publicAddresses()) {
            return Cidrs.isPrivateV4(c) ? Boolean.FALSE : null;
        }
        if (!peer.block().isKnown()) {
            return null;
        }
        if (Cidrs.contains(c, peer.block().get())) {
            return Boolean.TRUE;
        }
        return Cidrs.overlaps(c, peer.block().get()) ? null : Boolean.FALSE;
    }

    private static int lo(NetworkAclEntry e) {
        return e.fromPort() < 0 ? 0 : e.fromPort();
    }

    private static int hi(NetworkAclEntry e) {
        return e.fromPort() < 0 ? EPHEMERAL_TO : e.toPort();
    }

    private static boolean intersects(List<int[]> remaining, NetworkAclEntry e) {
        for (int[] r : remaining) {
            if (r[0] <= hi(e) && lo(e) <= r[1]) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> subtract(List<int[]> remaining, NetworkAclEntry e) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : remaining) {
            if (r[1] < lo(e) || r[0] > hi(e)) {
                out.add(r);
                continue;
            }
            if (r[0] < lo(e)) {
                out.add(new int[] {r[0], lo(e) - 1});
            }
            if (r[1] > hi(e)) {
                out.add(new int[] {hi(e) + 1, r[1]});
            }
        }
        return out;
    }
}
