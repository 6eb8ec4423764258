package dev.airgap.resolve;

/** A resource of the run: the stack it is declared in and its logical ID. */
public record ResourceId(String stack, String logicalId) implements Comparable<ResourceId> {

    @Override
    public int compareTo(ResourceId o) {
        int c = stack.compareTo(o.stack);
        return c != 0 ? c : logicalId.compareTo(o.logicalId);
    }

    @Override
    public String toString() {
        return stack + "/" + logicalId;
    }
}
