package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.ListNode;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import dev.airgap.template.SourcePosition;

/**
 * One call of an intrinsic function: {@code {Fn::Name: argument}} as it stands in a stack. Also the place where
 * argument shapes CloudFormation would reject become {@link InputException}s at the call's position.
 *
 * @param scope    the stack instance the call is evaluated in
 * @param function the function's key, e.g. {@code Fn::Select}
 * @param argument the function's argument node
 * @param node     the whole call, for its position
 */
record Call(StackScope scope, String function, Node argument, MapNode node) {

    SourcePosition position() {
        return node.position();
    }

    Value eval(Node n) {
        return scope.eval(n);
    }

    /** The argument as a list of exactly {@code size} items; {@code shape} shows the expected form in messages. */
    ListNode list(int size, String shape) {
        return list(size, size, shape);
    }

    ListNode list(int min, int max, String shape) {
        if (argument instanceof ListNode l && l.size() >= min && l.size() <= max) {
            return l;
        }
        String found = argument instanceof ListNode l ? "a list of " + l.size() : argument.describe();
        throw error(function + " takes " + shape + ", found " + found, "write " + function + ": " + shape);
    }

    /** A literal string argument (CloudFormation accepts no function in these places). */
    String literal(Node n, String what) {
        if (n instanceof ScalarNode s && !s.isNull()) {
            return s.value();
        }
        throw new InputException(n.position(), function + " needs " + what + " as a literal string, found "
                + n.describe(), "write the " + what + " out; CloudFormation does not evaluate functions there");
    }

    InputException error(String problem, String hint) {
        return new InputException(position(), problem, hint);
    }

    Value.Unknown unknown(String expression, String reason) {
        return new Value.Unknown(expression, reason, position());
    }

    Value.Unknown compose(String expression, Value cause) {
        return StringParts.compose(expression, cause, position());
    }
}
