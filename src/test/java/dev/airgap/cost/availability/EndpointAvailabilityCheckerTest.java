package dev.airgap.cost.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.report.json.AvailabilityJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointAvailabilityCheckerTest {

    private final EndpointAvailabilityChecker bundled = EndpointAvailabilityChecker.bundled();

    private static EndpointServiceCatalog refreshed() throws IOException, URISyntaxException {
        return EndpointServiceCatalog.read(Path.of(EndpointAvailabilityCheckerTest.class
                .getResource("/cost/endpoint-services-refreshed.json").toURI()));
    }

    @Test
    void sourcedFactsAreAvailableWithTheirSource() {
        AvailabilityVerdict v = bundled.check("com.amazonaws.us-west-1.s3", EndpointType.GATEWAY, "us-west-1");
        assertThat(v.service()).isEqualTo("s3");
        assertThat(v.availability()).isEqualTo(Availability.AVAILABLE);
        assertThat(v.source()).startsWith("A01 2024-03:");
        assertThat(bundled.check("s3", EndpointType.INTERFACE, "us-west-1").availability())
                .isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void unsourcedRegionsAreUnknownNotAvailable() {
        AvailabilityVerdict osaka = bundled.check("ssm", EndpointType.INTERFACE, "ap-northeast-3");
        assertThat(osaka.availability()).isEqualTo(Availability.UNKNOWN);
        assertThat(osaka.reason()).contains("known interface endpoint service").contains("no source says")
                .contains("ap-northeast-3");
        AvailabilityVerdict odd = bundled.check("com.amazonaws.vpce.us-east-1.vpce-svc-0123", EndpointType.INTERFACE,
                "us-east-1");
        assertThat(odd.availability()).isEqualTo(Availability.UNKNOWN);
        assertThat(odd.reason()).contains("not in the endpoint service catalog");
        assertThat(bundled.check("s3", EndpointType.INTERFACE, null).availability()).isEqualTo(Availability.UNKNOWN);
    }

    @Test
    void gatewayEndpointsExistOnlyForS3DynamodbAndS3Express() {
        AvailabilityVerdict v = bundled.check("ssm", EndpointType.GATEWAY, "ap-northeast-1");
        assertThat(v.availability()).isEqualTo(Availability.NOT_AVAILABLE);
        assertThat(v.reason()).contains("offers no gateway endpoints in any region");
        assertThat(v.source()).startsWith("K01");
    }

    @Test
    void aCompleteRegionListMakesMissingServicesNotAvailable() throws Exception {
        EndpointAvailabilityChecker c = new EndpointAvailabilityChecker(
                EndpointServiceCatalog.bundled().overlaidWith(refreshed()));
        List<AvailabilityVerdict> v = c.checkAll(List.of(
                new EndpointAvailabilityChecker.Query("ssm", EndpointType.INTERFACE, "ap-northeast-3"),
                new EndpointAvailabilityChecker.Query("ecr.dkr", EndpointType.INTERFACE, "ap-northeast-3"),
                new EndpointAvailabilityChecker.Query("ecr.dkr", EndpointType.INTERFACE, "ap-northeast-1")));
        assertThat(v).extracting(AvailabilityVerdict::availability).containsExactly(Availability.AVAILABLE,
                Availability.NOT_AVAILABLE, Availability.UNKNOWN);
        assertThat(v.get(1).reason()).contains("complete list of Interface endpoint services in ap-northeast-3");
        assertThat(v.get(1).source()).startsWith("E01 2026-11-28");
    }

    @Test
    void catalogRoundTrips(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("services.json");
        try (var out = Files.newOutputStream(f)) {
            EndpointServiceCatalog.bundled().write(out);
        }
        EndpointServiceCatalog back = EndpointServiceCatalog.read(f);
        assertThat(back.regions()).isEqualTo(EndpointServiceCatalog.bundled().regions());
        assertThat(back.services()).isEqualTo(EndpointServiceCatalog.bundled().services());
    }

    @Test
    void verdictsAreWrittenAsSortedJson() throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.databind.ObjectMapper()
                .getFactory().createGenerator(out)) {
            AvailabilityJson.write(bundled.checkAll(List.of(
                    new EndpointAvailabilityChecker.Query("ssm", EndpointType.INTERFACE, "us-west-1"),
                    new EndpointAvailabilityChecker.Query("s3", EndpointType.GATEWAY, "ap-northeast-3"))), g);
        }
        com.fasterxml.jackson.databind.JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString());
        assertThat(a).hasSize(2);
        assertThat(a.get(0).get("region").asText()).isEqualTo("ap-northeast-3");
        assertThat(a.get(0).get("availability").asText()).isEqualTo("AVAILABLE");
        assertThat(a.get(1).get("availability").asText()).isEqualTo("UNKNOWN");
        assertThat(a.get(1).get("source").isNull()).isTrue();
    }
}
