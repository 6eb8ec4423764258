package dev.airgap.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.airgap.cost.CostReport;
import dev.airgap.cost.CostSettings;
import dev.airgap.cost.MoneyFormat;
import dev.airgap.cost.Provenance;
import dev.airgap.cost.PublicIpv4Kind;
import dev.airgap.cost.PublicIpv4Use;
import dev.airgap.cost.Recommendation;
import dev.airgap.cost.RegionCost;
import dev.airgap.cost.Usage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link CostReport} as the {@code costs} value of {@code airgap.json}:
 * <pre>
 * { "currency": "JPY", "hoursPerMonth": 720, "exchangeRates": { "USD": 150 }, "rounding": "…",
 *   "catalogVersion": "…",
 *   "regions": [ { "region": "ap-northeast-1",
 *                  "interfaceEndpoints": [ { "stack", "logicalId", "service", "azs": 3, "azNames": [ … ],
 *                                            "hourlyRatePerAz", "hourly", "monthly", "gbPerMonth", "usageAssumed", … } ],
 *                  "dataProcessing": { "gbPerMonth", "assumed", "tiers": [ … ], "monthly" },
 *                  "gatewayLoadBalancerEndpoints": [ … ], "natGateways": [ … ], "publicIpv4": { … },
 *                  "gatewayEndpoints": [ … ], "monthlyTotal", "complete", "unknownPrices": [ … ], "prices": [ … ] } ],
 *   "recommendations": [ { "kind", "region", "service", "monthlySaving", …, "message" } ],
 *   "monthlyTotal", "complete" }
 * </pre>
 * Money is a JSON number in the report's currency (never in exponent form), {@code null} when unknown. The order of
 * fields and entries is fixed, so the same input always gives the same bytes.
 */
public final class CostJson {

    private CostJson() {
    }

