package dev.airgap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.airgap.policy.AccessEvaluator;
import dev.airgap.policy.AccessQuestion;
import dev.airgap.policy.Decision;
import dev.airgap.policy.Layer;
import dev.airgap.policy.PolicyDocument;
import dev.airgap.policy.PolicySet;
import dev.airgap.policy.PolicySource;
import dev.airgap.policy.RequestContext;
import dev.airgap.policy.ResourceArn;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import dev.airgap.template.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random policy documents as resolved {@link Value}s, some malformed, evaluated against random questions: evaluation
 * never throws and always answers ALLOW, DENY or UNKNOWN; adding an explicit Deny statement never turns a non-ALLOW
 * into ALLOW; adding a condition whose value the templates cannot know never turns a non-ALLOW into ALLOW.
 */
class PolicyFuzzTest {

    private static final List<String> ACTIONS = List.of("s3:*", "s3:GetObject", "s3:Get*", "s3:PutObject",
            "s3:ListBucket", "*", "iam:*", "dynamodb:GetItem", "s3:get?bject", "", "s3:");
    private static final List<String> RESOURCES = List.of("*", "arn:aws:s3:::b/*", "arn:aws:s3:::b",
            "arn:aws:s3:::c/k", "arn:*:s3:::b*", "arn:aws:dynamodb:us-east-1:123456789012:table/t", "b", "",
            "arn:aws:s3:::${aws:username}/*");
    private static final List<String> OPERATORS = List.of("StringEquals", "StringNotEquals", "StringLike",
            "ArnLike", "ArnNotEquals", "Bool", "Null", "IpAddress", "NotIpAddress", "NumericLessThan",
            "ForAnyValue:StringEquals", "ForAllValues:StringLike", "StringEqualsIfExists", "Nope");
    private static final List<String> KEYS = List.of("aws:SourceVpce", "aws:SourceVpc", "aws:SecureTransport",
            "aws:PrincipalArn", "aws:PrincipalAccount", "s3:prefix", "aws:SourceIp", "aws:RequestedRegion",
            "aws:CalledVia", "nope:Key");
    private static final List<String> QUESTIONS = List.of("s3:GetObject arn:aws:s3:::b/k",
            "s3:ListBucket arn:aws:s3:::b", "s3:PutObject arn:aws:s3:::c/k", "dynamodb:GetItem "
                    + "arn:aws:dynamodb:us-east-1:123456789012:table/t", "iam:CreateUser *");

    static void check(byte[] bytes) {
        FuzzBytes in = new FuzzBytes(bytes);
        Layer layer = in.pick(List.of(Layer.values()));
        List<Value> statements = new ArrayList<>();
        for (int i = 0; i < 1 + in.pick(3); i++) {
            statements.add(statement(in, in.pick(List.of("Allow", "Deny", "allow", "Maybe")), in.flag()));
        }
        String[] q = in.pick(QUESTIONS).split(" ");
        AccessQuestion question = new AccessQuestion(q[0], ResourceArn.arn(q[1]));
        RequestContext.Builder context = RequestContext.builder().region("us-east-1");
        if (in.flag()) {
            context.notThroughEndpoint();
        }
        AccessEvaluator evaluator = new AccessEvaluator(PolicySet.builder().build(), context.build());

        Decision base = decide(evaluator, layer, statements, question);
        // An added explicit Deny can only take permissions away.
        List<Value> denied = new ArrayList<>(statements);
        denied.add(statement(in, "Deny", in.flag()));
        Decision withDeny = decide(evaluator, layer, denied, question);
        if (withDeny == Decision.ALLOW) {
            assertThat(base).as("Deny added to %s", statements).isEqualTo(Decision.ALLOW);
        }
        // A condition the templates cannot decide never grants more than the statement without it.
        int which = in.pick(statements.size());
        List<Value> conditioned = new ArrayList<>(statements);
        conditioned.set(which, withUnknownCondition(in, statements.get(which)));
        Decision withUnknown = decide(evaluator, layer, conditioned, question);
        if (withUnknown == Decision.ALLOW) {
            assertThat(base).as("unknown condition added to %s", statements.get(which)).isEqualTo(Decision.ALLOW);
        }
    }

