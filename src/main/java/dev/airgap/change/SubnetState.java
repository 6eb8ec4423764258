package dev.airgap.change;

import dev.airgap.path.Egress;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A subnet's verdicts in one build: its internet egress and, per service analysed, its access. */
public record SubnetState(SubnetRef ref, Egress internet, Map<String, ServiceState> services) {

    public SubnetState {
        services = services == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(services));
    }
}
