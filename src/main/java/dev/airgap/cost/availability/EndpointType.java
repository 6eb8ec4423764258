package dev.airgap.cost.availability;

import java.util.Arrays;
import java.util.Optional;

/** The endpoint types that matter for availability; the key is the EC2 API's spelling. */
public enum EndpointType {
    GATEWAY("Gateway"), INTERFACE("Interface");

    private final String key;

    EndpointType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<EndpointType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equalsIgnoreCase(key)).findFirst();
    }
}
