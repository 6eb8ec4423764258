package dev.airgap.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.airgap.path.Hop;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.VpcResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of the hops' {@code detail}, each once: a subnet's paths to ten services pass the same security group,
 * network ACL rules and route table, and writing that prose on every hop of every subnet × service made
 * {@code airgap.json} several times the size of its input. A hop's {@code detail} is the index of its text in the
 * top-level {@code hopDetails}, numbered in the order the report first uses them (deterministic as the report is).
 */
final class HopDetails {

    private final Map<String, Integer> ids = new LinkedHashMap<>();

    private HopDetails() {
    }

    /** Every detail the report's hops carry: the VPCs' on-premises paths, then each subnet's internet and services. */
    static HopDetails of(PathResult result) {
        HopDetails d = new HopDetails();
        for (VpcResult v : result.vpcs()) {
            for (OnPremisesVerdict.Service s : v.onPremises().services().values()) {
                d.add(s.hops());
            }
        }
        for (SubnetResult r : result.subnets()) {
            d.add(r.internet().hops());
            for (ServiceVerdict v : r.services().values()) {
                d.add(v.hops());
            }
        }
        return d;
    }

    private void add(List<Hop> hops) {
        for (Hop h : hops) {
            if (h.detail() != null) {
                ids.putIfAbsent(h.detail(), ids.size());
            }
        }
    }

    /** The index of {@code detail} in {@code hopDetails}; null for a hop without one. */
    Integer id(String detail) {
        return detail == null ? null : ids.get(detail);
    }

    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("hopDetails");
        for (String text : ids.keySet()) {
            g.writeString(text);
        }
        g.writeEndArray();
    }
}
