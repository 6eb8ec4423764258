package dev.airgap.need;

import dev.airgap.network.Known;
import dev.airgap.network.NetworkModel;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Workload;
import dev.airgap.policy.RunPolicies;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives what each workload the network stage placed in subnets needs to reach: the table's rows that apply to it
 * (an instance whose role carries the SSM Agent's permissions, an ECS service's tasks, an EKS node group), each
 * need under its condition as the templates show it, and for a Lambda function the services its role grants
 * actions on, as hints.
 *
 * <pre>{@code
 * List<NeedsOfWorkload> needs = new NeedDeriver(NeedsTable.bundled()).derive(model, run);
 * }</pre>
 */
public final class NeedDeriver {

    /** The call SSM Agent registers with; AmazonSSMManagedInstanceCore and its equivalents allow it. */
    static final String SSM_AGENT_ACTION = "ssm:UpdateInstanceInformation";

    /**
     * Prefixes a Lambda role lists for calls the Lambda service makes itself, outside the function's network
     * interfaces: its logs, its ENIs, its traces.
     */
    private static final Set<String> LAMBDA_SERVICE_CALLS = Set.of("logs", "ec2", "xray");

    /** IAM prefixes whose endpoint service key differs. */
    private static final Map<String, String> ENDPOINT_KEYS = Map.of(
            "kinesis", "kinesis-streams", "cloudwatch", "monitoring", "bedrock", "bedrock-runtime");

    private final NeedsTable table;

    public NeedDeriver(NeedsTable table) {
        this.table = table;
    }

    /** Every workload that needs something or whose needs cannot be told, by stack, logical ID and region. */
    public List<NeedsOfWorkload> derive(NetworkModel model, ResolvedRun run) {
        List<NeedsOfWorkload> out = new ArrayList<>();
        for (RegionNetwork network : model.regions()) {
            RunPolicies policies = RunPolicies.of(run, network.region());
            for (Workload w : network.workloads()) {
                Resource r = run.resource(w.id(), network.region()).orElse(null);
                if (r == null) {
                    continue;
                }
                Collector c = new Collector();
                switch (w.type()) {
                    case "AWS::EC2::Instance", "AWS::AutoScaling::AutoScalingGroup" -> ssm(w, policies, c);
                    case "AWS::ECS::Service", "AWS::ECS::TaskSet" -> ecs(r, run, network.region(), c);
                    case "AWS::EKS::Nodegroup" -> c.apply(entry(WorkloadKind.EKS_NODE),
                            n -> Fact.yes("an EKS node group's instances (" + n.when().text() + ")"));
                    case "AWS::Lambda::Function" -> lambda(w, policies, c);
                    default -> { }
                }
                if (!c.needs.isEmpty() || !c.notes.isEmpty()) {
                    out.add(new NeedsOfWorkload(w, network.region(), c.kinds, List.copyOf(c.needs.values()),
                            c.notes));
                }
            }
        }
        out.sort(Comparator.comparing((NeedsOfWorkload n) -> n.workload().id().stack())
                .thenComparing(n -> n.workload().id().logicalId()).thenComparing(NeedsOfWorkload::region));
        return out;
    }

    private TableEntry entry(WorkloadKind kind) {
        return table.entry(kind).orElseThrow(() -> new IllegalStateException("the table has no " + kind.key()));
    }

    /** An instance is SSM-managed when its profile's role allows the agent's registration call. */
    private void ssm(Workload w, RunPolicies policies, Collector c) {
        Known<ResourceId> profile = w.instanceProfile();
        if (!profile.isKnown() && profile.reason().equals("no instance profile")) {
            return; // no role at all: SSM Agent cannot register, so nothing is needed for it
        }
        String unknown;
        if (!profile.isKnown()) {
            unknown = "its instance profile is not known (" + profile.reason() + ")";
        } else {
            ResourceId role = policies.roleOfInstanceProfile(new Value.Ref(profile.get())).orElse(null);
            RoleActions actions = RoleActions.of(policies.identityOf(role));
            RoleActions.Answer a = actions.allows(SSM_AGENT_ACTION);
            if (a == RoleActions.Answer.NO) {
                return;
            }
            String roleName = role == null ? "the role" : "role " + role.logicalId();
            if (a == RoleActions.Answer.YES) {
                c.apply(entry(WorkloadKind.SSM_MANAGED_INSTANCE), n -> Fact.yes(roleName + " allows "
                        + SSM_AGENT_ACTION + ": SSM Agent registers with it"));
                return;
            }
            unknown = "whether " + roleName + " allows " + SSM_AGENT_ACTION + " is unknown: "
                    + actions.unknownReason();
        }
        c.apply(entry(WorkloadKind.SSM_MANAGED_INSTANCE), n -> Fact.unknown(unknown));
    }

