package dev.airgap.path;

import dev.airgap.network.Firewall;
import dev.airgap.network.Known;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.RouteTarget;
import dev.airgap.network.Subnet;
import dev.airgap.network.VpcEndpoint;
import dev.airgap.resolve.ResourceId;

/**
 * Where a route into a Network Firewall or Gateway Load Balancer endpoint leads: the subnet that holds the endpoint
 * (the one of the AZ the route names, else of the source's AZ, else the only one). The appliance's rules are not
 * evaluated; traffic continues with that subnet's routes.
 */
final class Middleboxes {

    private final RegionNetwork network;

    Middleboxes(RegionNetwork network) {
        this.network = network;
    }

    static boolean isMiddlebox(RegionNetwork network, RouteTarget target) {
        if (target instanceof RouteTarget.FirewallEndpoint) {
            return true;
        }
        return target instanceof RouteTarget.VpcEndpoint v && v.endpoint().isKnown()
                && network.endpoint(v.endpoint().get()).map(e -> e.type() == VpcEndpoint.Type.GATEWAY_LOAD_BALANCER)
                .orElse(false);
    }

    /** The endpoint's subnet, recording the hop; unknown with the reason when the templates do not say. */
    Known<Subnet> enter(Trace t, RouteTarget target, Subnet from) {
        if (target instanceof RouteTarget.FirewallEndpoint f) {
            return firewall(t, f, from);
        }
        RouteTarget.VpcEndpoint v = (RouteTarget.VpcEndpoint) target;
        VpcEndpoint e = network.endpoint(v.endpoint().get()).orElseThrow();
        for (Known<ResourceId> s : e.subnets()) {
            if (s.isKnown() && network.subnet(s.get()).isPresent()) {
                Subnet sub = network.subnet(s.get()).get();
                t.hop(e.id(), "AWS::EC2::VPCEndpoint", "Gateway Load Balancer endpoint in " + sub.id().logicalId()
                        + " (appliance rules not evaluated)");
                t.code(Code.FIREWALL_RULES_NOT_EVALUATED);
                return Known.of(sub);
            }
        }
        return Known.unknown("the subnet of endpoint " + e.id().logicalId() + " is unknown");
    }

    private Known<Subnet> firewall(Trace t, RouteTarget.FirewallEndpoint f, Subnet from) {
        Firewall fw = network.firewall(f.firewall()).orElse(null);
        if (fw == null) {
            return Known.unknown("firewall " + f.firewall() + " is not in the analysed templates");
        }
        Subnet chosen = null;
        int known = 0;
        Subnet only = null;
        for (Known<ResourceId> s : fw.subnets()) {
            Subnet sub = s.isKnown() ? network.subnet(s.get()).orElse(null) : null;
            if (sub == null) {
                continue;
            }
            known++;
            only = sub;
            if (f.az() != null ? sub.az().matches(f.az()) : Boolean.TRUE.equals(sub.az().sameAs(from.az()))) {
                chosen = sub;
                break;
            }
        }
        if (chosen == null && known == 1 && fw.subnets().size() == 1) {
            chosen = only;
        }
        if (chosen == null) {
            t.hop(fw.id(), "AWS::NetworkFirewall::Firewall", "endpoint" + (f.az() == null ? "" : " in " + f.az()));
            return Known.unknown("which subnet of firewall " + fw.id().logicalId() + " holds the endpoint the route "
                    + "names is unknown");
        }
        t.hop(fw.id(), "AWS::NetworkFirewall::Firewall", "endpoint in " + chosen.id().logicalId()
                + " (rules not evaluated)");
        t.code(Code.FIREWALL_RULES_NOT_EVALUATED);
        return Known.of(chosen);
    }
}
