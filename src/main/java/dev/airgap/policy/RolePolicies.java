package dev.airgap.policy;

import dev.airgap.resolve.Presence;
import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects a role's identity policies from the run: its inline {@code Policies}, its {@code ManagedPolicyArns}
 * (AWS-managed from the catalog, customer-managed from the run), the {@code AWS::IAM::Policy},
 * {@code AWS::IAM::ManagedPolicy} and {@code AWS::IAM::RolePolicy} resources that name it, and its permissions
 * boundary. A policy that may or may not be attached counts as unknown.
 */
final class RolePolicies {

    private final RunResources run;
    private final ManagedPolicyCatalog catalog;
    private final Symbols symbols;
    // built once per region: one instance answers every role of it (see RoleAttachments for why)
    private final RoleAttachments policies;
    private final RoleAttachments managedPolicies;
    private final RoleAttachments rolePolicies;

    RolePolicies(RunResources run, ManagedPolicyCatalog catalog, Symbols symbols) {
        this.run = run;
        this.catalog = catalog;
        this.symbols = symbols;
        this.policies = new RoleAttachments(run.ofType("AWS::IAM::Policy"), "Roles");
        this.managedPolicies = new RoleAttachments(run.ofType("AWS::IAM::ManagedPolicy"), "Roles");
        this.rolePolicies = new RoleAttachments(run.ofType("AWS::IAM::RolePolicy"), "RoleName");
    }

    IdentityPolicies of(ResourceId roleId) {
        Optional<Resource> found = run.get(roleId, "AWS::IAM::Role");
        if (found.isEmpty()) {
            return IdentityPolicies.unknown(roleId + " is not an AWS::IAM::Role of the run in this region");
        }
        Resource role = found.get();
        String who = "role " + roleId.logicalId();
        List<PolicyDocument> docs = new ArrayList<>();
        if (role.property("Policies") instanceof Value.ListValue inline) {
            for (Value p : inline.items()) {
                docs.add(inline(who, p, role));
            }
        } else if (role.property("Policies") != null) {
            docs.add(PolicyDocument.unknown(source(role, "inline policies of " + who), "Policies is "
                    + SymbolicString.describe(role.property("Policies"))));
        }
        if (role.property("ManagedPolicyArns") instanceof Value.ListValue arns) {
            for (Value arn : arns.items()) {
                docs.add(managed(arn, role));
            }
        } else if (role.property("ManagedPolicyArns") != null) {
            docs.add(PolicyDocument.unknown(source(role, "managed policies of " + who), "ManagedPolicyArns is "
                    + SymbolicString.describe(role.property("ManagedPolicyArns"))));
        }
        attached(role, "AWS::IAM::Policy", "Roles", policies, docs);
        attached(role, "AWS::IAM::ManagedPolicy", "Roles", managedPolicies, docs);
        attached(role, "AWS::IAM::RolePolicy", "RoleName", rolePolicies, docs);
        Value boundary = role.property("PermissionsBoundary");
        return IdentityPolicies.of(docs, boundary == null ? null : retag(managed(boundary, role), Layer.BOUNDARY));
    }

    private PolicyDocument inline(String who, Value p, Resource role) {
        String name = p instanceof Value.MapValue m && m.get("PolicyName") instanceof Value.Text t ? t.value() : "?";
        PolicySource source = source(role, "inline policy " + name + " of " + who);
        if (!(p instanceof Value.MapValue m)) {
            return PolicyDocument.unknown(source, "the inline policy is " + SymbolicString.describe(p));
        }
        Value doc = m.get("PolicyDocument");
        return doc == null ? PolicyDocument.unknown(source, "the inline policy has no PolicyDocument")
                : PolicyDocument.parse(source, doc);
    }

    /** A managed policy ARN: a policy of the run, a bundled AWS-managed policy, or unknown. */
    private PolicyDocument managed(Value arn, Resource role) {
        Optional<Resource> own = run.find(arn, "AWS::IAM::ManagedPolicy", null);
        if (own.isPresent()) {
            return document(own.get(), "managed policy " + own.get().id().logicalId());
        }
        Optional<PolicyDocument> aws = catalog.document(arn, symbols);
        if (aws.isPresent()) {
            return aws.get();
        }
        ManagedPolicyArn parsed = ManagedPolicyArn.parse(arn, symbols);
        Optional<Resource> byName = run.ofType("AWS::IAM::ManagedPolicy").stream()
                .filter(r -> parsed.name() != null && r.property("ManagedPolicyName") instanceof Value.Text t
                        && (parsed.name().equals(t.value()) || parsed.name().endsWith("/" + t.value())))
                .findFirst();
        if (byName.isPresent()) {
            return document(byName.get(), "managed policy " + byName.get().id().logicalId());
        }
        return PolicyDocument.unknown(source(role, "customer managed policy " + parsed.shown()),
                "customer managed policy " + parsed.shown() + " is not declared in the templates");
    }

    /** Policy resources whose {@code Roles}/{@code RoleName} name the role (only candidates can). */
    private void attached(Resource role, String type, String property, RoleAttachments index,
            List<PolicyDocument> docs) {
        for (Resource p : index.candidates(role)) {
            Truth attachedToRole = Truth.FALSE;
            for (Value n : RoleAttachments.names(p, property)) {
                attachedToRole = attachedToRole.or(namesRole(n, role));
            }
            String label = type.substring(type.lastIndexOf(':') + 1) + " " + p.id().logicalId();
            if (attachedToRole == Truth.TRUE) {
                docs.add(document(p, label));
            } else if (attachedToRole == Truth.UNKNOWN) {
                docs.add(PolicyDocument.unknown(source(p, label), label + " may or may not be attached to role "
                        + role.id().logicalId() + ": its " + property + " are not all known"));
            }
        }
    }

    private static Truth namesRole(Value n, Resource role) {
        if (n instanceof Value.Ref r) {
            return Truth.of(r.target().equals(role.id()));
        }
        if (n instanceof Value.Text t) {
            Value roleName = role.property("RoleName");
            return roleName instanceof Value.Text rt ? Truth.of(rt.value().equals(t.value())) : Truth.UNKNOWN;
        }
        return Truth.UNKNOWN;
    }

    private PolicyDocument document(Resource r, String label) {
        PolicySource source = source(r, label);
        if (r.presence() == Presence.UNKNOWN) {
            return PolicyDocument.unknown(source, label + " exists only if its Condition holds: " + r.presenceReason());
        }
        Value doc = r.property("PolicyDocument");
        return doc == null ? PolicyDocument.unknown(source, label + " has no PolicyDocument")
                : PolicyDocument.parse(source, doc);
    }

    private static PolicySource source(Resource r, String label) {
        return new PolicySource(Layer.IDENTITY, label, r.id());
    }

    private static PolicyDocument retag(PolicyDocument d, Layer layer) {
        PolicySource s = new PolicySource(layer, "permissions boundary " + d.source().name(), d.source().resource());
        return new PolicyDocument(s, d.version(), d.statements(), d.problem());
    }
}
