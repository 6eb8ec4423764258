package dev.airgap.need;

import com.fasterxml.jackson.annotation.JsonValue;

/** A row of the table of needs: the kinds of workload whose needs AWS documents. */
public enum WorkloadKind {
    SSM_MANAGED_INSTANCE("ssmManagedInstance"),
    ECS_TASK("ecsTask"),
    EKS_NODE("eksNode");

    private final String key;

    WorkloadKind(String key) {
        this.key = key;
    }

    /** The table's and the reports' name. */
    @JsonValue
    public String key() {
        return key;
    }
}