    private static Decision decide(AccessEvaluator evaluator, Layer layer, List<Value> statements,
                                   AccessQuestion question) {
        Map<String, Value> doc = new LinkedHashMap<>();
        doc.put("Version", new Value.Text(PolicyDocument.V2012));
        doc.put("Statement", new Value.ListValue(statements));
        PolicyDocument parsed = PolicyDocument.parse(PolicySource.of(layer, "fuzz"), new Value.MapValue(doc));
        Decision d = evaluator.evaluate(parsed, question).decision();
        assertThat(d).isNotNull();
        return d;
    }

    private static Value statement(FuzzBytes in, String effect, boolean condition) {
        Map<String, Value> s = new LinkedHashMap<>();
        if (in.pick(8) != 0) {
            s.put("Effect", new Value.Text(effect));
        }
        s.put(in.pick(6) == 0 ? "NotAction" : "Action", strings(in, ACTIONS));
        s.put(in.pick(6) == 0 ? "NotResource" : "Resource", strings(in, RESOURCES));
        switch (in.pick(5)) {
            case 0 -> s.put("Principal", new Value.Text("*"));
            case 1 -> s.put("Principal", new Value.MapValue(Map.of("AWS", strings(in,
                    List.of("*", "arn:aws:iam::123456789012:root", "123456789012")))));
            case 2 -> s.put("NotPrincipal", new Value.MapValue(Map.of("Service", new Value.Text("s3.amazonaws.com"))));
            case 3 -> s.put("Principal", unknown("Principal"));
            default -> { }
        }
        if (condition) {
            s.put("Condition", condition(in));
        }
        if (in.pick(10) == 0) {
            s.put("Sid", new Value.Text(in.text(8)));
        }
        return new Value.MapValue(s);
    }

    private static Value condition(FuzzBytes in) {
        Map<String, Value> ops = new LinkedHashMap<>();
        for (int i = 0; i < 1 + in.pick(2); i++) {
            Map<String, Value> keys = new LinkedHashMap<>();
            keys.put(in.pick(KEYS), strings(in, List.of("vpce-1", "vpc-1", "true", "false", "10.0.0.0/8", "1",
                    "arn:aws:iam::123456789012:role/*", "us-east-1", "home/*")));
            ops.put(in.pick(OPERATORS), new Value.MapValue(keys));
        }
        return new Value.MapValue(ops);
    }

    private static Value withUnknownCondition(FuzzBytes in, Value statement) {
        Map<String, Value> s = new LinkedHashMap<>(((Value.MapValue) statement).entries());
        Map<String, Value> ops = new LinkedHashMap<>();
        if (s.get("Condition") instanceof Value.MapValue existing) {
            ops.putAll(existing.entries());
        }
        String op = in.pick(OPERATORS);
        Map<String, Value> keys = new LinkedHashMap<>();
        if (ops.get(op) instanceof Value.MapValue sameOp) {
            keys.putAll(sameOp.entries());
        }
        String key = "airgap:Fuzz" + in.pick(3);
        keys.put(in.flag() ? key : in.pick(KEYS) + "X", unknown(key));
        ops.put(op, new Value.MapValue(keys));
        s.put("Condition", new Value.MapValue(ops));
        return new Value.MapValue(s);
    }

    private static Value strings(FuzzBytes in, List<String> pool) {
        return switch (in.pick(6)) {
            case 0 -> new Value.ListValue(List.of(new Value.Text(in.pick(pool)), new Value.Text(in.pick(pool))));
            case 1 -> unknown("value");
            case 2 -> new Value.Concat(List.of(new Value.Text("arn:aws:s3:::"),
                    new Value.Ref(new ResourceId("Stack", "Bucket")), new Value.Text("/*")));
            case 3 -> new Value.Text(in.text(12));
            default -> new Value.Text(in.pick(pool));
        };
    }

    private static Value unknown(String expression) {
        return new Value.Unknown(expression, "fuzz: " + expression, SourcePosition.UNKNOWN);
    }

    @FuzzTest
    void decidesMonotonically(byte[] bytes) {
        check(bytes);
    }

    @TestFactory
    Stream<DynamicTest> seedsAndSavedInputs() {
        return Stream.concat(Seeds.replay("policy", PolicyFuzzTest::check),
                Stream.of(Seeds.random(2000, 256, PolicyFuzzTest::check)));
    }
}
