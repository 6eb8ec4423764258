package dev.airgap.report;

import dev.airgap.path.PathResult;
import dev.airgap.path.SubnetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses subnets by logical-ID glob or CDK-path glob ({@code *} any characters, {@code ?} one), as
 * {@code -Dairgap.subnet=…} names them. An empty selector matches every subnet.
 */
public final class SubnetSelector {

    private SubnetSelector() {
    }

    public static List<SubnetResult> select(PathResult result, String selector) {
        if (selector == null || selector.isBlank()) {
            return result.subnets();
        }
        Pattern p = glob(selector.trim());
        List<SubnetResult> out = new ArrayList<>();
        for (SubnetResult r : result.subnets()) {
            String id = r.subnet().id().logicalId();
            if (p.matcher(id).matches() || p.matcher(r.subnet().path()).matches()
                    || p.matcher(r.subnet().id().stack() + "/" + id).matches()) {
                out.add(r);
            }
        }
        return out;
    }

    static Pattern glob(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                sb.append(".*");
            } else if (c == '?') {
                sb.append('.');
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(sb.toString());
    }
}
