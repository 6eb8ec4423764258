package dev.airgap.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.require.Evaluation;
import dev.airgap.require.Subject;
import dev.airgap.require.Violation;
import dev.airgap.require.Waived;
import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViolationLogTest {

    private static Violation violation(int n) {
        Subject subnet = new Subject("NetworkStack", "VpcPublicSubnet" + n, "NetworkStack/Vpc/PublicSubnet" + n
                + "/Subnet", Map.of());
        return Violation.of("noInternet", "noInternet", subnet.describe()).subnet(subnet).stack("NetworkStack")
                .region("ap-northeast-1").found("internet egress INTERNET_GATEWAY: a -> b")
                .at(new ResourceId("NetworkStack", "VpcIGW"), new SourcePosition("cdk.out/x.json", 12, 5))
                .fix("remove the route").build();
    }

    @Test
    void aBlockNamesEverythingAReviewerNeeds() {
        assertThat(ViolationLog.block(violation(1))).containsExactly(
                "airgap: [noInternet] violated: NetworkStack/Vpc/PublicSubnet1/Subnet (VpcPublicSubnet1)",
                "  subnet:    NetworkStack/Vpc/PublicSubnet1/Subnet (logical ID VpcPublicSubnet1), stack NetworkStack, "
                        + "region ap-northeast-1",
                "  found:     internet egress INTERNET_GATEWAY: a -> b",
                "  component: VpcIGW (cdk.out/x.json:12)",
                "  fix:       remove the route");
    }

    @Test
    void theFailureMessageCountsNamesTheFirstOffendersAndTheReport() {
        List<Violation> vs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            vs.add(violation(i));
        }
        Evaluation e = new Evaluation(vs, List.of(), List.of());
        String message = ViolationLog.failure(e, Path.of("target", "airgap", "airgap.json"));

        assertThat(message).startsWith("airgap: 5 requirement violations: [noInternet] "
                + "NetworkStack/Vpc/PublicSubnet1/Subnet (VpcPublicSubnet1) in ap-northeast-1: internet egress "
                + "INTERNET_GATEWAY: a -> b (VpcIGW at cdk.out/x.json:12); [noInternet]");
        assertThat(message).contains("; and 2 more.");
        assertThat(message).endsWith("the full report is " + Path.of("target", "airgap", "airgap.json"));
        assertThat(message).doesNotContain("\n");
        assertThat(ViolationLog.total(e, 1)).isEqualTo("airgap: 5 requirement violations (noInternet 5)");
    }

    @Test
    void passingAndWaivedTotals() {
        Evaluation e = new Evaluation(List.of(), List.of(new Waived(violation(1), "web tier", "<except> subnet x")),
                List.of());
        assertThat(ViolationLog.total(e, 2)).isEqualTo("airgap: 2 requirements met (1 violation waived)");
        assertThat(ViolationLog.waived(e.waived().get(0))).isEqualTo("airgap: [noInternet] waived for "
                + "NetworkStack/Vpc/PublicSubnet1/Subnet (VpcPublicSubnet1) in ap-northeast-1 by <except> subnet x: "
                + "web tier");
    }

    @Test
    void aLogicalIdWithControlCharactersCannotForgeOrRecolourLogLines() {
        String hostile = "Public\u001b[31m\n[ERROR] forged\u0000";
        Subject subnet = new Subject("NetworkStack", hostile, "NetworkStack/" + hostile, Map.of());
        Violation v = Violation.of("noInternet", "noInternet", subnet.describe()).subnet(subnet).stack("NetworkStack")
                .region("ap-northeast-1").found("internet egress via " + hostile)
                .at(new ResourceId("NetworkStack", hostile), new SourcePosition("cdk.out/x.json", 12, 5))
                .fix("remove the route").build();
        Evaluation e = new Evaluation(List.of(v), List.of(new Waived(v, "because\nreasons", "<except>")), List.of());

        List<String> lines = new ArrayList<>(ViolationLog.block(v));
        lines.add(ViolationLog.waived(e.waived().get(0)));
        lines.add(ViolationLog.failure(e, null));

        assertThat(lines).hasSize(ViolationLog.block(violation(1)).size() + 2)
                .allSatisfy(l -> assertThat(l.chars().filter(Character::isISOControl)).isEmpty());
        assertThat(lines.get(0)).contains("Public\\u001B[31m\\u000A[ERROR] forged\\u0000");
        assertThat(lines.get(lines.size() - 2)).endsWith("because\\u000Areasons");
    }
}
