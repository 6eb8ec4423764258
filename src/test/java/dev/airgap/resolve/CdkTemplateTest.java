package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.parse;
import static dev.airgap.resolve.Fixtures.ref;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.template.StackTemplate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A template in the shape {@code cdk synth} writes for an environment-agnostic stack (JSON, long forms). */
class CdkTemplateTest {

    private static final String FILE = "cdk.out/AgnosticStack.template.json";

    private static StackTemplate agnostic() {
        String json = Fixtures.resource("cdk-env-agnostic.template.json");
        return new StackTemplate("AgnosticStack", FILE, parse(FILE, json),
                null, null, Map.of(), null, null);
    }

    @Test
    void withoutRegionTheAzIsTheCanonicalUnknownAndTheRestIsKnown() {
        ResolvedStack s = new Resolver(ResolveOptions.defaults()).resolve(List.of(agnostic())).stacks().get(0);
        Resource subnet = s.resources().get("VpcPublicSubnet1Subnet5C2D37C4");
        assertThat(subnet.property("AvailabilityZone")).isInstanceOfSatisfying(Value.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("Fn::Select[0, Fn::GetAZs '']");
            assertThat(u.position().toString()).isEqualTo(FILE + ":16:25");
        });
        assertThat(subnet.property("CidrBlock")).isEqualTo(text("10.1.0.0/24"));
        assertThat(subnet.property("MapPublicIpOnLaunch")).isEqualTo(text("true"));
        assertThat(subnet.property("VpcId")).isEqualTo(ref("AgnosticStack", "Vpc8378EB38"));
        assertThat(subnet.tags()).containsEntry("aws-cdk:subnet-type", "Public");
        assertThat(subnet.constructPath()).isEqualTo("AgnosticStack/Vpc/PublicSubnet1/Subnet");
        assertThat(s.resources().get("VpcS3Endpoint").property("ServiceName")).isInstanceOfSatisfying(
                Value.Concat.class, c -> assertThat(c.unknowns()).singleElement()
                        .satisfies(u -> assertThat(u.expression()).isEqualTo("Ref AWS::Region")));
        assertThat(s.resources().get("VpcIGWD7BA715C").properties().entries()).isEmpty();
    }

    @Test
    void eachTargetRegionGetsItsAzsAndServiceName() {
        ResolveOptions o = new ResolveOptions(Map.of(), List.of("us-west-2", "ap-northeast-1"), Map.of());
        ResolvedRun run = new Resolver(o).resolve(List.of(agnostic()));
        assertThat(run.stacks()).hasSize(2);
        assertThat(run.resource(new ResourceId("AgnosticStack", "VpcPublicSubnet2Subnet691E08A3"), "ap-northeast-1")
                .orElseThrow().property("AvailabilityZone")).isEqualTo(text("ap-northeast-1c"));
        assertThat(run.resource(new ResourceId("AgnosticStack", "VpcS3Endpoint"), "us-west-2")
                .orElseThrow().property("ServiceName")).isEqualTo(text("com.amazonaws.us-west-2.s3"));
    }

    @Test
    void oneResolverServesParallelCalls() throws Exception {
        Resolver resolver = new Resolver(new ResolveOptions(Map.of(), List.of("eu-west-1"), Map.of()));
        List<StackTemplate> stacks = List.of(agnostic());
        ResolvedRun expected = resolver.resolve(stacks);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<ResolvedRun> task = () -> resolver.resolve(stacks);
            List<Future<ResolvedRun>> results = pool.invokeAll(java.util.Collections.nCopies(16, task));
            for (Future<ResolvedRun> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
