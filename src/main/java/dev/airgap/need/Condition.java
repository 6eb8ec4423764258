package dev.airgap.need;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When a workload of a kind needs a service. Some conditions are in the templates (an image URI, a log driver);
 * others are not (the Session Manager preferences, what pods do): a need under those is a hint, never a failure.
 */
public enum Condition {
    ALWAYS("always", true, "always"),
    IMAGE_IN_ECR("imageInEcr", true, "a container image is in a private ECR repository"),
    AWSLOGS_DRIVER("awslogsDriver", true, "a container logs with the awslogs driver"),
    SECRETS_MANAGER_SECRET("secretsManagerSecret", true, "a container takes a Secrets Manager secret"),
    SSM_PARAMETER_SECRET("ssmParameterSecret", true, "a container takes a Systems Manager parameter"),
    EC2_LAUNCH_TYPE("ec2LaunchType", true, "the tasks run on EC2 container instances"),
    SESSION_ENCRYPTION("sessionEncryption", false, "Session Manager encrypts sessions with KMS"),
    SESSION_LOGGING("sessionLogging", false, "Session Manager logs sessions"),
    SERVICE_ACCOUNT_ROLES("serviceAccountRoles", false, "pods use IAM roles for service accounts");

    private final String key;
    private final boolean decidable;
    private final String text;

    Condition(String key, boolean decidable, String text) {
        this.key = key;
        this.decidable = decidable;
        this.text = text;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** Whether the templates can tell if it holds. */
    public boolean decidable() {
        return decidable;
    }

    /** The condition in words: "when " + text. */
    public String text() {
        return text;
    }
}
