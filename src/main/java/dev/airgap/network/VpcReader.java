package dev.airgap.network;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * VPCs, their extra CIDR blocks and subnets: the address space every other reader places things in. Extra blocks
 * are separate resources, so a VPC is complete (and gets its main route table) only in the second pass.
 */
final class VpcReader {

    private final RegionBuilder region;
    private final Map<ResourceId, List<Known<IPAddress>>> extraCidrs = new HashMap<>();
    private final Set<ResourceId> ipv6Vpcs = new HashSet<>();

    VpcReader(RegionBuilder region) {
        this.region = region;
    }

    void readVpc(Resource r) {
        List<Known<IPAddress>> cidrs = new ArrayList<>();
        cidrs.add(cidr(r, r.property("CidrBlock"), "CidrBlock", true));
        region.vpcs.put(r.id(), new Vpc(r.id(), r.constructPath(), cidrs,
                PropertyValues.bool(r.property("EnableDnsSupport"), true, "EnableDnsSupport"),
                PropertyValues.bool(r.property("EnableDnsHostnames"), false, "EnableDnsHostnames"),
                false, r.tags(), r.position()));
    }

    void readCidrBlock(Resource r) {
        Known<ResourceId> vpc = PropertyValues.ref(r.property("VpcId"), "VpcId");
        if (!vpc.isKnown()) {
            return;
        }
        if (!PropertyValues.absent(r.property("CidrBlock")) || !PropertyValues.absent(r.property("Ipv4IpamPoolId"))) {
            extraCidrs.computeIfAbsent(vpc.get(), k -> new ArrayList<>())
                    .add(cidr(r, r.property("CidrBlock"), "CidrBlock", true));
        } else {
            ipv6Vpcs.add(vpc.get());
        }
    }

    /** A CIDR of a VPC or subnet: an invalid literal is bad input; an unknown one stays unknown. */
    Known<IPAddress> cidr(Resource r, Value v, String what, boolean strict) {
        if (v instanceof Value.Text t) {
            if (strict) {
                return Known.of(Cidrs.parse(t.value(), r.position(), r.id().logicalId() + " " + what));
            }
            IPAddress a = Cidrs.parseOrNull(t.value());
            return a != null ? Known.of(a) : Known.unknown(what + " '" + t.value() + "' is not a CIDR block");
        }
        if (v instanceof Value.Attr a && a.attribute().equals("CidrBlock") && region.vpcs.containsKey(a.target())) {
            Known<IPAddress> primary = region.vpcs.get(a.target()).cidrs().get(0);
            if (primary.isKnown()) {
                return primary;
            }
        }
        if (PropertyValues.absent(v)) {
            return Known.unknown(what + " is not given (an IPAM pool or an address assigned at deployment)");
        }
        return Known.unknown(PropertyValues.whyUnknown(v, what));
    }

    void readSubnet(Resource r) {
        boolean ipv6 = !PropertyValues.absent(r.property("Ipv6CidrBlock"))
                || PropertyValues.bool(r.property("AssignIpv6AddressOnCreation"), false, "").orElse(false)
                || PropertyValues.bool(r.property("Ipv6Native"), false, "").orElse(false);
        // An IPv4 block comes from CidrBlock or from an IPAM pool; without either the subnet is IPv6-only.
        boolean ipv6Only = PropertyValues.bool(r.property("Ipv6Native"), false, "").orElse(false)
                || !PropertyValues.absent(r.property("Ipv6CidrBlock")) && PropertyValues.absent(r.property("CidrBlock"))
                && PropertyValues.absent(r.property("Ipv4IpamPoolId")) && PropertyValues.absent(r.property("Ipv4NetmaskLength"));
        region.subnets.put(r.id(), new Subnet(r.id(), r.constructPath(), PropertyValues.ref(r.property("VpcId"), "VpcId"),
                availabilityZone(r), cidr(r, r.property("CidrBlock"), "CidrBlock", true),
                PropertyValues.bool(r.property("MapPublicIpOnLaunch"), false, "MapPublicIpOnLaunch"), ipv6, ipv6Only,
                r.tags(), r.position()));
    }

    private static Az availabilityZone(Resource r) {
        Value azValue = r.property("AvailabilityZone");
        if (PropertyValues.absent(azValue)) {
            azValue = r.property("AvailabilityZoneId");
        }
        if (azValue instanceof Value.Text t) {
            return Az.named(t.value());
        }
        if (azValue instanceof Value.Unknown u) {
            return Az.expression(u.expression(), null);
        }
        if (PropertyValues.absent(azValue)) {
            return Az.unspecified();
        }
        return Az.expression(PropertyValues.describe(azValue), null);
    }

    /** Adds the extra CIDR blocks to each VPC and gives it its main route table. */
    void assembleVpcs() {
        for (Entry<ResourceId, Vpc> e : new ArrayList<>(region.vpcs.entrySet())) {
            Vpc v = e.getValue();
            List<Known<IPAddress>> cidrs = new ArrayList<>(v.cidrs());
            cidrs.addAll(extraCidrs.getOrDefault(v.id(), List.of()));
            Vpc full = new Vpc(v.id(), v.path(), cidrs, v.dnsSupport(), v.dnsHostnames(),
                    ipv6Vpcs.contains(v.id()), v.tags(), v.position());
            region.vpcs.put(v.id(), full);
            RouteTable main = new RouteTable(full.mainRouteTableId(), v.path() + " (main route table)",
                    Known.of(v.id()), true);
            region.routeTables.put(main.id(), main);
        }
    }
}
