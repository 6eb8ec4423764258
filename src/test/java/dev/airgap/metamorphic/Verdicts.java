package dev.airgap.metamorphic;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.cost.RegionCost;
import dev.airgap.path.OnPremisesVerdict;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.VpcResult;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.resolve.ResourceId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Every verdict of one analysis as sorted "where → what" lines, with logical IDs mapped back to the original
 * template's (so a renamed or split template compares equal to its original): per subnet the internet egress and
 * per service access, private path, IP type and endpoint; per VPC the on-premises verdicts; per region the cost.
 */
final class Verdicts {

    static final ResolveOptions OPTIONS = new ResolveOptions(Map.of(), List.of("us-east-1"), Map.of());

    private Verdicts() {
    }

    static AnalysisResult analyse(Path dir, List<Path> files) {
        return new Analyzer().analyze(AnalysisRequest.of(dir, files, OPTIONS));
    }

    static Map<String, String> of(AnalysisResult result, UnaryOperator<String> originalId) {
        Map<String, String> lines = new TreeMap<>();
        for (SubnetResult s : result.paths().subnets()) {
            String subnet = s.region() + " " + originalId.apply(s.subnet().id().logicalId());
            lines.put(subnet + " internet", s.internet().egress().name());
            for (ServiceVerdict v : s.services().values()) {
                lines.put(subnet + " " + v.service(), v.access() + " private=" + v.privatePath() + " ip="
                        + v.ipType() + " endpoint=" + id(v.endpointId(), originalId) + " codes=" + v.codes());
            }
        }
        for (VpcResult v : result.paths().vpcs()) {
            OnPremisesVerdict o = v.onPremises();
            String vpc = v.region() + " " + originalId.apply(v.vpc().id().logicalId()) + " on-premises";
            lines.put(vpc, "connected=" + o.connected() + " cidrs=" + o.cidrs());
            o.services().forEach((service, verdict) -> lines.put(vpc + " " + service, verdict.access()
                    + " endpoint=" + (verdict.endpoint() == null ? null : originalId.apply(verdict.endpoint()))));
        }
        for (RegionCost c : result.costs().regions()) {
            lines.put(c.region() + " cost", c.monthlyTotal() + " complete=" + c.complete()
                    + " nat=" + c.natGateways().size() + " interface=" + c.interfaceEndpoints().size()
                    + " gateway=" + c.gatewayEndpoints().size());
        }
        return lines;
    }

    private static String id(ResourceId id, UnaryOperator<String> originalId) {
        return id == null ? null : originalId.apply(id.logicalId());
    }
}
