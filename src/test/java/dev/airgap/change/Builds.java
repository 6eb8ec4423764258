package dev.airgap.change;

import dev.airgap.AnalysisRequest;
import dev.airgap.Analyzer;
import dev.airgap.Check;
import dev.airgap.report.RequirementReport;
import dev.airgap.report.json.JsonReport;
import dev.airgap.require.NoInternet;
import dev.airgap.require.PrivateAccess;
import dev.airgap.require.Requirement;
import dev.airgap.require.Selector;
import dev.airgap.resolve.ResolveOptions;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The fixtures under change/ built as check builds them: analysed for us-west-1, judged, written as airgap.json. */
final class Builds {

    static final Path ROOT = Path.of("src/test/resources/change").toAbsolutePath();

    private Builds() {
    }

    /** The build of one fixture folder, with a noInternet requirement on every subnet. */
    static Check check(String folder) {
        return check(ROOT.resolve(folder));
    }

    /** The build of any folder of templates, with the same requirements. */
    static Check check(Path folder) {
        AnalysisRequest request = AnalysisRequest.of(folder, List.of(Path.of(".")),
                new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of()));
        List<Requirement> requirements = List.of(new NoInternet("isolated", Selector.parse("*"), false, List.of()),
                new PrivateAccess("private-s3", Selector.parse("*"), List.of("s3"), false, List.of()));
        return new Analyzer().check(request, requirements);
    }

    /** The airgap.json of a build, as bytes. */
    static byte[] json(Check check) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(out, RequirementReport.input(check, "test"));
        return out.toByteArray();
    }

    static Snapshot snapshot(String folder) throws Exception {
        return SnapshotReader.read(json(check(folder)), folder);
    }
}
