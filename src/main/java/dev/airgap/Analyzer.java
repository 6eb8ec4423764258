package dev.airgap;

import dev.airgap.cost.CostEstimator;
import dev.airgap.cost.CostInputs;
import dev.airgap.cost.CostReport;
import dev.airgap.cost.availability.AvailabilityVerdict;
import dev.airgap.cost.availability.EndpointAvailabilityChecker;
import dev.airgap.deployed.DeployedOptions;
import dev.airgap.deployed.DeployedStacks;
import dev.airgap.deployed.VerdictComparison;
import dev.airgap.network.NetworkModel;
import dev.airgap.path.PathAnalyzer;
import dev.airgap.path.PathOptions;
import dev.airgap.path.PathResult;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Resolver;
import dev.airgap.template.ReadLimits;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.util.List;

/**
 * Runs the pipeline: load templates, resolve intrinsics, build the network model, analyse paths, estimate costs
 * and check endpoint availability per region. Stateless and
 * thread-safe: concurrent builds (mvn -T) may share it.
 */
public final class Analyzer {

    /** @throws dev.airgap.template.InputException when a template or the request cannot be accepted */
    public AnalysisResult analyze(AnalysisRequest request) {
        return analyze(request, DeployedOptions.none());
    }

    /**
     * The analysis with deployed stacks joining the local templates. Only when {@code deployed} names stacks is
     * CloudFormation called (and the AWS SDK loaded).
     *
     * @throws dev.airgap.template.InputException when a template, the request or a deployed stack cannot be accepted
     */
    public AnalysisResult analyze(AnalysisRequest request, DeployedOptions deployed) {
        TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT, request.warnings());
        List<StackTemplate> stacks = new TemplateLoader(reader, request.baseDir(), request.debug(), request.warnings())
                .load(request.templates());
        // --- deployed stacks (issue 8): opt-in, the only place the analysis reaches dev.airgap.deployed ---
        ResolveOptions resolve = request.resolve();
        if (deployed.requested()) {
            DeployedStacks fetched = DeployedStacks.fetch(deployed, reader, request.warnings());
            resolve = fetched.withParameters(resolve);
            if (deployed.compare()) {
                VerdictComparison.report(fetched, stacks, resolve,
                        new PathOptions(request.services(), request.onPremisesCidrs()), request.warnings());
            }
            stacks = fetched.joinedWith(stacks, deployed.compare());
        }
        // --- end deployed stacks ---
        ResolvedRun run = new Resolver(resolve).resolve(stacks);
        NetworkModel model = NetworkModel.build(run);
        PathResult paths = new PathAnalyzer().analyze(model,
                new PathOptions(request.services(), request.onPremisesCidrs(), request.accessChecks()));
        CostReport costs = CostEstimator.withBundledPrices(request.cost().overrides(), request.cost().settings())
                .estimate(CostInputs.from(model, paths, request.cost().usage()));
        List<AvailabilityVerdict> availability = new EndpointAvailabilityChecker(request.cost().endpointServices())
                .checkAll(CostInputs.availabilityQueries(model));
        return new AnalysisResult(stacks, run, model, paths, costs, availability);
    }
}
