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
    private final Map<String, Truth> values = new HashMap<>();

    ConditionTable(StackScope scope, MapNode declarations) {
        this.scope = scope;
        this.declarations = declarations;
    }

    /**
     * The truth of a named condition.
     *
     * @throws InputException when no condition has that name, or when conditions refer to each other in a circle
     *                        (CloudFormation rejects both)
     */
    Truth truth(String name, SourcePosition at) {
        Node decl = declarations.get(name);
        if (decl == null) {
            throw new InputException(at, "condition " + name + " does not exist in stack " + scope.name(),
                    "declare it under Conditions, or fix the name (condition names are case-sensitive)");
        }
        Truth known = values.get(name);
        if (known != null) {
            return known;
        }
        CycleGuard.Frame frame = new CycleGuard.Frame(scope.frame("condition", name, "").key(), name, true);
        Truth[] cyclic = new Truth[1];
        Truth t = scope.run().guard().within(frame, () -> ConditionFunctions.evaluate(decl, scope), cycle -> {
            if (onlyConditions(cycle)) {
                throw new InputException(decl.position(), "circular Conditions in stack " + scope.name() + ": "
                        + CycleGuard.describe(cycle), "a condition cannot depend on itself; break the circle");
            }
            cyclic[0] = Truth.unknown(name, "circular dependency: " + CycleGuard.describe(cycle));
            return cyclic[0];
        });
        if (cyclic[0] == null) {
            values.put(name, t);
        }
        return t;
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
