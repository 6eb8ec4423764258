package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.output;
import static dev.airgap.resolve.Fixtures.stack;
import static dev.airgap.resolve.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.airgap.template.InputException;
import dev.airgap.template.StackTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Hostile templates end in a located {@link InputException}, never in a {@link StackOverflowError}, an
 * {@link OutOfMemoryError} or a hang: chains of references are refused past {@link EvaluationLimits#MAX_DEPTH},
 * values past {@link EvaluationLimits#MAX_CHARS} and {@link EvaluationLimits#MAX_ITEMS}. The big inputs are built
 * here, not committed. The timeout only guards against a hang; nothing here measures speed.
 */
class EvaluationLimitsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String DEPTH = "more than the limit of " + EvaluationLimits.MAX_DEPTH;
    private static final String CHARS = "characters, more than the limit of " + EvaluationLimits.MAX_CHARS;
    private static final String ITEMS = "items (list items, map entries, string parts), more than the limit of "
            + EvaluationLimits.MAX_ITEMS;

    // ---- chains of references

    /** Subnets whose CidrBlock is the next one's: {@code !GetAtt S(i+1).CidrBlock}, the last a literal. */
    static String getAttChain(int length, boolean reversed) {
        return cidrChain(length, reversed, "!GetAtt S%d.CidrBlock");
    }

    /** The same through {@code Fn::Sub}, the link that costs the most stack. */
    static String subChain(int length, boolean reversed) {
        return cidrChain(length, reversed, "!Sub '${S%d.CidrBlock}'");
    }

    private static String cidrChain(int length, boolean reversed, String link) {
        return chain(length, reversed, i -> i == length - 1
                ? "  S%d: {Type: AWS::EC2::Subnet, Properties: {CidrBlock: 10.0.0.0/24}}\n".formatted(i)
                : ("  S%d: {Type: AWS::EC2::Subnet, Properties: {CidrBlock: " + link + "}}\n").formatted(i, i + 1),
                "Outputs:\n  Out: {Value: !GetAtt S0.CidrBlock}\n");
    }

    private static String chain(int length, boolean reversed, IntFunction<String> resource, String tail) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            lines.add(resource.apply(i));
        }
        if (reversed) {
            java.util.Collections.reverse(lines);
        }
        return "Resources:\n" + String.join("", lines) + tail;
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String text) {
        return assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> Fixtures.one(text)))
                .isInstanceOf(InputException.class)
                .hasMessageMatching("Test\\.yaml:\\d+:\\d+: .*");
    }

    @Test
    void aChainOfTwentyThousandGetAttIsRefusedWhereItPassesTheLimit() {
        refused(getAttChain(20_000, false)).hasMessageContaining("nested " + (EvaluationLimits.MAX_DEPTH + 1)
                + " deep, " + DEPTH);
    }

    @Test
    void theSameChainDeclaredInReverseOrderIsRefusedToo() {
        // Each link finds the next one already evaluated; a remembered value counts as deep as it was to compute.
        refused(getAttChain(20_000, true)).hasMessageContaining(DEPTH);
    }

    @Test
    void aChainOfTwentyThousandConditionsIsRefused() {
        int n = 20_000;
        StringBuilder sb = new StringBuilder("Conditions:\n");
        for (int i = 0; i < n - 1; i++) {
            sb.append("  C%d: !And [!Equals [a, a], !Condition C%d]\n".formatted(i, i + 1));
        }
        sb.append("  C%d: !Equals [a, a]\n".formatted(n - 1));
        sb.append("Resources:\n  T: {Type: AWS::SNS::Topic, Condition: C0}\n");
        refused(sb.toString()).hasMessageContaining(DEPTH);
    }

    @Test
    void chainsOfRefSubAndOutputsAreRefused() {
        int n = 20_000;
        refused(subChain(n, false)).hasMessageContaining(DEPTH);
        String refs = chain(n, false, i -> i == n - 1
                ? "  S%d: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1}}\n".formatted(i)
                : "  S%d: {Type: AWS::EC2::Subnet, Properties: {VpcId: !GetAtt S%d.VpcId}}\n".formatted(i, i + 1),
                "Outputs:\n  Out: {Value: !GetAtt S0.VpcId}\n");
        refused(refs).hasMessageContaining(DEPTH);
    }

    @Test
    void aChainOfImportsAcrossStacksIsRefused() {
        List<StackTemplate> stacks = new ArrayList<>();
        int n = 300;
        for (int i = 0; i < n; i++) {
            String value = i == 0 ? "first" : "!ImportValue e" + (i - 1);
            stacks.add(stack("S" + i, "Resources:\n  T: {Type: AWS::SNS::Topic}\nOutputs:\n  O: {Value: " + value
                    + ", Export: {Name: e" + i + "}}\n"));
        }
        java.util.Collections.reverse(stacks);
        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> Fixtures.resolve(
                stacks.toArray(StackTemplate[]::new))))
                .isInstanceOf(InputException.class).hasMessageMatching("S\\d+\\.yaml:\\d+:\\d+: .*" + DEPTH + ".*");
    }

    @Test
    void aChainJustUnderTheLimitResolvesOnASmallThreadStack() throws InterruptedException {
        // Maven runs the mojos of a -T build on worker threads; the limit must hold on a stack half their default.
        int longest = longestAccepted();
        for (String template : List.of(getAttChain(longest, false), getAttChain(longest, true),
                subChain(longest, false), subChain(longest, true))) {
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    outcome.set(output(Fixtures.one(template), "Out"));
                } catch (Throwable e) {
                    outcome.set(e);
                }
            }, "t", 512 * 1024);
            t.start();
            t.join(HANG_GUARD.toMillis());
            assertThat(outcome.get()).isEqualTo(text("10.0.0.0/24"));
        }
        refused(getAttChain(longest + 1, false)).hasMessageContaining(DEPTH);
        refused(subChain(longest + 1, true)).hasMessageContaining(DEPTH);
    }

    /** The longest GetAtt chain the limit accepts, found on this (large) thread's stack. */
    private static int longestAccepted() {
        int n = 2;
        while (accepted(n + 1)) {
            n++;
        }
        assertThat(n).as("CDK chains are a few links long; the limit leaves room for many more").isGreaterThan(40);
        return n;
    }

    private static boolean accepted(int n) {
        try {
            Fixtures.one(getAttChain(n, false));
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    @Test
    void aDeepChainOfLiteralListsIsRefusedThroughReferences() {
        // Each property wraps the next one's value in a list: the value itself grows deeper with every link.
        int n = 20_000;
        String text = chain(n, true, i -> i == n - 1
                ? "  S%d: {Type: AWS::EC2::Subnet, Properties: {VpcId: [x]}}\n".formatted(i)
                : "  S%d: {Type: AWS::EC2::Subnet, Properties: {VpcId: [!GetAtt S%d.VpcId]}}\n".formatted(i, i + 1),
                "");
        refused(text).hasMessageContaining(DEPTH);
    }

    // ---- values that grow

    /**
     * Subnets R0..R(n-1) whose VpcId is {@code expression} of the next one's ({@code NEXT} as a function,
     * {@code NAME} inside Fn::Sub), the last one's next the parameter P(n) of default {@code seed}.
     */
    private static String growing(int links, String seed, String expression) {
        StringBuilder sb = new StringBuilder("Parameters:\n  Unset: {Type: String}\n  P%d: {Type: String, Default: '%s'}\n"
                .formatted(links, seed));
        sb.append("Resources:\n");
        for (int i = 0; i < links; i++) {
            boolean last = i + 1 == links;
            sb.append("  R%d: {Type: AWS::EC2::Subnet, Properties: {VpcId: %s}}\n".formatted(i, expression
                    .replace("NEXT", last ? "!Ref P" + links : "!GetAtt R" + (i + 1) + ".VpcId")
                    .replace("NAME", last ? "P" + links : "R" + (i + 1) + ".VpcId")));
        }
        return sb.toString();
    }

    private static final String KIB = "x".repeat(1024);

    @Test
    void doublingFortyDeepIsRefusedWhicheverLimitComesFirst() {
        for (String doubling : List.of("!Sub '${NAME}${NAME}'", "!Join ['', [NEXT, NEXT]]", "[NEXT, NEXT]",
                "{'Fn::ToJsonString': [NEXT, NEXT]}", "!Select [!Ref Unset, [NEXT, NEXT]]")) {
            refused(growing(40, "ab", doubling)).hasMessageMatching(".*, more than the limit of \\d+.*");
        }
    }

    @Test
    void subDoublingIsRefusedAtOneMebibyte() {
        refused(growing(20, KIB, "!Sub '${NAME}${NAME}'")).hasMessageContaining(CHARS);
    }

    @Test
    void joinDoublingIsRefused() {
        refused(growing(20, KIB, "!Join ['', [NEXT, NEXT]]")).hasMessageContaining(CHARS);
    }

    @Test
    void base64AndToJsonStringGrowthIsRefused() {
        refused(growing(30, KIB + KIB + KIB + KIB, "{'Fn::Base64': NEXT}")).hasMessageContaining(CHARS);
        refused(growing(20, KIB, "{'Fn::ToJsonString': [NEXT, NEXT]}")).hasMessageContaining(CHARS);
    }

    @Test
    void listDoublingIsRefusedThoughItsPartsAreShared() {
        // [X, X] of [Y, Y] of … takes little memory but 2^n items to walk or render.
        refused(growing(20, "ab", "[NEXT, NEXT]")).hasMessageContaining(ITEMS);
    }

    @Test
    void splittingAHugeStringIntoItemsIsRefused() {
        // 19 doublings of ',,' give a string of 1 Mi commas, within the length limit, but 1 Mi + 1 items when split.
        String text = growing(19, ",,", "!Join ['', [NEXT, NEXT]]")
                + "Outputs:\n  Out: {Value: !Select [0, !Split [',', !GetAtt R0.VpcId]]}\n";
        refused(text).hasMessageContaining(ITEMS);
    }

    @Test
    void unknownsWhoseExpressionsDoubleAreRefused() {
        // An unknown index keeps the whole list in the expression of the unknown it gives.
        refused(growing(20, KIB, "!Select [!Ref Unset, [NEXT, NEXT]]")).hasMessageContaining(CHARS);
    }

    @Test
    void forEachLoopsAreNotExpandedSoTheyCannotGrow() {
        ResolvedStack s = Fixtures.one(growing(30, "a", "[NEXT, NEXT]").replace("Resources:\n", """
                Transform: AWS::LanguageExtensions
                Resources:
                  'Fn::ForEach::Topics':
                    - Name
                    - !GetAtt R0.VpcId
                    - 'Topic${Name}': {Type: AWS::SNS::Topic}
                """).replaceAll("  R\\d+: .*\\n", ""));
        assertThat(s.resources()).isEmpty();
    }

    @Test
    void valuesJustUnderTheLimitsResolve() {
        // 2^19 characters twice over is exactly the limit.
        ResolvedStack s = Fixtures.one(growing(19, "ab", "!Join ['', [NEXT, NEXT]]")
                + "Outputs:\n  Out: {Value: !GetAtt R0.VpcId}\n");
        assertThat(((Value.Text) output(s, "Out")).value()).hasSize(EvaluationLimits.MAX_CHARS);
    }

    // ---- circular conditions that evaluation short-circuits past

    @Test
    void aConditionThatNamesItselfInsideFnOrIsCircular() {
        assertThatThrownBy(() -> Fixtures.one("""
                Conditions:
                  Always: !Equals [a, a]
                  Loop: !Or [!Condition Always, !Condition Loop]
                Resources:
                  T: {Type: AWS::SNS::Topic, Condition: Loop}
                """)).isInstanceOf(InputException.class)
                .hasMessage("Test.yaml:3:9: circular Conditions in stack Test: Loop -> Loop. a condition cannot "
                        + "depend on itself; break the circle");
    }

    @Test
    void aCircleThroughOtherConditionsBehindAndNotAndIfIsCircularEvenWhenUnused() {
        assertThatThrownBy(() -> Fixtures.one("""
                Conditions:
                  Never: !Equals [a, b]
                  A: !And [!Condition Never, !Not [!Condition B]]
                  B: !Or [!Equals [x, x], !Condition A]
                Resources:
                  T: {Type: AWS::SNS::Topic}
                """)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("Test.yaml:3:6: circular Conditions in stack Test: A -> B -> A");
    }

    @Test
    void aLongCircleOfConditionsIsFoundWithoutRecursionAndShownShort() {
        int n = 20_000;
        StringBuilder sb = new StringBuilder("Conditions:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  C%d: !Or [!Equals [a, a], !Condition C%d]\n".formatted(i, (i + 1) % n));
        }
        sb.append("Resources:\n  T: {Type: AWS::SNS::Topic, Condition: C0}\n");
        refused(sb.toString()).hasMessageContaining("circular Conditions in stack Test: C0 -> C1 -> C2 -> C3 -> … ("
                + (n + 1 - 8) + " more) -> C19997 -> C19998 -> C19999 -> C0");
    }

    @Test
    void conditionsThatShareAnOperandAreNotCircular() {
        ResolvedStack s = Fixtures.one("""
                Conditions:
                  Base: !Equals [a, a]
                  Left: !Or [!Condition Base, !Condition Base]
                  Right: !And [!Condition Base, !Condition Left]
                Resources:
                  T: {Type: AWS::SNS::Topic, Condition: Right}
                """);
        assertThat(s.resources()).containsKey("T");
    }

    @Test
    void theLimitsAreTheDocumentedNumbers() {
        assertThat(EvaluationLimits.MAX_DEPTH).isEqualTo(100);
        assertThat(EvaluationLimits.MAX_CHARS).isEqualTo(1_048_576);
        assertThat(EvaluationLimits.MAX_ITEMS).isEqualTo(100_000);
    }
}