    private void ecs(Resource service, ResolvedRun run, String region, Collector c) {
        TaskDefinitionFacts facts = TaskDefinitionFacts.of(service, run, region);
        if (facts.unknown() != null) {
            c.notes.add(facts.unknown() + ": the images, log driver and secrets of the tasks are unknown");
            c.apply(entry(WorkloadKind.ECS_TASK), n -> Fact.unknown(facts.unknown()));
            return;
        }
        List<String> ecr = new ArrayList<>();
        List<String> unknownImages = new ArrayList<>();
        for (ImageUri image : facts.images()) {
            switch (image.registry()) {
                case ECR -> {
                    ecr.add(image.text());
                    if (image.region() != null && !image.region().equals(region)) {
                        c.add(new WorkloadNeed(WorkloadNeed.INTERNET, NeedLevel.REQUIRED, "image " + image.text()
                                + " is in ECR of " + image.region() + ": the VPC's endpoints serve only " + region,
                                null));
                    }
                }
                case OTHER -> c.add(new WorkloadNeed(WorkloadNeed.INTERNET, NeedLevel.REQUIRED, "image "
                        + image.text() + " comes from a registry that no VPC endpoint serves", null));
                case UNKNOWN -> unknownImages.add(image.text() == null ? "?" : image.text());
            }
        }
        List<TaskDefinitionFacts.Secret> secrets = facts.secrets();
        c.apply(entry(WorkloadKind.ECS_TASK), n -> switch (n.when()) {
            case ALWAYS -> Fact.yes("ECS tasks");
            case IMAGE_IN_ECR -> !ecr.isEmpty() ? Fact.yes("image " + ecr.get(0) + " is in ECR")
                    : unknownImages.isEmpty() ? Fact.NO
                    : Fact.unknown("image " + unknownImages.get(0) + " is not known before deployment");
            case AWSLOGS_DRIVER -> facts.awslogs() ? Fact.yes("a container logs with the awslogs driver") : Fact.NO;
            case SECRETS_MANAGER_SECRET -> secretIn(secrets, TaskDefinitionFacts.Secret.SECRETS_MANAGER);
            case SSM_PARAMETER_SECRET -> secretIn(secrets, TaskDefinitionFacts.Secret.SSM);
            case EC2_LAUNCH_TYPE -> facts.launchType() == null
                    ? Fact.unknown("neither LaunchType nor CapacityProviderStrategy is given: the cluster's default "
                    + "capacity provider strategy decides whether tasks run on EC2")
                    : facts.launchType().equals("EC2") ? Fact.yes("the tasks run on EC2 container instances")
                    : Fact.NO;
            default -> Fact.NO;
        });
    }

    private static Fact secretIn(List<TaskDefinitionFacts.Secret> secrets, String store) {
        for (TaskDefinitionFacts.Secret s : secrets) {
            if (s.store().equals(store)) {
                return Fact.yes("a container takes secret " + s.valueFrom());
            }
        }
        return secrets.stream().filter(s -> s.store().equals(TaskDefinitionFacts.Secret.UNKNOWN)).findFirst()
                .map(s -> Fact.unknown("secret " + s.valueFrom() + " is not known before deployment"))
                .orElse(Fact.NO);
    }

    /** Whether a table condition holds for a workload, and the evidence: null {@code holds} means unknown. */
    record Fact(Boolean holds, String why) {
        static final Fact NO = new Fact(false, "");

        static Fact yes(String why) {
            return new Fact(true, why);
        }

        static Fact unknown(String why) {
            return new Fact(null, why);
        }
    }

    /** A function in a VPC likely calls the services its role grants actions on. */
    private void lambda(Workload w, RunPolicies policies, Collector c) {
        if (!w.role().isKnown()) {
            c.notes.add("its role is not known (" + w.role().reason() + "): the services it calls cannot be told");
            return;
        }
        RoleActions actions = RoleActions.of(policies.identityOf(w.role().get()));
        if (actions.unknownReason() != null) {
            c.notes.add("part of its role's policies is unknown: " + actions.unknownReason());
        }
        for (String prefix : actions.servicePrefixes()) {
            if (prefix.equals("*")) {
                c.notes.add("role " + w.role().get().logicalId() + " allows every action (or uses NotAction): the "
                        + "services the function calls cannot be told from it");
            } else if (!LAMBDA_SERVICE_CALLS.contains(prefix)) {
                c.add(new WorkloadNeed(ENDPOINT_KEYS.getOrDefault(prefix, prefix), NeedLevel.LIKELY, "role "
                        + w.role().get().logicalId() + " allows " + prefix + ":… actions", null));
            }
        }
    }

    /** The needs of one workload, each service once at its surest level. */
    private static final class Collector {
        final List<WorkloadKind> kinds = new ArrayList<>();
        final Map<String, WorkloadNeed> needs = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();

        interface Holds {
            Fact test(TableNeed need);
        }

        /** The entry's needs whose condition holds or may hold, each with the evidence. */
        void apply(TableEntry entry, Holds holds) {
            kinds.add(entry.kind());
            for (TableNeed n : entry.needs()) {
                String note = n.note() == null ? "" : " (" + n.note() + ")";
                if (!n.when().decidable()) {
                    add(new WorkloadNeed(n.service(), NeedLevel.LIKELY, "if " + n.when().text() + note,
                            n.source()));
                    continue;
                }
                Fact f = holds.test(n);
                if (f.holds() == null) {
                    add(new WorkloadNeed(n.service(), NeedLevel.UNKNOWN, f.why() + note, n.source(), n.gatewayOnly()));
                } else if (f.holds()) {
                    add(new WorkloadNeed(n.service(), NeedLevel.REQUIRED, f.why() + note, n.source(),
                            n.gatewayOnly()));
                }
            }
        }

        void add(WorkloadNeed n) {
            WorkloadNeed had = needs.get(n.service());
            if (had == null || n.level().ordinal() < had.level().ordinal()) {
                needs.put(n.service(), n);
            }
        }
    }
}
