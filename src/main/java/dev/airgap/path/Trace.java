package dev.airgap.path;

import dev.airgap.network.RegionNetwork;
import dev.airgap.resolve.ResourceId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of one walk: hops in order, codes, every blocker found (a walk does not stop at a filter that blocks,
 * so that all blockers are reported at once), unknowns, and how it ended.
 */
final class Trace {

    enum End { INTERNET_GATEWAY, GATEWAY_ENDPOINT, INTERFACE_ENDPOINT, REACHED, OPEN }

    final List<Hop> hops = new ArrayList<>();
    final Set<Code> codes = new LinkedHashSet<>();
    final List<Blocker> blockers = new ArrayList<>();
    final List<String> unknowns = new ArrayList<>();
    End end = End.OPEN;
    boolean viaNat;
    /** A security group check did not allow the flow: another client's groups might do better. */
    boolean groupsMatter;
    ResourceId endpoint;
    /** Places each hop and blocker in its template as it is recorded. */
    private final RegionNetwork network;

    Trace(RegionNetwork network) {
        this.network = network;
    }

    void hop(ResourceId id, String type, String detail) {
        hops.add(new Hop(id, type, detail, Positions.of(network, id)));
    }

    void block(ResourceId id, String type, Code code, String message, String fix) {
        Blocker b = new Blocker(id, type, code, message, fix, Positions.of(network, id));
        if (!blockers.contains(b)) {
            blockers.add(b);
        }
        codes.add(code);
    }

    void unknown(String reason, Code code) {
        unknowns.add(reason);
        codes.add(code);
    }

    /** Records an unknown when the component may not exist (undecidable {@code Condition}); true if it may not. */
    boolean uncertain(RegionNetwork network, ResourceId id) {
        java.util.Optional<String> why = network.uncertain(id);
        why.ifPresent(w -> unknown(w, Code.ASSUMED_UNRESOLVED_VALUE));
        return why.isPresent();
    }

    void code(Code code) {
        codes.add(code);
    }

    void codes(List<Code> more) {
        codes.addAll(more);
    }

    boolean blocked() {
        return !blockers.isEmpty();
    }

    /** Reached its end with no blocker and nothing unknown. */
    boolean complete() {
        return end != End.OPEN && blockers.isEmpty() && unknowns.isEmpty();
    }

    boolean isUnknown() {
        return blockers.isEmpty() && !unknowns.isEmpty();
    }
}
