package dev.airgap;

import dev.airgap.network.NetworkModel;
import dev.airgap.path.PathAnalyzer;
import dev.airgap.path.PathOptions;
import dev.airgap.path.PathResult;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Resolver;
import dev.airgap.template.ReadLimits;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.util.List;

/**
 * Runs the pipeline: load templates, resolve intrinsics, build the network model, analyse paths. Stateless and
 * thread-safe: concurrent builds (mvn -T) may share it.
 */
public final class Analyzer {

    /** @throws dev.airgap.template.InputException when a template or the request cannot be accepted */
    public AnalysisResult analyze(AnalysisRequest request) {
        TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT, request.warnings());
        List<StackTemplate> stacks = new TemplateLoader(reader, request.baseDir(), request.debug())
                .load(request.templates());
        ResolvedRun run = new Resolver(request.resolve()).resolve(stacks);
        NetworkModel model = NetworkModel.build(run);
        PathResult paths = new PathAnalyzer().analyze(model,
                new PathOptions(request.services(), request.onPremisesCidrs()));
        return new AnalysisResult(stacks, run, model, paths);
    }
}
