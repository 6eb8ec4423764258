package dev.airgap.require;

import dev.airgap.network.VpcEndpoint;
import dev.airgap.path.Access;
import dev.airgap.path.Blocker;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.VpcResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * On-premises networks reach the services privately (through an interface endpoint) in every selected VPC.
 *
 * @param services the services to judge; empty: every analysed service
 * @param cidrs    on-premises blocks the analysis must consider (added to the run's on-premises CIDRs)
 */
public record OnPremisesAccess(String id, Selector vpcs, List<String> services, List<String> cidrs,
                               boolean allowUnknown, List<Waiver> exceptions) implements Requirement {

    static final Rule RULE = new Rule("onPremisesAccess", "On-premises networks reach the service privately",
            "On-premises clients (VPN, Direct Connect, transit gateway) must reach the services through an "
                    + "interface endpoint: gateway endpoints cannot be used from outside the VPC. Fix: add an "
                    + "interface endpoint whose subnets route back to on-premises and whose security group admits "
                    + "the on-premises CIDRs on TCP 443.");

    public OnPremisesAccess {
        Objects.requireNonNull(vpcs, "vpcs");
        services = List.copyOf(services);
        cidrs = List.copyOf(cidrs);
        exceptions = List.copyOf(exceptions);
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public Needs needs() {
        return new Needs(services, cidrs);
    }

    @Override
    public String asks() {
        return "on-premises reaches " + String.join(", ", services) + " privately in VPCs " + vpcs.text();
    }

    @Override
    public List<Violation> judge(Subjects subjects) {
        List<Violation> out = new ArrayList<>();
        List<VpcResult> chosen = subjects.vpcs(this, vpcs, out);
        List<String> judged = subjects.servicesOr(services);
        for (VpcResult v : chosen) {
            OnPremisesVerdict op = v.onPremises();
            String vpc = v.vpc().id().logicalId();
            for (String service : judged) {
                OnPremisesVerdict.Service sv = op.services().get(service);
                if (!op.connected()) {
                    out.add(subjects.vpc(this, v, service, "on-premises cannot reach " + service + ": " + vpc
                            + " has no connection to on-premises (no VPN gateway, transit gateway or Direct Connect "
                            + "attachment)" + gatewayEndpointNote(v, service), null, "attach a VPN gateway "
                            + "(AWS::EC2::VPCGatewayAttachment with VpnGatewayId) or a transit gateway to " + vpc
                            + ", then add an interface endpoint for " + service + " whose security group admits the "
                            + "on-premises CIDRs on tcp/443", false));
                } else if (sv == null) {
                    out.add(subjects.vpc(this, v, service, service + " was not analysed", null,
                            "add " + service + " to <services>", true));
                } else if (sv.access() == Access.UNKNOWN) {
                    out.add(subjects.vpc(this, v, service, "on-premises access to " + service + " UNKNOWN: "
                            + sv.reason(), subjects.named(v.vpc().id().stack(), sv.endpoint(), v.region()), "make the unresolved values known, or set "
                            + "<allowUnknown>true</allowUnknown>", true));
                } else if (sv.access() != Access.INTERFACE_ENDPOINT) {
                    Blocker b = sv.blockers().isEmpty() ? null : sv.blockers().get(0);
                    out.add(subjects.vpc(this, v, service, "on-premises access to " + service + " " + sv.access()
                            + " via " + String.join(", ", op.via()) + ": " + sv.reason(),
                            Component.of(b), b == null ? "add an interface VPC endpoint for "
                                    + service + " in " + vpc + " whose subnets route the on-premises CIDRs back and "
                                    + "whose security group admits them on tcp/443" : b.fix(), false));
                }
            }
        }
        return out;
    }

    /** Pattern 2 of the article: a gateway endpoint serves the VPC, never on-premises; say so. */
    private static String gatewayEndpointNote(VpcResult v, String service) {
        for (VpcEndpoint e : v.network().endpoints(v.vpc().id())) {
            if (e.type() == VpcEndpoint.Type.GATEWAY && e.serves(service)) {
                return "; gateway endpoint " + e.id().logicalId() + " serves only clients inside the VPC";
            }
        }
        return "";
    }
}
