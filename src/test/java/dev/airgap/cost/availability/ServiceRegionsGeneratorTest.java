package dev.airgap.cost.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceRegionsGeneratorTest {

    @Test
    void keepsOnlyKnownRegionsAndDropsGlobalOnlyServices() {
        ServiceRegionCatalog c = ServiceRegionsGenerator.generate(Map.of(
                        "api.ecr", List.of("us-east-1", "ap-northeast-3", "fips-us-east-1"),
                        "iam", List.of("aws-global", "aws-global-fips"),
                        "s3", List.of("aws-global", "us-east-1")),
                List.of("us-east-1", "ap-northeast-3", "mx-central-1"), "2.0.0", "2026-10-30");

        assertThat(c.services()).containsOnlyKeys("api.ecr", "s3");
        assertThat(c.services().get("api.ecr")).containsExactly("ap-northeast-3", "us-east-1");
        assertThat(c.services().get("s3")).containsExactly("us-east-1");
        assertThat(c.source()).contains("AWS SDK for Java v2 2.0.0");
        assertThat(c.date()).isEqualTo("2026-10-30");
        assertThat(c.offer("api.ecr", "mx-central-1")).isEqualTo(ServiceRegionCatalog.Offer.NOT_OFFERED);
        assertThat(c.offer("api.ecr", "us-east-1")).isEqualTo(ServiceRegionCatalog.Offer.OFFERED);
        assertThat(c.offer("iam", "us-east-1")).isEqualTo(ServiceRegionCatalog.Offer.UNKNOWN);
        // A region the metadata does not know (launched after it) can be ruled out for nothing.
        assertThat(c.offer("api.ecr", "xx-new-1")).isEqualTo(ServiceRegionCatalog.Offer.UNKNOWN);
    }

    @Test
    void readsWhatTheSdkOnTheClassPathSays() throws IOException {
        ServiceRegionCatalog c = ServiceRegionsGenerator.fromSdk();

        assertThat(c.source()).startsWith("AWS SDK for Java v2 2.");
        assertThat(c.date()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(c.knownRegions()).contains("us-east-1", "ap-northeast-3", "us-west-1")
                .noneMatch(r -> r.contains("fips") || r.contains("global"));
        assertThat(c.offer("api.ecr", "ap-northeast-3")).isEqualTo(ServiceRegionCatalog.Offer.OFFERED);
        assertThat(c.services()).doesNotContainKeys("bedrock-runtime", "iam", "ecr.api");
        assertThat(c.servicesIn("us-east-1")).isGreaterThan(c.servicesIn("ap-northeast-3"));
    }

    @Test
    void theBundledCatalogIsTheGeneratorsOutputForThisBuildsSdk() throws IOException {
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        ServiceRegionsGenerator.fromSdk().write(fresh);
        byte[] bundled;
        try (InputStream in = ServiceRegionCatalog.class.getResourceAsStream(ServiceRegionCatalog.RESOURCE)) {
            assertThat(in).as("generated in process-classes").isNotNull();
            bundled = in.readAllBytes();
        }
        assertThat(new String(bundled, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(fresh.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void roundTrips() throws IOException {
        ServiceRegionCatalog c = ServiceRegionCatalog.bundled();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(out);
        assertThat(ServiceRegionCatalog.read(new ByteArrayInputStream(out.toByteArray()), "test")).isEqualTo(c);
    }

    @Test
    void aMalformedFileIsReportedWithWhere() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServiceRegionCatalog.read(
                        new ByteArrayInputStream("{\"services\": []}".getBytes()), "service-regions.json"))
                .hasMessageStartingWith("service-regions.json: expected an object with");
    }
}
