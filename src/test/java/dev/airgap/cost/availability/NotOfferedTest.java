package dev.airgap.cost.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the SDK region metadata decides: NOT_OFFERED where AWS does not run the service, never AVAILABLE. */
class NotOfferedTest {

    /** ECR and SSM in two regions, not in mx-central-1; a metadata that knows three regions. */
    private static final ServiceRegionCatalog METADATA = new ServiceRegionCatalog("AWS SDK for Java v2 test metadata",
            "2026-10-30", java.util.Set.of("us-east-1", "ap-northeast-3", "mx-central-1"),
            Map.of("api.ecr", java.util.Set.of("us-east-1", "ap-northeast-3"),
                    "ssm", java.util.Set.of("us-east-1", "ap-northeast-3"),
                    "s3", java.util.Set.of("us-east-1", "ap-northeast-3", "mx-central-1")));

    private final EndpointAvailabilityChecker checker =
            new EndpointAvailabilityChecker(EndpointServiceCatalog.bundled(), METADATA);

    @Test
    void aServiceTheMetadataListsButNotInTheRegionIsNotOffered() {
        AvailabilityVerdict v = checker.check("com.amazonaws.mx-central-1.ecr.dkr", EndpointType.INTERFACE,
                "mx-central-1");

        assertThat(v.service()).isEqualTo("ecr.dkr");
        assertThat(v.availability()).isEqualTo(Availability.NOT_OFFERED);
        assertThat(v.reason()).contains("AWS does not offer ecr.dkr in mx-central-1 at all")
                .contains("lists api.ecr in 2 regions");
        assertThat(v.source()).isEqualTo("SDK 2026-10-30: AWS SDK for Java v2 test metadata");
    }

    @Test
    void aServiceOfferedInTheRegionIsStillUnknownWithoutAnEndpointSource() {
        AvailabilityVerdict v = checker.check("ecr.api", EndpointType.INTERFACE, "us-east-1");

        assertThat(v.availability()).isEqualTo(Availability.UNKNOWN);
        assertThat(v.reason()).contains("AWS offers the service there (AWS SDK region metadata, 2026-10-30), "
                + "which does not confirm its endpoint");
    }

    @Test
    void aServiceTheMetadataDoesNotKnowStaysUnknownEverywhere() {
        for (String service : List.of("bedrock-runtime", "vpce-svc-0123456789abcdef0", "s3-global.accesspoint")) {
            AvailabilityVerdict v = checker.check(service, EndpointType.INTERFACE, "mx-central-1");
            assertThat(v.availability()).as(service).isEqualTo(Availability.UNKNOWN);
            assertThat(v.reason()).as(service).contains("does not know the service, so it cannot rule it out");
        }
    }

    @Test
    void aRegionTheMetadataDoesNotKnowStaysUnknown() {
        AvailabilityVerdict v = checker.check("ssm", EndpointType.INTERFACE, "eu-west-1");

        assertThat(v.availability()).isEqualTo(Availability.UNKNOWN);
        assertThat(v.reason()).contains("does not know the region eu-west-1");
    }

    @Test
    void anEndpointSourceThatListsTheServiceWinsOverTheMetadata() {
        // The bundled catalog lists the S3 gateway endpoint in us-west-1 (the article); this metadata does not know
        // us-west-1, and one that lacked S3 there would be stale, not a reason to deny a listed endpoint.
        ServiceRegionCatalog noS3 = new ServiceRegionCatalog("stale", null, java.util.Set.of("us-west-1"),
                Map.of("s3", java.util.Set.of("us-east-1")));
        AvailabilityVerdict v = new EndpointAvailabilityChecker(EndpointServiceCatalog.bundled(), noS3)
                .check("s3", EndpointType.GATEWAY, "us-west-1");

        assertThat(v.availability()).isEqualTo(Availability.AVAILABLE);
        assertThat(v.source()).startsWith("A01");
    }

    @Test
    void osakaAnswersCarryTheArticlesDatedCounts() {
        AvailabilityVerdict ssm = EndpointAvailabilityChecker.bundled().check("ssm", EndpointType.INTERFACE,
                "ap-northeast-3");

        assertThat(ssm.availability()).isEqualTo(Availability.UNKNOWN);
        assertThat(ssm.reason()).contains("In March 2024 the article counted 85 interface VPC endpoint services in "
                + "ap-northeast-3 (Osaka), against 198 in ap-northeast-1 and 256 in us-east-1 (source A02, 2024-03)");
        // An answer that is already AVAILABLE needs no caveat.
        assertThat(EndpointAvailabilityChecker.bundled().check("s3", EndpointType.GATEWAY, "ap-northeast-3")
                .reason()).doesNotContain("article counted");
        assertThat(EndpointAvailabilityChecker.bundled().check("ssm", EndpointType.INTERFACE, "ap-northeast-1")
                .reason()).doesNotContain("article counted");
    }

    @Test
    void aRefreshedOsakaKeepsTheBundledFact() throws Exception {
        EndpointServiceCatalog refreshed = EndpointServiceCatalog.read(Path.of(NotOfferedTest.class
                .getResource("/cost/endpoint-services-refreshed.json").toURI()));
        EndpointServiceCatalog both = EndpointServiceCatalog.bundled().overlaidWith(refreshed);

        assertThat(both.region("ap-northeast-3").orElseThrow().complete()).isTrue();
        assertThat(both.region("ap-northeast-3").orElseThrow().fact()).contains("85 interface VPC endpoint");
    }
}
