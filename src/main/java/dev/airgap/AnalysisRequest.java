package dev.airgap;

import dev.airgap.cost.CostOptions;
import dev.airgap.path.AccessCheck;
import dev.airgap.resolve.ResolveOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything one analysis needs, independent of how it was configured (a mojo, a test, a benchmark).
 *
 * @param baseDir         relative template paths are resolved against it, and files are named relative to it
 * @param templates       template files, folders of templates or cloud assemblies
 * @param resolve         parameter values, target regions and AZ overrides
 * @param services        services to analyse per subnet; empty means {@code s3} plus every service with an endpoint
 * @param onPremisesCidrs on-premises networks declared by the user, added to those the templates give
 * @param accessChecks    questions asked of every S3 path: may this action be done on this bucket?
 * @param cost            how to price what the templates create
 * @param debug           receives debug lines (files skipped while searching folders, …)
 * @param warnings        receives what was accepted but deserves fixing (a key repeated with the same value, …)
 */
public record AnalysisRequest(Path baseDir, List<Path> templates, ResolveOptions resolve, List<String> services,
                              List<String> onPremisesCidrs, List<AccessCheck> accessChecks, CostOptions cost, Consumer<String> debug,
                              Consumer<String> warnings) {

    public AnalysisRequest {
        templates = List.copyOf(templates);
        services = List.copyOf(services);
        onPremisesCidrs = List.copyOf(onPremisesCidrs);
        accessChecks = List.copyOf(accessChecks);
    }

    /**
     * A request with the defaults for everything but what to read: default services, no on-premises networks beyond
     * the templates', no access checks, default pricing, debug lines and warnings dropped.
     */
    public static AnalysisRequest of(Path baseDir, List<Path> templates, ResolveOptions resolve) {
        return new AnalysisRequest(baseDir, templates, resolve, List.of(), List.of(), List.of(), CostOptions.defaults(),
                line -> { }, line -> { });
    }

    /** The same request for other services. */
    public AnalysisRequest withServices(List<String> newServices) {
        return new AnalysisRequest(baseDir, templates, resolve, newServices, onPremisesCidrs, accessChecks, cost, debug,
                warnings);
    }

    /** The same request with other on-premises networks. */
    public AnalysisRequest withOnPremisesCidrs(List<String> cidrs) {
        return new AnalysisRequest(baseDir, templates, resolve, services, cidrs, accessChecks, cost, debug, warnings);
    }
}
