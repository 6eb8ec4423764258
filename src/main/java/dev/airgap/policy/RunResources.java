package dev.airgap.policy;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.ResolvedStack;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The resources of one region of a run, by ID and by type, with the account each stack is bound to. */
final class RunResources {

    private final String region;
    private final Map<ResourceId, Resource> byId = new LinkedHashMap<>();
    // Indexed once: every role, endpoint and bucket lookup of a region asks by type, so scanning per call would
    // make the analysis quadratic in the number of resources (the benchmark's profile showed it).
    private final Map<String, List<Resource>> byType = new HashMap<>();
    private final Map<String, String> accounts = new HashMap<>();
    private final String commonAccount;

    RunResources(ResolvedRun run, String region) {
        this.region = region;
        for (ResolvedStack s : run.stacks()) {
            if (Objects.equals(s.region(), region)) {
                s.resources().values().forEach(r -> byId.put(r.id(), r));
                if (s.template().account() != null) {
                    accounts.put(s.name(), s.template().account());
                }
            }
        }
        for (Resource r : byId.values()) {
            byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
        }
        byType.replaceAll((t, list) -> List.copyOf(list));
        boolean allBound = byId.keySet().stream().allMatch(id -> accounts.containsKey(id.stack()));
        commonAccount = allBound && accounts.values().stream().distinct().count() == 1
                ? accounts.values().iterator().next() : null;
    }

    String region() {
        return region;
    }

    Optional<Resource> get(ResourceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Resource> get(ResourceId id, String type) {
        return get(id).filter(r -> r.type().equals(type));
    }

    /** The resources of a type, in run order (unmodifiable). */
    List<Resource> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The resource of this type a value points at: a {@code Ref}, or a literal equal to its name property. */
    Optional<Resource> find(Value v, String type, String nameProperty) {
        if (v instanceof Value.Ref r) {
            return get(r.target(), type);
        }
        if (v instanceof Value.Attr a && a.attribute().equals("Arn")) {
            return get(a.target(), type);
        }
        if (v instanceof Value.Text t && nameProperty != null) {
            return ofType(type).stream().filter(r -> t.equals(r.property(nameProperty))).findFirst();
        }
        return Optional.empty();
    }

    /** The account the resource's stack is bound to, or the {@code AWS::AccountId} unknown. */
    Value account(ResourceId id) {
        String a = accounts.get(id.stack());
        return a != null ? new Value.Text(a) : Caller.unknownAccount();
    }

    /** The one account every stack of the region is bound to, or null. */
    String commonAccount() {
        return commonAccount;
    }
}
