package dev.airgap.resolve;

import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import dev.airgap.template.StackTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Resolves CloudFormation intrinsic functions and pseudo parameters in the stacks of a run, as far as anything can
 * be known before deployment. What cannot be known becomes a {@link Value.Unknown} with its reason and position;
 * only input CloudFormation itself would reject (wrong argument shapes, references to names that do not exist,
 * circular conditions, invalid CIDR literals) is an {@link InputException}.
 *
 * <p>Each environment-agnostic stack is resolved once per target region of the {@link ResolveOptions} (once
 * without region when none is given), a region-bound stack once, a nested stack once per instance of its parent.
 * Stacks may refer to each other ({@code Fn::ImportValue}, {@code Fn::GetStackOutput}, nested-stack parameters and
 * outputs) in any order; circular references between stacks give unknowns.
 *
 * <p>Thread-safe: a resolver keeps no state between calls, and calls may run in parallel.
 */
public final class Resolver {

    private final ResolveOptions options;
    private final AvailabilityZones zones;
    private final Evaluator evaluator = new Evaluator();

    public Resolver(ResolveOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.zones = AvailabilityZones.bundled().withOverrides(options.availabilityZones());
    }

    /**
     * Resolves the stacks of one run.
     *
     * @param stacks every stack of the run, nested stacks included, in the order results should keep
     * @return the resolved stacks, one per stack and region; nested stacks that their parent does not create left
     *         out
     * @throws InputException for input CloudFormation would reject, with its position
     */
    public ResolvedRun resolve(List<StackTemplate> stacks) {
        Run run = new Run(List.copyOf(stacks), options, zones, evaluator);
        List<ResolvedStack> out = new ArrayList<>();
        try {
            for (StackScope scope : run.scopes()) {
                if (scope.inheritedPresence().presence() != Presence.ABSENT) {
                    out.add(StackAssembler.assemble(scope));
                }
            }
        } catch (ValueSizes.TooLarge e) {
            // Every value is built inside a function call, which gives the position; this is a safety net.
            throw e.at(SourcePosition.UNKNOWN);
        }
        return new ResolvedRun(out);
    }
}
