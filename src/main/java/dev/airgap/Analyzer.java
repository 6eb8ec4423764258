package dev.airgap;

import dev.airgap.cost.CostEstimator;
import dev.airgap.cost.CostInputs;
import dev.airgap.cost.CostReport;
import dev.airgap.cost.availability.AvailabilityVerdict;
import dev.airgap.cost.availability.EndpointAvailabilityChecker;
import dev.airgap.deployed.DeployedOptions;
import dev.airgap.deployed.DeployedStacks;
import dev.airgap.network.NetworkModel;
import dev.airgap.path.PathAnalyzer;
import dev.airgap.path.PathOptions;
import dev.airgap.path.PathResult;
import dev.airgap.require.Needs;
import dev.airgap.require.Requirement;
import dev.airgap.require.RequirementEvaluator;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Resolver;
import dev.airgap.template.InputFiles;
import dev.airgap.template.LoadLimits;
import dev.airgap.template.ReadLimits;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the pipeline: load templates (and the deployed stacks the request names), resolve intrinsics, build the
 * network model, analyse paths, estimate costs, check endpoint availability per region, and judge requirements.
 * Stateless and thread-safe: concurrent builds (mvn -T) may share it.
 */
public final class Analyzer {

    /**
     * The requirements judged against one analysis that covers what they need (their services and on-premises
     * networks): the pipeline runs once.
     *
     * @throws dev.airgap.template.InputException when a template, the request or a deployed stack cannot be accepted
     * @throws dev.airgap.require.RequirementException when a requirement or a suppression is malformed
     */
    public Check check(AnalysisRequest request, List<Requirement> requirements) {
        AnalysisResult result = analyze(request.needing(Needs.of(requirements)));
        return new Check(result, requirements, new RequirementEvaluator(result.evidence()).evaluate(requirements));
    }

    /**
     * The analysis alone. Only when the request names deployed stacks is CloudFormation called (and the AWS SDK
     * loaded); comparing them with the local templates logs each verdict that differs as a warning too.
     *
     * @throws dev.airgap.template.InputException when a template, the request or a deployed stack cannot be accepted
     */
    public AnalysisResult analyze(AnalysisRequest request) {
        TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT, request.warnings());
        TemplateLoader.Loaded loaded = new TemplateLoader(reader, request.baseDir(), request.debug(),
                request.warnings(), InputFiles.standard(), LoadLimits.DEFAULT, request.nestedTemplates(),
                request.info()).loadRun(request.templates());
        List<StackTemplate> stacks = loaded.stacks();
        ResolveOptions resolve = request.resolve();
        DeployedOptions deployed = request.deployed();
        Comparison comparison = null;
        if (deployed.requested()) {
            DeployedStacks fetched = DeployedStacks.fetch(deployed, reader, request.warnings());
            resolve = fetched.withParameters(resolve);
            if (deployed.compare()) {
                comparison = Comparison.of(fetched, stacks, resolve, request);
                comparison.warnings().forEach(request.warnings());
            }
            stacks = fetched.joinedWith(stacks, deployed.compare());
        }
        ResolvedRun run = new Resolver(resolve).resolve(stacks);
        NetworkModel model = NetworkModel.build(run);
        PathResult paths = new PathAnalyzer().analyze(model,
                new PathOptions(services(model, request), request.onPremisesCidrs(), request.accessChecks(),
                        request.trustedResources()));
        CostReport costs = CostEstimator.withBundledPrices(request.cost().overrides(), request.cost().settings())
                .estimate(CostInputs.from(model, paths, request.cost().usage()));
        List<AvailabilityVerdict> availability = new EndpointAvailabilityChecker(request.cost().endpointServices())
                .checkAll(CostInputs.availabilityQueries(model));
        return new AnalysisResult(stacks, run, model, paths, costs, availability, comparison, loaded.warnings());
    }

    /**
     * The services to analyse: those the request names (empty: the default set, which the path stage works out), then
     * the ones a requirement needs that are not among them.
     */
    static List<String> services(NetworkModel model, AnalysisRequest request) {
        if (request.requiredServices().isEmpty()) {
            return request.services();
        }
        List<String> out = new ArrayList<>(PathAnalyzer.services(model, new PathOptions(request.services(),
                List.of())));
        request.requiredServices().stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }
}
