package dev.airgap.path;

import dev.airgap.network.DnsRecord;
import dev.airgap.network.HostedZone;
import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.ResolverRule;
import dev.airgap.network.ResolverRuleAssociation;
import dev.airgap.network.Vpc;
import dev.airgap.resolve.ResourceId;
import java.util.Locale;

/**
 * What Route 53 Resolver answers a client of a VPC for one name, from the private hosted zones of the run: the most
 * specific zone associated with the VPC that covers the name is authoritative (a name it has no record for does not
 * resolve, it does not fall back to public DNS); in it, the record of that name, else the most specific wildcard.
 * No zone covering the name leaves the public answer. First of all, a Resolver rule may forward the name out of
 * Route 53. A rule, zone, association or record the templates cannot give that might change the answer makes it
 * unknown.
 */
final class ZoneLookup {

    /** The answer for one name. */
    record Answer(Kind kind, HostedZone zone, DnsRecord record, String name, String reason) {

        enum Kind { PUBLIC, ENDPOINT, NO_RECORD, UNKNOWN }

        static Answer publicName(String name) {
            return new Answer(Kind.PUBLIC, null, null, name, null);
        }

        static Answer unknown(String name, HostedZone zone, String reason) {
            return new Answer(Kind.UNKNOWN, zone, null, name, reason);
        }

        ResourceId endpoint() {
            return record != null && record.answer() instanceof DnsRecord.Endpoint e ? e.endpoint() : null;
        }
    }

    private final RegionNetwork network;

    ZoneLookup(RegionNetwork network) {
        this.network = network;
    }

    /**
     * @param zones whether private hosted zones may answer; false when an interface endpoint of the VPC takes the
     *              name over with its private DNS (only a forwarding rule comes before it)
     */
    Answer resolve(Vpc vpc, String queried, boolean zones) {
        String name = queried.toLowerCase(Locale.ROOT);
        Answer forwarded = forwarded(vpc, name);
        if (forwarded != null || !zones) {
            return forwarded != null ? forwarded : Answer.publicName(name);
        }
        HostedZone best = null;
        String unsure = null;
        for (HostedZone z : network.hostedZones()) {
            Known<Boolean> associated = z.associatedWith(vpc.id());
            if (associated.isKnown() && !associated.get()) {
                continue;
            }
            if (!z.name().isKnown()) {
                unsure = "private hosted zone " + z.id().logicalId() + " may cover " + name + ": its name is unknown ("
                        + z.name().reason() + ")";
                continue;
            }
            if (!covers(z.name().get(), name)) {
                continue;
            }
            if (!associated.isKnown()) {
                unsure = associated.reason() + "; the zone covers " + name;
                continue;
            }
            if (best == null || z.name().get().length() > best.name().get().length()) {
                best = z;
            }
        }
        if (unsure != null) {
            return Answer.unknown(name, best, unsure);
        }
        if (best == null) {
            return Answer.publicName(name);
        }
        Known<Boolean> dns = vpc.dnsSupport().isKnown() && vpc.dnsHostnames().isKnown()
                ? Known.of(vpc.dnsSupport().get() && vpc.dnsHostnames().get())
                : Known.unknown("the DNS attributes of " + vpc.id().logicalId() + " are unknown");
        if (!dns.isKnown() || !dns.get()) {
            // Without both attributes the VPC does not use its private zones: what clients resolve is not decided here.
            return Answer.unknown(name, best, dns.isKnown() ? "private hosted zone " + best.id().logicalId()
                    + " answers only in VPCs with EnableDnsSupport and EnableDnsHostnames, which "
                    + vpc.id().logicalId() + " does not have (EnableDnsHostnames defaults to false)" : dns.reason());
        }
        return inZone(best, name);
    }

