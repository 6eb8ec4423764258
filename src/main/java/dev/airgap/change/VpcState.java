package dev.airgap.change;

import dev.airgap.path.Access;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A VPC's on-premises verdicts in one build: whether it is connected to on-premises and, per service, how
 * on-premises reaches it.
 */
public record VpcState(String stack, String logicalId, String path, String region, boolean connected,
                       Map<String, Access> onPremises) {

    public VpcState {
        onPremises = onPremises == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(onPremises));
    }

    String display() {
        // A plain template's path is stack/logicalId already: the logical ID is said once.
        String plain = stack + "/" + logicalId;
        String name = path != null && !path.equals(plain) ? path + " (" + logicalId + ")" : plain;
        return name + " in " + (region == null ? "an unknown region" : region);
    }

    String key() {
        return stack + "\u0000" + logicalId + "\u0000" + region;
    }
}