    /** Writes the {@code costs} object at the generator's current position (after a field name, or as a value). */
    public static void write(CostReport report, JsonGenerator g) throws IOException {
        g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        CostSettings s = report.settings();
        g.writeStartObject();
        g.writeStringField("currency", s.currency());
        number(g, "hoursPerMonth", s.hoursPerMonth());
        g.writeObjectFieldStart("exchangeRates");
        Map<String, BigDecimal> rates = new TreeMap<>(s.otherRates());
        if (!s.currency().equals("USD")) {
            rates.put("USD", s.exchangeRate());
        }
        for (Map.Entry<String, BigDecimal> e : rates.entrySet()) {
            number(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringField("rounding", s.roundingRule());
        g.writeStringField("catalogVersion", report.catalogVersion());
        g.writeArrayFieldStart("regions");
        for (RegionCost r : report.regions()) {
            region(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("recommendations");
        for (Recommendation rec : report.recommendations()) {
            recommendation(g, rec);
        }
        g.writeEndArray();
        number(g, "monthlyTotal", report.monthlyTotal());
        g.writeBooleanField("complete", report.complete());
        g.writeEndObject();
    }

    /** The {@code costs} object as pretty-printed text (tests, debugging). */
    public static String toJson(CostReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonMapper.builder().build().getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            write(report, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void region(JsonGenerator g, RegionCost r) throws IOException {
        g.writeStartObject();
        g.writeStringField("region", r.region());
        g.writeArrayFieldStart("interfaceEndpoints");
        for (RegionCost.InterfaceEndpointLine e : r.interfaceEndpoints()) {
            g.writeStartObject();
            g.writeStringField("stack", e.stack());
            g.writeStringField("logicalId", e.logicalId());
            g.writeStringField("service", e.service());
            g.writeNumberField("azs", e.azs().size());
            strings(g, "azNames", e.azs());
            number(g, "hourlyRatePerAz", e.ratePerAz());
            number(g, "hourly", e.hourly());
            number(g, "monthly", e.monthly());
            usage(g, e.usage());
            g.writeBooleanField("neededForOnPremises", e.neededForOnPremises());
            g.writeEndObject();
        }
        g.writeEndArray();
        dataProcessing(g, r.dataProcessing());
        g.writeArrayFieldStart("gatewayLoadBalancerEndpoints");
        for (RegionCost.GatewayLoadBalancerEndpointLine e : r.gatewayLoadBalancerEndpoints()) {
            g.writeStartObject();
            g.writeStringField("stack", e.stack());
            g.writeStringField("logicalId", e.logicalId());
            number(g, "hourly", e.hourly());
            usage(g, e.usage());
            number(g, "perGb", e.perGb());
            number(g, "monthly", e.monthly());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("natGateways");
        for (RegionCost.NatGatewayLine n : r.natGateways()) {
            g.writeStartObject();
            g.writeStringField("stack", n.stack());
            g.writeStringField("logicalId", n.logicalId());
            number(g, "hourly", n.hourly());
            number(g, "monthlyHours", n.monthlyHours());
            usage(g, n.usage());
            number(g, "perGb", n.perGb());
            number(g, "monthlyData", n.monthlyData());
            number(g, "monthly", n.monthly());
            g.writeEndObject();
        }
        g.writeEndArray();
        publicIpv4(g, r.publicIpv4());
        g.writeArrayFieldStart("gatewayEndpoints");
        for (RegionCost.GatewayEndpointLine e : r.gatewayEndpoints()) {
            g.writeStartObject();
            g.writeStringField("stack", e.stack());
            g.writeStringField("logicalId", e.logicalId());
            g.writeStringField("service", e.service());
            number(g, "monthly", e.monthly());
            g.writeEndObject();
        }
        g.writeEndArray();
        number(g, "monthlyTotal", r.monthlyTotal());
        g.writeBooleanField("complete", r.complete());
        g.writeArrayFieldStart("unknownPrices");
        for (RegionCost.UnknownPrice u : r.unknownPrices()) {
            g.writeStartObject();
            g.writeStringField("price", u.price());
            strings(g, "subjects", u.subjects());
            g.writeStringField("reason", u.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("prices");
        for (RegionCost.PriceUsed p : r.prices()) {
            price(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void dataProcessing(JsonGenerator g, RegionCost.DataProcessing d) throws IOException {
        g.writeObjectFieldStart("dataProcessing");
        number(g, "gbPerMonth", d.gbPerMonth());
        g.writeBooleanField("assumed", d.assumed());
        g.writeArrayFieldStart("tiers");
        for (RegionCost.TierCharge t : d.tiers()) {
            g.writeStartObject();
            number(g, "fromGb", t.fromGb());
            number(g, "toGb", t.toGb());
            number(g, "gb", t.gb());
            number(g, "perGb", t.perGb());
            number(g, "monthly", t.monthly());
            g.writeEndObject();
        }
        g.writeEndArray();
        number(g, "monthly", d.monthly());
        g.writeEndObject();
    }

    private static void publicIpv4(JsonGenerator g, RegionCost.PublicIpv4 p) throws IOException {
        g.writeObjectFieldStart("publicIpv4");
        g.writeNumberField("count", p.addresses().size());
        g.writeObjectFieldStart("byKind");
        for (PublicIpv4Kind k : PublicIpv4Kind.values()) {
            long n = p.addresses().stream().filter(a -> a.kind() == k).count();
            if (n > 0) {
                g.writeNumberField(k.name(), n);
            }
        }
        g.writeEndObject();
        number(g, "hourlyPerAddress", p.hourlyPerAddress());
        number(g, "hourly", p.hourly());
        number(g, "monthly", p.monthly());
        g.writeArrayFieldStart("addresses");
        for (PublicIpv4Use a : p.addresses()) {
            g.writeStartObject();
            g.writeStringField("stack", a.stack());
            g.writeStringField("logicalId", a.logicalId());
            g.writeStringField("kind", a.kind().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void price(JsonGenerator g, RegionCost.PriceUsed p) throws IOException {
        g.writeStartObject();
        g.writeStringField("price", p.price());
        number(g, "value", p.value());
        g.writeStringField("currency", p.currency());
        number(g, "converted", p.converted());
        g.writeStringField("origin", p.provenance().origin().key());
        g.writeStringField("location", p.provenance().location());
        g.writeArrayFieldStart("sources");
        for (Provenance.SourceRef s : p.provenance().sources()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("date", s.date());
            g.writeStringField("text", s.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void recommendation(JsonGenerator g, Recommendation r) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().name());
        g.writeStringField("region", r.region());
        if (r.stack() != null) {
            g.writeStringField("stack", r.stack());
            g.writeStringField("logicalId", r.logicalId());
        }
        g.writeStringField("service", r.service());
        number(g, "monthlySaving", r.monthlySaving());
        if (r.perGbSaving() != null) {
            number(g, "perGbSaving", r.perGbSaving());
        }
        if (r.breakEvenGbPerMonth() != null) {
            number(g, "breakEvenGbPerMonth", r.breakEvenGbPerMonth());
        }
        g.writeStringField("message", r.message());
        g.writeEndObject();
    }

    private static void usage(JsonGenerator g, Usage.Figure f) throws IOException {
        number(g, "gbPerMonth", f.gbPerMonth());
        g.writeBooleanField("usageAssumed", f.assumed());
        g.writeStringField("usageBasis", f.basis());
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Exact figures without trailing zeros, rounded money as rounded; null stays null (unknown). */
    private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.scale() > 0 ? MoneyFormat.exact(value) : value);
        }
    }
}
