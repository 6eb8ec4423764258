package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Known;
import dev.airgap.network.NetworkAcl;
import dev.airgap.network.NetworkAclEntry;
import dev.airgap.resolve.ResourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stateless, ordered, first match per port, implicit deny: the ACL rules on their own. */
class NetworkAclEvaluatorTest {

    private static final ResourceId ACL = new ResourceId("S", "Acl");
    private static final Party CLIENT = Party.block(Known.of(Cidrs.parseOrNull("10.0.1.0/24")), Set.of(), "client");

    private static NetworkAclEntry entry(int rule, boolean allow, String cidr, int from, int to) {
        return new NetworkAclEntry(new ResourceId("S", "E" + rule), rule, false, "tcp", from, to,
                Known.of(Cidrs.parseOrNull(cidr)), allow);
    }

    private static NetworkAcl acl(NetworkAclEntry... entries) {
        return new NetworkAcl(ACL, "S/Acl", Known.unknown("n/a"), List.of(entries), false);
    }

    @Test
    void theLowestMatchingRuleWinsAndTheRestIsImplicitlyDenied() {
        NetworkAcl acl = acl(entry(100, false, "10.0.1.0/24", 443, 443), entry(200, true, "0.0.0.0/0", 0, 65535));
        assertThat(NetworkAclEvaluator.evaluate(acl, false, 443, 443, CLIENT).kind()).isEqualTo(FilterVerdict.Kind.DENY);
        assertThat(NetworkAclEvaluator.evaluate(acl, false, 80, 80, CLIENT).allowed()).isTrue();
        assertThat(NetworkAclEvaluator.evaluate(acl(), false, 80, 80, CLIENT).detail()).contains("implicit deny");
    }

    @Test
    void aRangeIsAllowedOnlyWhenEveryPortIs() {
        NetworkAcl split = acl(entry(100, true, "0.0.0.0/0", 1024, 30000), entry(110, true, "10.0.0.0/16", 30001,
                65535));
        assertThat(NetworkAclEvaluator.evaluate(split, false, 1024, 65535, CLIENT).allowed()).isTrue();
        NetworkAcl gap = acl(entry(100, true, "0.0.0.0/0", 1024, 30000));
        assertThat(NetworkAclEvaluator.evaluate(gap, false, 1024, 65535, CLIENT).kind())
                .isEqualTo(FilterVerdict.Kind.DENY);
    }

    @Test
    void repliesToTheClientsEphemeralRangeAreEnoughWithAnAssumption() {
        NetworkAcl linuxOnly = acl(entry(100, true, "0.0.0.0/0", 32768, 65535));
        List<Code> notes = new ArrayList<>();
        assertThat(NetworkAclEvaluator.evaluateReplies(linuxOnly, false, CLIENT, notes).allowed()).isTrue();
        assertThat(notes).containsExactly(Code.ASSUMED_CLIENT_EPHEMERAL_PORTS);
    }

    @Test
    void anEntryThatMayCoverThePeerMakesItUnknown() {
        NetworkAcl partial = acl(entry(100, false, "10.0.1.0/25", 443, 443), entry(200, true, "0.0.0.0/0", 0, 65535));
        // 10.0.1.0/25 covers part of the client's /24: some clients are denied, some not
        assertThat(NetworkAclEvaluator.evaluate(partial, false, 443, 443, CLIENT).kind())
                .isEqualTo(FilterVerdict.Kind.UNKNOWN);
    }
}
