package dev.airgap.require;

import dev.airgap.cost.availability.Availability;
import dev.airgap.cost.availability.AvailabilityVerdict;
import dev.airgap.cost.availability.EndpointType;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Every interface endpoint service of the templates exists in every target region. */
public record AvailableInRegions(String id, boolean allowUnknown, List<Waiver> exceptions) implements Requirement {

    static final Rule RULE = new Rule("availableInRegions", "Endpoint services exist in every target region",
            "Every interface endpoint service of the templates must be offered in every target region. Fix: "
                    + "choose regions that offer the service, or make the endpoint conditional on the region.");

    public AvailableInRegions {
        exceptions = List.copyOf(exceptions);
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public String asks() {
        return "every interface endpoint service exists in every target region";
    }

    @Override
    public List<Violation> judge(Subjects subjects) {
        List<Violation> out = new ArrayList<>();
        List<AvailabilityVerdict> verdicts = subjects.evidence().availability();
        if (verdicts == null) {
            if (interfaceEndpoints(subjects.evidence()).findAny().isPresent()) {
                out.add(subjects.region(this, null, "endpoint availability was not checked", null, null,
                        "set <allowUnknown>true</allowUnknown>", true));
            }
            return out;
        }
        for (AvailabilityVerdict v : verdicts) {
            if (v.availability() == Availability.AVAILABLE || v.type() != EndpointType.INTERFACE) {
                continue;
            }
            Optional<VpcEndpoint> endpoint = endpointOf(subjects.evidence(), v.service(), v.region());
            String component = endpoint.map(e -> e.id().logicalId()).orElse(null);
            boolean unknown = v.availability() == Availability.UNKNOWN;
            String found = "interface endpoint service " + v.service() + " is " + (unknown ? "of UNKNOWN availability"
                    : "not available") + " in " + v.region() + ": " + v.reason() + (v.source() == null ? ""
                    : " [" + v.source() + "]");
            String fix = unknown ? "check the service list of " + v.region()
                    + " (aws ec2 describe-vpc-endpoint-services --region " + v.region()
                    + ") and refresh the catalog, or set <allowUnknown>true</allowUnknown>"
                    : "drop " + v.region() + " from <regions>, or make " + (component == null ? "the endpoint"
                    : component) + " conditional on the region (a Condition on AWS::Region)";
            Violation x = subjects.region(this, v.region(), found, endpoint.map(e -> subjects.named(e.id().stack(),
                    e.id().logicalId(), v.region())).orElse(null), endpoint.map(e -> e.id().stack()).orElse(null),
                    fix, unknown);
            // The subject is the service in the region, so that an <except><service> can waive it.
            out.add(x.toBuilder().subject(v.service() + " in " + v.region()).service(v.service()).build());
        }
        return out;
    }

    private static Stream<VpcEndpoint> interfaceEndpoints(Evidence evidence) {
        return evidence.model().regions().stream().flatMap(n -> n.endpoints().stream())
                .filter(e -> e.type() == VpcEndpoint.Type.INTERFACE);
    }

    /** The interface endpoint of the service in the region, else in any region (the template is the same). */
    private static Optional<VpcEndpoint> endpointOf(Evidence evidence, String service, String region) {
        VpcEndpoint any = null;
        for (RegionNetwork n : evidence.model().regions()) {
            for (VpcEndpoint e : n.endpoints()) {
                if (e.type() == VpcEndpoint.Type.INTERFACE && e.serves(service)) {
                    if (Objects.equals(n.region(), region)) {
                        return Optional.of(e);
                    }
                    any = any == null ? e : any;
                }
            }
        }
        return Optional.ofNullable(any);
    }
}
