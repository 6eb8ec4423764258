package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.SourcePosition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code Conditions} of one stack instance, each evaluated once. */
final class ConditionTable {

    private final StackScope scope;
    private final MapNode declarations;
    private final Map<String, CycleGuard.Memo<ConditionValue>> values = new HashMap<>();

    ConditionTable(StackScope scope, MapNode declarations) {
        this.scope = scope;
        this.declarations = declarations;
        ConditionGraph.requireAcyclic(declarations, scope.name());
    }

    /**
     * The truth of a named condition.
     *
     * @throws InputException when no condition has that name, or when conditions refer to each other in a circle
     *                        (CloudFormation rejects both)
     */
    ConditionValue truth(String name, SourcePosition at) {
        Node decl = declarations.get(name);
        if (decl == null) {
            throw new InputException(at, "condition " + name + " does not exist in stack " + scope.name(),
                    "declare it under Conditions, or fix the name (condition names are case-sensitive)");
        }
        return scope.run().guard().memoised(values, name,
                () -> new CycleGuard.Frame(scope.frame("condition", name, "").key(), name, true),
                () -> ConditionFunctions.evaluate(decl, scope),
                cycle -> {
                    if (onlyConditions(cycle)) {
                        throw new InputException(decl.position(), "circular Conditions in stack " + scope.name()
                                + ": " + CycleGuard.describe(cycle),
                                "a condition cannot depend on itself; break the circle");
                    }
                    return ConditionValue.unknown(name, "circular dependency: " + CycleGuard.describe(cycle));
                });
    }

    private static boolean onlyConditions(List<CycleGuard.Frame> cycle) {
        for (CycleGuard.Frame f : cycle) {
            if (!f.condition()) {
                return false;
            }
        }
        return true;
    }
}
