package dev.airgap.require;

/**
 * The requirements themselves are wrong (unknown selector syntax, an exception without a reason, a negative
 * amount): the build cannot judge the templates until the POM is fixed. The message is one line.
 */
public final class RequirementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequirementException(String message) {
        super(message);
    }
}
