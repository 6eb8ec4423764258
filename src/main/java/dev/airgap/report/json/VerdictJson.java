package dev.airgap.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.airgap.path.AccessCheckResult;
import dev.airgap.path.Blocker;
import dev.airgap.path.Code;
import dev.airgap.path.EgressVerdict;
import dev.airgap.path.Hop;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.report.JsonOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The verdicts of {@code airgap.json}: a subnet's internet egress, a service's path (with its buckets, access checks
 * and assumptions), a VPC's on-premises verdicts, and the hops, codes and blockers they share. A hop, a blocker and a
 * list of names each take one line; a hop names its detail by index into {@link HopDetails}.
 */
final class VerdictJson {

    private VerdictJson() {
    }

    static void onPremises(JsonGenerator g, OnPremisesVerdict op, HopDetails details) throws IOException {
        g.writeObjectFieldStart("onPremises");
        g.writeBooleanField("connected", op.connected());
        strings(g, "via", op.via());
        strings(g, "cidrs", op.cidrs());
        g.writeObjectFieldStart("services");
        for (Map.Entry<String, OnPremisesVerdict.Service> e : op.services().entrySet()) {
            OnPremisesVerdict.Service s = e.getValue();
            g.writeObjectFieldStart(e.getKey());
            g.writeStringField("access", s.access().name());
            g.writeStringField("endpoint", s.endpoint());
            if (s.dnsName() != null) {
                g.writeStringField("dnsName", s.dnsName());
            }
            if (!s.hops().isEmpty()) {
                hops(g, s.hops(), details);
            }
            codes(g, s.codes());
            g.writeStringField("reason", s.reason());
            blockers(g, s.blockers());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static void internet(JsonGenerator g, EgressVerdict e, HopDetails details) throws IOException {
        g.writeObjectFieldStart("internet");
        g.writeStringField("egress", e.egress().name());
        g.writeStringField("reason", e.reason());
        codes(g, e.codes());
        hops(g, e.hops(), details);
        blockers(g, e.blockers());
        g.writeEndObject();
    }

    static void service(JsonGenerator g, String name, ServiceVerdict v, HopDetails details) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("access", v.access().name());
        g.writeBooleanField("private", v.privatePath());
        g.writeStringField("ipType", v.ipType() == null ? null : v.ipType().name());
        g.writeStringField("dnsName", v.dnsName());
        if (!v.endpointDnsNames().isEmpty()) {
            strings(g, "endpointDnsNames", v.endpointDnsNames());
        }
        g.writeBooleanField("requiresEndpointUrl", v.requiresEndpointUrl());
        g.writeStringField("endpoint", v.endpoint());
        if (v.buckets() != null) {
            g.writeObjectFieldStart("dynamodb".equals(name) ? "tables" : "buckets");
            g.writeStringField("scope", v.buckets().scope().name());
            strings(g, "allowed", v.buckets().allowed());
            strings(g, "undecided", v.buckets().undecided());
            g.writeStringField("role", v.buckets().role());
            g.writeStringField("reason", v.buckets().reason());
            if (!v.buckets().checks().isEmpty()) {
                g.writeArrayFieldStart("checks");
                for (AccessCheckResult c : v.buckets().checks()) {
                    JsonOutput.inline(g, () -> {
                        g.writeStartObject();
                        g.writeStringField("action", c.check().action());
                        g.writeStringField("bucket", c.check().bucket());
                        g.writeStringField("decision", c.decision());
                        strings(g, "because", c.because());
                        strings(g, "reasons", c.reasons());
                        g.writeEndObject();
                    });
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeStringField("client", v.client() == null ? null : v.client().logicalId());
        strings(g, "securityGroups", v.securityGroups());
        hops(g, v.hops(), details);
        codes(g, v.codes());
        List<String> assumptions = new ArrayList<>();
        for (Code c : v.codes()) {
            if (c.assumption()) {
                assumptions.add(c.name());
            }
        }
        strings(g, "assumptions", assumptions);
        g.writeStringField("reason", v.reason());
        blockers(g, v.blockers());
        g.writeEndObject();
    }

    static void hops(JsonGenerator g, List<Hop> hops, HopDetails details) throws IOException {
        g.writeArrayFieldStart("hops");
        for (Hop h : hops) {
            JsonOutput.inline(g, () -> {
                g.writeStartObject();
                g.writeStringField("component", h.component());
                g.writeStringField("stack", h.stack());
                g.writeStringField("type", h.type());
                Integer detail = details.id(h.detail());
                if (detail == null) {
                    g.writeNullField("detail");
                } else {
                    g.writeNumberField("detail", detail);
                }
                g.writeEndObject();
            });
        }
        g.writeEndArray();
    }

    static void blockers(JsonGenerator g, List<Blocker> blockers) throws IOException {
        g.writeArrayFieldStart("blockers");
        for (Blocker b : blockers) {
            JsonOutput.inline(g, () -> {
                g.writeStartObject();
                g.writeStringField("component", b.component());
                g.writeStringField("type", b.type());
                g.writeStringField("code", b.code().name());
                g.writeStringField("message", b.message());
                g.writeStringField("fix", b.fix());
                g.writeEndObject();
            });
        }
        g.writeEndArray();
    }

    static void codes(JsonGenerator g, List<Code> codes) throws IOException {
        strings(g, "codes", codes.stream().map(Code::name).toList());
    }

    /** A list of names on one line. */
    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeFieldName(field);
        JsonOutput.inline(g, () -> {
            g.writeStartArray();
            for (String s : values) {
                g.writeString(s);
            }
            g.writeEndArray();
        });
    }
}
