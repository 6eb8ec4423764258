package dev.airgap.report;

import dev.airgap.path.PathResult;
import dev.airgap.path.SubnetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses subnets as {@code -Dairgap.subnet=…} names them: a logical-ID glob or CDK-path glob ({@code *} any
 * characters, {@code ?} one), or a tag {@code Key=ValueGlob} ({@code aws-cdk:subnet-type=Isolated},
 * {@code Name=app-*}). Several selectors may be given separated by commas; an empty selector matches every subnet.
 */
public final class SubnetSelector {

    private SubnetSelector() {
    }

    public static List<SubnetResult> select(PathResult result, String selector) {
        if (selector == null || selector.isBlank()) {
            return result.subnets();
        }
        List<SubnetResult> out = new ArrayList<>();
        for (SubnetResult r : result.subnets()) {
            for (String one : selector.split(",")) {
                if (!one.isBlank() && matches(r, one.trim())) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean matches(SubnetResult r, String selector) {
        int eq = selector.indexOf('=');
        if (eq > 0) {
            String value = r.subnet().tags().get(selector.substring(0, eq).trim());
            return value != null && glob(selector.substring(eq + 1).trim()).matcher(value).matches();
        }
        Pattern p = glob(selector);
        String id = r.subnet().id().logicalId();
        return p.matcher(id).matches() || p.matcher(r.subnet().path()).matches()
                || p.matcher(r.subnet().id().stack() + "/" + id).matches();
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
        // DOTALL: * matches any characters, a line break in a (hostile) logical ID too
        return Pattern.compile(sb.toString(), Pattern.DOTALL);
    }
}
