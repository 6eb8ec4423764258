package dev.airgap.network;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import dev.airgap.template.Excerpt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Route 53 as a client in a VPC sees it: private hosted zones with their records. A record names its zone and an
 * alias names an endpoint read elsewhere, so both are assembled in the second pass. Resolver rules and their VPC
 * associations decide whether the VPC asks Route 53 at all.
 */
final class DnsReader {

    private final RegionBuilder region;
    private final List<Resource> zones = new ArrayList<>();
    private final List<Resource> recordSets = new ArrayList<>();

    DnsReader(RegionBuilder region) {
        this.region = region;
    }

    /** A zone with {@code VPCs}; a public zone changes nothing a client in a VPC resolves first. */
    void readPrivateZone(Resource r) {
        zones.add(r);
    }

    /** A {@code RecordSet} or a {@code RecordSetGroup}. */
    void readRecords(Resource r) {
        recordSets.add(r);
    }

    void readRule(Resource r) {
        String type = PropertyValues.string(r.property("RuleType"), "RuleType").orElse("FORWARD");
        ResolverRule.Type t = switch (type.toUpperCase(Locale.ROOT)) {
            case "SYSTEM" -> ResolverRule.Type.SYSTEM;
            case "RECURSIVE" -> ResolverRule.Type.RECURSIVE;
            default -> ResolverRule.Type.FORWARD;
        };
        region.resolverRules.put(r.id(), new ResolverRule(r.id(), domain(r.property("DomainName"), "DomainName"), t));
    }

    void readRuleAssociation(Resource r) {
        Value rule = r.property("ResolverRuleId");
        region.resolverAssociations.add(new ResolverRuleAssociation(r.id(),
                rule instanceof Value.Attr a ? Known.of(a.target()) : PropertyValues.ref(rule, "ResolverRuleId"),
                PropertyValues.ref(r.property("VPCId"), "VPCId")));
    }

    void assemble() {
        Map<ResourceId, List<DnsRecord>> byZone = new LinkedHashMap<>();
        Map<ResourceId, Known<String>> names = new LinkedHashMap<>();
        for (Resource z : zones) {
            byZone.put(z.id(), new ArrayList<>());
            names.put(z.id(), domain(z.property("Name"), "the zone's Name"));
        }
        for (Resource r : recordSets) {
            Known<ResourceId> zone = zoneOf(r.properties(), names);
            List<Value> sets = "AWS::Route53::RecordSetGroup".equals(r.type())
                    ? PropertyValues.items(r.property("RecordSets")) : List.of(r.properties());
            for (Value set : sets) {
                Value.MapValue m = PropertyValues.map(set);
                if (m == null) {
                    region.unplacedDnsRecords.add(r.id().logicalId() + " (" + PropertyValues.whyUnknown(set,
                            "a record set") + ")");
                    continue;
                }
                Known<ResourceId> own = m == r.properties() ? zone : or(zoneOf(m, names), zone);
                DnsRecord record = record(r.id(), m);
                if (own.isKnown() && byZone.containsKey(own.get())) {
                    byZone.get(own.get()).add(record);
                } else if (own.isKnown()) {
                    region.others.add(new OtherResource(r.id(), r.type())); // a public zone's record
                } else {
                    // It may belong to any private zone of the run: a name it covers cannot be answered for sure.
                    region.unplacedDnsRecords.add(r.id().logicalId() + " (" + own.reason() + ")");
                }
            }
        }
        for (Resource z : zones) {
            List<Known<ResourceId>> vpcs = new ArrayList<>();
            for (Value v : PropertyValues.items(z.property("VPCs"))) {
                vpcs.add(v instanceof Value.MapValue m ? PropertyValues.ref(m.get("VPCId"), "VPCId")
                        : Known.unknown(PropertyValues.whyUnknown(v, "the zone's VPCs")));
            }
            region.hostedZones.put(z.id(), new HostedZone(z.id(), names.get(z.id()), vpcs, byZone.get(z.id())));
        }
    }

    private static Known<ResourceId> or(Known<ResourceId> first, Known<ResourceId> second) {
        return first.isKnown() ? first : second;
    }

    /** The zone a record set names, by ID ({@code Ref} or {@code Fn::GetAtt Zone.Id}) or by name. */
    private static Known<ResourceId> zoneOf(Value.MapValue m, Map<ResourceId, Known<String>> names) {
        Value id = m.get("HostedZoneId");
        if (id instanceof Value.Attr a && a.attribute().equals("Id")) {
            return Known.of(a.target());
        }
        if (!PropertyValues.absent(id)) {
            return PropertyValues.ref(id, "HostedZoneId");
        }
        Known<String> name = domain(m.get("HostedZoneName"), "HostedZoneName");
        if (!name.isKnown()) {
            return Known.unknown(name.reason());
        }
        for (Map.Entry<ResourceId, Known<String>> e : names.entrySet()) {
            if (e.getValue().isKnown() && e.getValue().get().equals(name.get())) {
                return Known.of(e.getKey());
            }
        }
        return Known.unknown("HostedZoneName '" + Excerpt.of(name.get()) + "' names no private zone of the run");
    }

    private DnsRecord record(ResourceId declaredBy, Value.MapValue m) {
        String type = PropertyValues.string(m.get("Type"), "Type").orElse("?").toUpperCase(Locale.ROOT);
        Value alias = PropertyValues.map(m.get("AliasTarget")) != null ? PropertyValues.map(m.get("AliasTarget"))
                .get("DNSName") : null;
        List<Value> targets = alias != null ? List.of(alias) : PropertyValues.items(m.get("ResourceRecords"));
        DnsRecord.Answer answer = null;
        for (Value v : targets) {
            ResourceId endpoint = endpointNamedBy(v);
            answer = endpoint != null ? new DnsRecord.Endpoint(endpoint) : new DnsRecord.Other(
                    Excerpt.of(PropertyValues.describe(v)));
            break;
        }
        return new DnsRecord(declaredBy, domain(m.get("Name"), "the record's Name"), type,
                answer != null ? answer : new DnsRecord.Other("no value"));
    }

    /** The interface endpoint of the run whose {@code DnsEntries} the value is built from, or null. */
    private ResourceId endpointNamedBy(Value v) {
        if (v instanceof Value.Attr a && a.attribute().equals("DnsEntries") && region.endpoints.containsKey(a.target())) {
            return a.target();
        }
        if (v instanceof Value.Unknown u) {
            for (ResourceId e : region.endpoints.keySet()) {
                if (u.expression().contains("GetAtt " + e.logicalId() + ".DnsEntries")) {
                    return e;
                }
            }
        }
        return null;
    }

    /** A DNS name in lower case without its final dot; unknown unless the template writes it. */
    private static Known<String> domain(Value v, String what) {
        Known<String> s = PropertyValues.string(v, what);
        if (!s.isKnown()) {
            return s;
        }
        String name = s.get().trim().toLowerCase(Locale.ROOT);
        return Known.of(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
    }
}
