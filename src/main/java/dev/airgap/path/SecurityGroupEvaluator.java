package dev.airgap.path;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Known;
import dev.airgap.network.Peer;
import dev.airgap.network.PrefixList;
import dev.airgap.network.PrefixListCatalog;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.SecurityGroup;
import dev.airgap.network.SecurityGroupRule;
import dev.airgap.network.Vpc;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * Security groups are stateful allow-lists: a flow passes when one rule of one group on the ENI allows it (by CIDR,
 * prefix list or peer security group); the reply is allowed implicitly. A rule whose peer the templates cannot give
 * makes the decision unknown unless another rule allows the flow.
 */
final class SecurityGroupEvaluator {

    private final RegionNetwork network;

    SecurityGroupEvaluator(RegionNetwork network) {
        this.network = network;
    }

    /** Does any group allow TCP {@code port} out to {@code to}? */
    FilterVerdict egress(List<SecurityGroup> groups, int port, Party to) {
        return evaluate(groups, port, to, false);
    }

    /** Does any group allow TCP {@code port} in from {@code from}? */
    FilterVerdict ingress(List<SecurityGroup> groups, int port, Party from) {
        return evaluate(groups, port, from, true);
    }

    private FilterVerdict evaluate(List<SecurityGroup> groups, int port, Party party, boolean ingress) {
        String unknown = null;
        for (SecurityGroup g : groups) {
            for (SecurityGroupRule r : ingress ? g.ingress() : g.egress()) {
                if (r.protocol() == null) {
                    unknown = unknown != null ? unknown : "the protocol of a rule of " + g.id().logicalId()
                            + " is unknown";
                    continue;
                }
                if (!r.coversTcp(port)) {
                    continue;
                }
                Boolean m = matches(r.peer(), party);
                String where = g.id().logicalId() + " " + (ingress ? "ingress " : "egress ") + r.describe();
                if (Boolean.TRUE.equals(m)) {
                    return FilterVerdict.allow(where);
                }
                if (m == null && unknown == null) {
                    unknown = where + " may or may not cover " + party.label() + managedListWhy(r.peer());
                }
            }
        }
        if (unknown != null) {
            return FilterVerdict.unknown(unknown);
        }
        return FilterVerdict.deny("no " + (ingress ? "ingress" : "egress") + " rule allows tcp/" + port
                + (ingress ? " from " : " to ") + party.label());
    }

    /** TRUE, FALSE, or null when the templates cannot tell. */
    private Boolean matches(Peer peer, Party party) {
        if (peer instanceof Peer.Cidr c) {
            return matchBlock(c.block(), party);
        }
        if (peer instanceof Peer.VpcCidr v) {
            Known<IPAddress> primary = network.vpc(v.vpc()).map(Vpc::cidrs).map(l -> l.get(0))
                    .orElse(Known.unknown("VPC not in the run"));
            return primary.isKnown() ? matchBlock(primary.get(), party) : null;
        }
        if (peer instanceof Peer.Group g) {
            if (!g.group().isKnown()) {
                return party.publicAddresses() ? Boolean.FALSE : null;
            }
            return party.groups().contains(g.group().get());
        }
        if (peer instanceof Peer.PrefixList pl) {
            if (pl.list().isKnown()) {
                PrefixList list = network.prefixList(pl.list().get()).orElse(null);
                if (list != null && list.entries().isKnown()) {
                    Boolean any = Boolean.FALSE;
                    for (IPAddress e : list.entries().get()) {
                        Boolean m = matchBlock(e, party);
                        if (Boolean.TRUE.equals(m)) {
                            return Boolean.TRUE;
                        }
                        if (m == null) {
                            any = null;
                        }
                    }
                    return any;
                }
            }
            // An AWS-managed list: exactly its service's public addresses, when the catalog knows the ID here.
            Known<PrefixListCatalog.Entry> managed = managedList(pl);
            if (managed != null && managed.isKnown()) {
                return party.service() != null && party.service().equals(managed.get().service());
            }
            return null;
        }
        return null;
    }

    /** The AWS-managed list a literal ID not defined in the run names in this region; null for other peers. */
    private Known<PrefixListCatalog.Entry> managedList(Peer.PrefixList pl) {
        if (pl.literalId() == null || (pl.list().isKnown() && network.prefixList(pl.list().get()).isPresent())) {
            return null;
        }
        return PrefixListCatalog.bundled().lookup(network.region(), pl.literalId());
    }

    private String managedListWhy(Peer peer) {
        Known<PrefixListCatalog.Entry> managed = peer instanceof Peer.PrefixList pl ? managedList(pl) : null;
        return managed == null || managed.isKnown() ? "" : " (" + managed.reason() + ")";
    }

    private static Boolean matchBlock(IPAddress block, Party party) {
        if (!block.isIPv4()) {
            return Boolean.FALSE;
        }
        if (party.publicAddresses()) {
            if (Cidrs.prefixLength(block) == 0) {
                return Boolean.TRUE;
            }
            return Cidrs.isPrivateV4(block) ? Boolean.FALSE : null;
        }
        if (!party.block().isKnown()) {
            return Cidrs.prefixLength(block) == 0 ? Boolean.TRUE : null;
        }
        if (Cidrs.contains(block, party.block().get())) {
            return Boolean.TRUE;
        }
        return Cidrs.overlaps(block, party.block().get()) ? null : Boolean.FALSE;
    }
}
