package dev.airgap.template;

import java.util.List;

/**
 * Several inputs that cannot be read, reported together so that one build shows every file to fix, not only the
 * first. Its message lists each problem on a line of its own, located as {@link InputException}'s are.
 */
public final class InputProblems extends InputException {

    private static final long serialVersionUID = 1L;

    private final transient List<InputException> problems;

    public InputProblems(List<InputException> problems) {
        super(problems.get(0).position(), problems.size() + " inputs cannot be read", "fix each one listed");
        this.problems = List.copyOf(problems);
    }

    /** Each input's problem, in the order the inputs were read. */
    public List<InputException> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder(problem()).append(':');
        for (InputException p : problems) {
            sb.append("\n  ").append(p.getMessage());
        }
        return sb.toString();
    }
}
