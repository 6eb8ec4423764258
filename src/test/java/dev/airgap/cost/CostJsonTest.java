package dev.airgap.cost;

import static dev.airgap.cost.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.report.json.CostJson;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostJsonTest {

    private static CostReport report() {
        return new CostEstimator(PriceCatalog.bundled(), Fixtures.article()).estimate(CostInput.builder()
                .interfaceEndpoint(new InterfaceEndpointUse("NetworkStack", "S3Interface", "s3", "ap-northeast-1",
                        List.of("ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"), false))
                .interfaceEndpoint(new InterfaceEndpointUse("NetworkStack", "S3Interface", "s3", "us-west-1",
                        List.of("us-west-1a"), false))
                .natGateway(new NatGatewayUse("NetworkStack", "Nat", "ap-northeast-1"))
                .publicIpv4(new PublicIpv4Use("NetworkStack", "NatEip", PublicIpv4Kind.EIP, "ap-northeast-1"))
                .gatewayEndpoint(new GatewayEndpointUse("NetworkStack", "S3Gateway", "s3", "ap-northeast-1"))
                .build());
    }

    @Test
    void costsHaveTheContractShape() throws Exception {
        JsonNode costs = new ObjectMapper().readTree(CostJson.toJson(report()));
        assertThat(costs.get("currency").asText()).isEqualTo("JPY");
        assertThat(costs.get("hoursPerMonth").asInt()).isEqualTo(720);
        assertThat(costs.get("exchangeRates").get("USD").asInt()).isEqualTo(150);
        assertThat(costs.get("regions")).hasSize(2);

        JsonNode tokyo = costs.get("regions").get(0);
        assertThat(tokyo.get("region").asText()).isEqualTo("ap-northeast-1");
        JsonNode ep = tokyo.get("interfaceEndpoints").get(0);
        assertThat(ep.get("stack").asText()).isEqualTo("NetworkStack");
        assertThat(ep.get("logicalId").asText()).isEqualTo("S3Interface");
        assertThat(ep.get("service").asText()).isEqualTo("s3");
        assertThat(ep.get("azs").asInt()).isEqualTo(3);
        assertThat(ep.get("hourly").decimalValue()).isEqualByComparingTo("6.3");
        assertThat(ep.get("monthly").decimalValue()).isEqualByComparingTo("4536");
        assertThat(ep.get("usageAssumed").asBoolean()).isTrue();
        assertThat(tokyo.get("dataProcessing").get("monthly").decimalValue()).isEqualByComparingTo("0");
        assertThat(tokyo.get("natGateways").get(0).get("monthlyHours").decimalValue())
                .isEqualByComparingTo("6696"); // 0.062 × 150 × 720
        assertThat(tokyo.get("publicIpv4").get("count").asInt()).isEqualTo(1);
        assertThat(tokyo.get("publicIpv4").get("byKind").get("EIP").asInt()).isEqualTo(1);
        assertThat(tokyo.get("publicIpv4").get("monthly").decimalValue()).isEqualByComparingTo("540");
        assertThat(tokyo.get("gatewayEndpoints").get(0).get("monthly").decimalValue()).isEqualByComparingTo("0");
        assertThat(tokyo.get("monthlyTotal").decimalValue()).isEqualByComparingTo("11772"); // 4536 + 6696 + 540
        assertThat(tokyo.get("unknownPrices")).isEmpty();
        JsonNode price = tokyo.get("prices").get(0);
        assertThat(price.get("price").asText()).isEqualTo("interfaceEndpointHourly");
        assertThat(price.get("origin").asText()).isEqualTo("bundled");
        assertThat(price.get("sources").get(0).get("date").asText()).isEqualTo("2026-09-23");

        JsonNode usWest = costs.get("regions").get(1);
        assertThat(usWest.get("interfaceEndpoints").get(0).get("monthly").isNull()).isTrue();
        assertThat(usWest.get("unknownPrices").get(0).get("price").asText()).isEqualTo("interfaceEndpointHourly");
        assertThat(usWest.get("complete").asBoolean()).isFalse();

        assertThat(costs.get("recommendations").get(0).get("kind").asText())
                .isEqualTo("GATEWAY_ENDPOINT_INSTEAD_OF_INTERFACE");
        assertThat(costs.get("recommendations").get(0).get("monthlySaving").decimalValue())
                .isEqualByComparingTo("4536");
        assertThat(costs.get("monthlyTotal").decimalValue()).isEqualByComparingTo("11772");
        assertThat(costs.get("complete").asBoolean()).isFalse();
    }

    @Test
    void outputIsDeterministicAndHasNoExponents() {
        String a = CostJson.toJson(report());
        assertThat(CostJson.toJson(report())).isEqualTo(a);
        assertThat(a).doesNotContainPattern("[0-9][eE][+-]?[0-9]");
    }

    @Test
    void writesIntoAnEnclosingDocument() throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeFieldName("costs");
            CostJson.write(report(), g);
            g.writeEndObject();
        }
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("costs").get("regions")).hasSize(2);
        assertThat(doc.get("costs").get("monthlyTotal").decimalValue()).isEqualTo(d("11772"));
    }
}
