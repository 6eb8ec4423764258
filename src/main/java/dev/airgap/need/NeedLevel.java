package dev.airgap.need;

/** How sure the analysis is that a workload needs a service. */
public enum NeedLevel {
    /** The table's condition holds for this workload: without the service it does not work. */
    REQUIRED,
    /** Whether the condition holds is not in the templates (an image URI from a parameter without a value). */
    UNKNOWN,
    /**
     * A hint: the workload's role grants actions on the service (Lambda), or the table's condition is one the
     * templates cannot tell (Session Manager logging). Never a failure unless the requirement opts in.
     */
    LIKELY
}
