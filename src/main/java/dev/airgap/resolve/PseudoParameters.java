package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import java.util.Set;

/** CloudFormation's pseudo parameters ({@code AWS::Region}, {@code AWS::AccountId}, …) for one stack instance. */
final class PseudoParameters {

    static final String REGION = "AWS::Region";
    static final String NO_VALUE = "AWS::NoValue";

    private static final Set<String> NAMES = Set.of(REGION, "AWS::AccountId", "AWS::Partition", "AWS::URLSuffix",
            "AWS::StackName", "AWS::StackId", "AWS::NotificationARNs", NO_VALUE);

    private PseudoParameters() {
    }

    static boolean isPseudo(String name) {
        return name.startsWith("AWS::");
    }

    /** The value of a pseudo parameter; an error for a name CloudFormation does not know. */
    static Value value(String name, StackScope scope, SourcePosition at) {
        String region = scope.region();
        switch (name) {
            case REGION:
                return region != null ? new Value.Text(region) : unknownRegion("Ref " + REGION, at);
            case "AWS::AccountId":
                return scope.template().account() != null ? new Value.Text(scope.template().account())
                        : new Value.Unknown("Ref AWS::AccountId", "the stack is not bound to an account, so the "
                                + "account it is deployed to is known only at deployment", at);
            case "AWS::Partition":
                return region != null ? new Value.Text(Partition.of(region).id())
                        : unknownRegion("Ref AWS::Partition", at);
            case "AWS::URLSuffix":
                return region != null ? new Value.Text(Partition.of(region).urlSuffix())
                        : unknownRegion("Ref AWS::URLSuffix", at);
            case "AWS::StackName":
                return scope.template().nested()
                        ? new Value.Unknown("Ref AWS::StackName", "CloudFormation names a nested stack when it "
                                + "creates it (parent name, logical ID and a random suffix)", at)
                        : new Value.Text(scope.name());
            case "AWS::StackId":
                return new Value.Unknown("Ref AWS::StackId", "a stack ID is assigned at deployment", at);
            case "AWS::NotificationARNs":
                return new Value.Unknown("Ref AWS::NotificationARNs",
                        "notification ARNs are given when the stack is deployed", at);
            case NO_VALUE:
                return Value.NoValue.INSTANCE;
            default:
                throw new InputException(at, "unknown pseudo parameter " + name,
                        "CloudFormation knows " + String.join(", ", new java.util.TreeSet<>(NAMES)));
        }
    }

    static Value.Unknown unknownRegion(String expression, SourcePosition at) {
        return new Value.Unknown(expression, "the stack is environment-agnostic and no target region was given; "
                + "set the plugin's <regions> (airgap.regions)", at);
    }
}
