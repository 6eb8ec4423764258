package dev.airgap.require;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a requirement needs the analysis to cover beyond the defaults.
 *
 * @param services        services that must be analysed per subnet
 * @param onPremisesCidrs on-premises networks the analysis must consider
 */
public record Needs(List<String> services, List<String> onPremisesCidrs) {

    public static final Needs NONE = new Needs(List.of(), List.of());

    public Needs {
        services = List.copyOf(services);
        onPremisesCidrs = List.copyOf(onPremisesCidrs);
    }

    /** What all the requirements need together, each value once, in the order they name them. */
    public static Needs of(List<Requirement> requirements) {
        Set<String> services = new LinkedHashSet<>();
        Set<String> cidrs = new LinkedHashSet<>();
        for (Requirement r : requirements) {
            services.addAll(r.needs().services());
            cidrs.addAll(r.needs().onPremisesCidrs());
        }
        return new Needs(List.copyOf(services), List.copyOf(cidrs));
    }
}
