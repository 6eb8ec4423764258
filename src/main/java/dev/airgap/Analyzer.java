package dev.airgap;

import dev.airgap.template.ReadLimits;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;

/**
 * Runs the pipeline: load templates, resolve intrinsics, build the network model, analyse paths. Stateless and
 * thread-safe: concurrent builds (mvn -T) may share it.
 */
public final class Analyzer {

    /** @throws dev.airgap.template.InputException when a template or the request cannot be accepted */
    public AnalysisResult analyze(AnalysisRequest request) {
        TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT, request.warnings());
        TemplateLoader loader = new TemplateLoader(reader, request.baseDir(), request.debug());
        return new AnalysisResult(loader.load(request.templates()));
    }
}
