package dev.airgap.need;

import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an ECS service's task definition and launch settings say about the services its tasks call before the
 * application runs: where the images come from, the log driver, the secrets, and whether the tasks run on EC2.
 *
 * @param images      every container's image
 * @param awslogs     a container uses the {@code awslogs} log driver
 * @param secrets     the {@code ValueFrom} of every secret, rendered (placeholders for deploy-time parts)
 * @param launchType  FARGATE, EC2, or null when the cluster's default capacity provider strategy decides
 * @param unknown     why the task definition could not be read, or null
 */
record TaskDefinitionFacts(List<ImageUri> images, boolean awslogs, List<Secret> secrets, String launchType,
                           String unknown) {

    /** A secret's source: Secrets Manager, Parameter Store, or UNKNOWN with the value as far as it is known. */
    record Secret(String store, String valueFrom) {
        static final String SECRETS_MANAGER = "secretsmanager";
        static final String SSM = "ssm";
        static final String UNKNOWN = "unknown";
    }

    static TaskDefinitionFacts of(Resource service, ResolvedRun run, String region) {
        String launch = launchType(service);
        Value def = service.property("TaskDefinition");
        if (!(def instanceof Value.Ref ref)) {
            return new TaskDefinitionFacts(List.of(), false, List.of(), launch,
                    "the task definition is not a resource of the run");
        }
        Resource task = run.resource(ref.target(), region).orElse(null);
        if (task == null || !task.type().equals("AWS::ECS::TaskDefinition")) {
            return new TaskDefinitionFacts(List.of(), false, List.of(), launch,
                    "task definition " + ref.target().logicalId() + " is not in the run");
        }
        if (launch == null && compatibleOnlyWithFargate(task)) {
            launch = "FARGATE";
        }
        List<ImageUri> images = new ArrayList<>();
        List<Secret> secrets = new ArrayList<>();
        boolean awslogs = false;
        Value containers = task.property("ContainerDefinitions");
        if (!(containers instanceof Value.ListValue list)) {
            return new TaskDefinitionFacts(List.of(), false, List.of(), launch,
                    "the ContainerDefinitions of " + task.id().logicalId() + " are not known before deployment");
        }
        for (Value c : list.items()) {
            if (!(c instanceof Value.MapValue m)) {
                images.add(ImageUri.of(c));
                continue;
            }
            images.add(ImageUri.of(m.get("Image")));
            if (m.get("LogConfiguration") instanceof Value.MapValue log
                    && log.get("LogDriver") instanceof Value.Text d && d.value().equals("awslogs")) {
                awslogs = true;
            }
            if (m.get("Secrets") instanceof Value.ListValue s) {
                for (Value item : s.items()) {
                    Value from = item instanceof Value.MapValue sm ? sm.get("ValueFrom") : item;
                    secrets.add(secret(from, run, region));
                }
            }
        }
        return new TaskDefinitionFacts(images, awslogs, secrets, launch, null);
    }

    /** {@code LaunchType}, else a capacity provider strategy of Fargate providers only; null when neither says. */
    private static String launchType(Resource service) {
        if (service.property("LaunchType") instanceof Value.Text t) {
            return t.value().toUpperCase(Locale.ROOT);
        }
        if (service.property("CapacityProviderStrategy") instanceof Value.ListValue l && !l.items().isEmpty()) {
            boolean fargate = l.items().stream().allMatch(i -> i instanceof Value.MapValue m
                    && m.get("CapacityProvider") instanceof Value.Text p && p.value().startsWith("FARGATE"));
            return fargate ? "FARGATE" : "EC2";
        }
        return null;
    }

    private static boolean compatibleOnlyWithFargate(Resource task) {
        return task.property("RequiresCompatibilities") instanceof Value.ListValue l && !l.items().isEmpty()
                && l.items().stream().allMatch(v -> v instanceof Value.Text t && t.value().equals("FARGATE"));
    }

    /**
     * Secrets Manager ARNs ({@code arn:…:secretsmanager:…}, or a {@code Ref} to a secret of the run) and
     * Parameter Store ones ({@code arn:…:ssm:…}, a {@code Ref} to a parameter, or a bare parameter name).
     */
    private static Secret secret(Value from, ResolvedRun run, String region) {
        if (from instanceof Value.Ref r) {
            String type = run.resource(r.target(), region).map(Resource::type).orElse("");
            if (type.startsWith("AWS::SecretsManager::")) {
                return new Secret(Secret.SECRETS_MANAGER, r.target().logicalId());
            }
            if (type.equals("AWS::SSM::Parameter")) {
                return new Secret(Secret.SSM, r.target().logicalId());
            }
        }
        String text = ImageUri.render(from);
        if (text == null || text.equals(ImageUri.PLACEHOLDER)) {
            return new Secret(Secret.UNKNOWN, text == null ? "?" : text);
        }
        if (text.contains(":secretsmanager:")) {
            return new Secret(Secret.SECRETS_MANAGER, text);
        }
        if (text.contains(":ssm:") || !text.startsWith("arn:") && !text.contains(ImageUri.PLACEHOLDER)) {
            return new Secret(Secret.SSM, text);
        }
        return new Secret(Secret.UNKNOWN, text);
    }
}
