package dev.airgap;

import dev.airgap.cost.CostOptions;
import dev.airgap.deployed.DeployedOptions;
import dev.airgap.path.AccessCheck;
import dev.airgap.path.TrustedResource;
import dev.airgap.require.Needs;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.template.NestedTemplates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything one analysis needs, independent of how it was configured (a mojo, a test, a benchmark).
 *
 * @param baseDir          relative template paths are resolved against it, and files are named relative to it
 * @param templates        template files, folders of templates or cloud assemblies
 * @param resolve          parameter values, target regions and AZ overrides
 * @param services         services to analyse per subnet; empty means {@code s3} plus every service with an endpoint
 * @param requiredServices services analysed besides {@code services} (or the default set) because a requirement
 *                         names them
 * @param onPremisesCidrs  on-premises networks declared by the user, added to those the templates give
 * @param accessChecks     questions asked of every S3 path: may this action be done on this bucket?
 * @param cost             how to price what the templates create
 * @param deployed         deployed stacks joining the local templates (opt-in: none unless it names stacks)
 * @param debug            receives debug lines (files skipped while searching folders, …)
 * @param warnings         receives what was accepted but deserves fixing (a repeated key, …)
 * @param nestedTemplates  the local templates of nested stacks named by S3 URL
 * @param info             receives what the user may want to know (a nested stack linked by its URL's file name)
 * @param trustedResources resources the user trusts not to change routing or filtering though they are handed
 *                         network identifiers (custom resources, third-party types)
 */
public record AnalysisRequest(Path baseDir, List<Path> templates, ResolveOptions resolve, List<String> services,
                              List<String> requiredServices, List<String> onPremisesCidrs,
                              List<AccessCheck> accessChecks, CostOptions cost, DeployedOptions deployed,
                              Consumer<String> debug, Consumer<String> warnings, NestedTemplates nestedTemplates,
                              Consumer<String> info, List<TrustedResource> trustedResources) {

    public AnalysisRequest {
        trustedResources = trustedResources == null ? List.of() : List.copyOf(trustedResources);
        templates = List.copyOf(templates);
        services = List.copyOf(services);
        requiredServices = List.copyOf(requiredServices);
        onPremisesCidrs = List.copyOf(onPremisesCidrs);
        accessChecks = List.copyOf(accessChecks);
        deployed = deployed == null ? DeployedOptions.none() : deployed;
        nestedTemplates = nestedTemplates == null ? NestedTemplates.NONE : nestedTemplates;
        info = info == null ? debug : info;
    }

    /** A request without {@code <nestedTemplates>} or trusted resources, its information going to the debug lines. */
    public AnalysisRequest(Path baseDir, List<Path> templates, ResolveOptions resolve, List<String> services,
                           List<String> requiredServices, List<String> onPremisesCidrs,
                           List<AccessCheck> accessChecks, CostOptions cost, DeployedOptions deployed,
                           Consumer<String> debug, Consumer<String> warnings) {
        this(baseDir, templates, resolve, services, requiredServices, onPremisesCidrs, accessChecks, cost, deployed,
                debug, warnings, NestedTemplates.NONE, debug, List.of());
    }

    /** The same request with the local templates of nested stacks named by S3 URL. */
    public AnalysisRequest withNestedTemplates(NestedTemplates newNestedTemplates) {
        return new AnalysisRequest(baseDir, templates, resolve, services, requiredServices, onPremisesCidrs,
                accessChecks, cost, deployed, debug, warnings, newNestedTemplates, info, trustedResources);
    }

    /** A request of local templates only, with no service required beyond {@code services}. */
    public AnalysisRequest(Path baseDir, List<Path> templates, ResolveOptions resolve, List<String> services,
                           List<String> onPremisesCidrs, List<AccessCheck> accessChecks, CostOptions cost,
                           Consumer<String> debug, Consumer<String> warnings) {
        this(baseDir, templates, resolve, services, List.of(), onPremisesCidrs, accessChecks, cost,
                DeployedOptions.none(), debug, warnings);
    }

    /**
     * A request with the defaults for everything but what to read: default services, no on-premises networks beyond
     * the templates', no access checks, default pricing, no deployed stacks, debug lines and warnings dropped.
     */
    public static AnalysisRequest of(Path baseDir, List<Path> templates, ResolveOptions resolve) {
        return new AnalysisRequest(baseDir, templates, resolve, List.of(), List.of(), List.of(), CostOptions.defaults(),
                line -> { }, line -> { });
    }

    /** The same request for other services. */
    public AnalysisRequest withServices(List<String> newServices) {
        return new AnalysisRequest(baseDir, templates, resolve, newServices, requiredServices, onPremisesCidrs,
                accessChecks, cost, deployed, debug, warnings, nestedTemplates, info, trustedResources);
    }

    /** The same request with other on-premises networks. */
    public AnalysisRequest withOnPremisesCidrs(List<String> cidrs) {
        return new AnalysisRequest(baseDir, templates, resolve, services, requiredServices, cidrs, accessChecks, cost,
                deployed, debug, warnings, nestedTemplates, info, trustedResources);
    }

    /** The same request trusting these resources not to change routing or filtering. */
    public AnalysisRequest withTrustedResources(List<TrustedResource> trusted) {
        return new AnalysisRequest(baseDir, templates, resolve, services, requiredServices, onPremisesCidrs,
                accessChecks, cost, deployed, debug, warnings, nestedTemplates, info, trusted);
    }

    /** The same request with deployed stacks joining the local templates. */
    public AnalysisRequest withDeployed(DeployedOptions newDeployed) {
        return new AnalysisRequest(baseDir, templates, resolve, services, requiredServices, onPremisesCidrs,
                accessChecks, cost, newDeployed, debug, warnings, nestedTemplates, info, trustedResources);
    }

    /** The same request covering what requirements need: their services analysed, their on-premises networks. */
    public AnalysisRequest needing(Needs needs) {
        List<String> cidrs = new ArrayList<>(new LinkedHashSet<>(onPremisesCidrs));
        needs.onPremisesCidrs().stream().filter(c -> !cidrs.contains(c)).forEach(cidrs::add);
        List<String> required = new ArrayList<>(new LinkedHashSet<>(requiredServices));
        needs.services().stream().filter(s -> !required.contains(s)).forEach(required::add);
        return new AnalysisRequest(baseDir, templates, resolve, services, required, cidrs, accessChecks, cost,
                deployed, debug, warnings, nestedTemplates, info, trustedResources);
    }
}