    /**
     * Unknown when a Resolver rule may forward the name out of Route 53 (the most specific rule associated with the
     * VPC is a FORWARD rule covering it, or an association the templates cannot fully give may be one); null when
     * Route 53 itself answers.
     */
    private Answer forwarded(Vpc vpc, String name) {
        ResolverRule best = null;
        for (ResolverRuleAssociation a : network.resolverAssociations()) {
            boolean ours = a.vpc().isKnown() && a.vpc().get().equals(vpc.id());
            if (a.vpc().isKnown() && !ours) {
                continue;
            }
            ResolverRule rule = a.rule().isKnown() ? network.resolverRule(a.rule().get()).orElse(null) : null;
            if (rule == null) {
                return Answer.unknown(name, null, "resolver rule association " + a.id().logicalId() + " applies a "
                        + "rule the templates do not give (" + a.rule().map(ResourceId::logicalId).orElse(
                        a.rule().isKnown() ? "" : a.rule().reason()) + ") to " + (ours ? vpc.id().logicalId()
                        : "a VPC that may be " + vpc.id().logicalId()) + "; it may forward " + name
                        + " to resolvers outside the templates");
            }
            if (!rule.domain().isKnown()) {
                return Answer.unknown(name, null, "the domain of resolver rule " + rule.id().logicalId()
                        + " is unknown (" + rule.domain().reason() + ")");
            }
            if (!covers(rule.domain().get(), name)) {
                continue;
            }
            if (!ours) {
                if (rule.type() == ResolverRule.Type.FORWARD) {
                    return Answer.unknown(name, null, "resolver rule " + rule.id().logicalId() + " forwards "
                            + rule.domain().get() + " for a VPC that may be " + vpc.id().logicalId() + " ("
                            + a.vpc().reason() + ")");
                }
                continue;
            }
            if (best == null || rule.domain().get().length() > best.domain().get().length()) {
                best = rule;
            }
        }
        if (best != null && best.type() == ResolverRule.Type.FORWARD) {
            return Answer.unknown(name, null, "resolver rule " + best.id().logicalId() + " forwards queries for "
                    + best.domain().get() + " from " + vpc.id().logicalId() + " to resolvers outside the templates "
                    + "(for the centralized-endpoint pattern, a hub's inbound endpoint: not followed yet)");
        }
        return null;
    }

    private Answer inZone(HostedZone zone, String name) {
        DnsRecord exact = null;
        DnsRecord wildcard = null;
        String unsure = null;
        for (DnsRecord r : zone.records()) {
            if (!r.name().isKnown()) {
                unsure = "record " + r.id().logicalId() + " of zone " + zone.id().logicalId() + " has an unknown name ("
                        + r.name().reason() + ")";
                continue;
            }
            if (!isAddressType(r.type())) {
                continue;
            }
            String n = r.name().get();
            if (n.equals(name)) {
                exact = r;
            } else if (n.startsWith("*.") && covers(n.substring(2), name) && !n.substring(2).equals(name)
                    && (wildcard == null || n.length() > wildcard.name().get().length())) {
                wildcard = r;
            }
        }
        DnsRecord chosen = exact != null ? exact : null;
        if (chosen == null && unsure == null && !network.unplacedDnsRecords().isEmpty()) {
            unsure = "DNS records whose zone is unknown may be in " + zone.id().logicalId() + ": "
                    + network.unplacedDnsRecords().get(0);
        }
        if (chosen == null && unsure != null) {
            return Answer.unknown(name, zone, unsure);
        }
        chosen = chosen != null ? chosen : wildcard;
        if (chosen == null) {
            return new Answer(Answer.Kind.NO_RECORD, zone, null, name, null);
        }
        if (chosen.answer() instanceof DnsRecord.Endpoint e && network.endpoint(e.endpoint()).isPresent()) {
            return new Answer(Answer.Kind.ENDPOINT, zone, chosen, name, null);
        }
        String text = chosen.answer() instanceof DnsRecord.Other o ? o.text() : "an endpoint outside the run";
        return Answer.unknown(name, zone, "record " + chosen.id().logicalId() + " of zone " + zone.id().logicalId()
                + " answers " + name + " with " + text + ", which the analysis cannot follow");
    }

    private static boolean isAddressType(String type) {
        return type.equals("A") || type.equals("AAAA") || type.equals("CNAME") || type.equals("?");
    }

    private static boolean covers(String zone, String name) {
        return name.equals(zone) || name.endsWith("." + zone);
    }
}
