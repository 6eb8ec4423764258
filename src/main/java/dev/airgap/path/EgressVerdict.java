package dev.airgap.path;

import java.util.List;

/** Whether a subnet reaches the internet, through what, and why. */
public record EgressVerdict(Egress egress, List<Hop> hops, List<Code> codes, String reason, List<Blocker> blockers) {

    public EgressVerdict {
        hops = List.copyOf(hops);
        codes = List.copyOf(codes);
        blockers = List.copyOf(blockers);
    }
}
