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
    private final Map<String, String> accounts = new HashMap<>();

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

    List<Resource> ofType(String type) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : byId.values()) {
            if (r.type().equals(type)) {
                out.add(r);
            }
        }
        return out;
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
        boolean allBound = byId.keySet().stream().allMatch(id -> accounts.containsKey(id.stack()));
        return allBound && accounts.values().stream().distinct().count() == 1
                ? accounts.values().iterator().next() : null;
    }
}
