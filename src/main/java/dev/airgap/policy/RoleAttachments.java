package dev.airgap.policy;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The policy resources of one type ({@code AWS::IAM::Policy}, {@code AWS::IAM::ManagedPolicy} or
 * {@code AWS::IAM::RolePolicy}) of a region, indexed once by the roles they name. Scanning every policy of the region
 * for every role made the policy stage grow with roles × policies (the user-path profile of issue 16 showed it);
 * with the index a role's lookup costs what its own candidates cost.
 *
 * <p>A candidate is a policy that may name the role: one of its names is a {@code Ref} to it, a literal (equal to
 * the role's literal {@code RoleName}, or any literal when the role's name is not known), or neither a {@code Ref}
 * nor a literal. Whether a candidate is attached, or may be, is still decided by {@link RolePolicies} per role; a
 * policy that is no candidate would have been decided "not attached" there.
 */
final class RoleAttachments {

    private final List<Resource> policies;
    private final Map<ResourceId, List<Integer>> byRef = new HashMap<>();
    private final Map<String, List<Integer>> byLiteral = new HashMap<>();
    private final List<Integer> anyLiteral = new ArrayList<>();
    private final List<Integer> neither = new ArrayList<>();

    /**
     * @param policies the region's policy resources of one type, in run order
     * @param property the property that names roles: {@code Roles} or {@code RoleName}
     */
    RoleAttachments(List<Resource> policies, String property) {
        this.policies = List.copyOf(policies);
        for (int i = 0; i < this.policies.size(); i++) {
            boolean literal = false;
            boolean other = false;
            for (Value n : names(this.policies.get(i), property)) {
                if (n instanceof Value.Ref r) {
                    byRef.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(i);
                } else if (n instanceof Value.Text t) {
                    byLiteral.computeIfAbsent(t.value(), k -> new ArrayList<>()).add(i);
                    literal = true;
                } else {
                    other = true;
                }
            }
            if (literal) {
                anyLiteral.add(i);
            }
            if (other) {
                neither.add(i);
            }
        }
    }

    /** The role names a policy resource gives: its list, its one value, or none. */
    static List<Value> names(Resource policy, String property) {
        Value v = policy.property(property);
        return v instanceof Value.ListValue l ? l.items() : v == null ? List.of() : List.of(v);
    }

    /** The policies that may name the role, in run order (the order the reports list them in). */
    List<Resource> candidates(Resource role) {
        TreeSet<Integer> found = new TreeSet<>(byRef.getOrDefault(role.id(), List.of()));
        found.addAll(role.property("RoleName") instanceof Value.Text name
                ? byLiteral.getOrDefault(name.value(), List.of()) : anyLiteral);
        found.addAll(neither);
        List<Resource> out = new ArrayList<>(found.size());
        found.forEach(i -> out.add(policies.get(i)));
        return out;
    }
}
