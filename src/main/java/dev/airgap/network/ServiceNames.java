package dev.airgap.network;

import dev.airgap.resolve.Value;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Endpoint service names in every spelling: {@code com.amazonaws.us-west-2.s3}, China's
 * {@code cn.com.amazonaws.cn-north-1.s3}, and {@code Fn::Sub}/{@code Fn::Join} forms whose region part is unknown
 * ({@code com.amazonaws.${AWS::Region}.s3}) — still recognisably S3.
 */
public final class ServiceNames {

    /** Region part: a known region or any unknown part rendered as {@code ${…}}. */
    private static final Pattern AWS_SERVICE =
            Pattern.compile("^(?:cn\\.)?com\\.amazonaws\\.([a-z0-9-]+|\\$\\{[^}]*\\})\\.(.+)$");
    private static final Pattern OTHER_AWS = Pattern.compile("^aws\\.[a-z0-9-]+\\.([a-z0-9-]+|\\$\\{[^}]*\\})\\.(.+)$");

    private ServiceNames() {
    }

    /** The service key ({@code s3}, {@code ecr.dkr}) of a resolved {@code ServiceName}. */
    public static Known<String> key(Value serviceName) {
        String text = display(serviceName);
        if (text == null) {
            return Known.unknown(Values.whyUnknown(serviceName, "the service name"));
        }
        Matcher m = AWS_SERVICE.matcher(text);
        if (m.matches() && !m.group(2).contains("${")) {
            return Known.of(m.group(2));
        }
        m = OTHER_AWS.matcher(text);
        if (m.matches() && !m.group(2).contains("${")) {
            return Known.of(m.group(2));
        }
        if (text.startsWith("com.amazonaws.vpce.")) {
            // A PrivateLink endpoint service (vpce-svc-…): a service of its own, not an AWS service.
            return Known.of(text.substring(text.lastIndexOf('.') + 1));
        }
        return Known.unknown("the service name '" + text + "' is not an AWS service name the analysis recognises");
    }

    /** The service name as written, unknown parts as {@code ${…}}; null when nothing of it is known. */
    public static String display(Value serviceName) {
        if (serviceName instanceof Value.Text t) {
            return t.value().trim();
        }
        if (serviceName instanceof Value.Concat c) {
            return Values.render(c);
        }
        return null;
    }

    /** The region written in a service name, or null. */
    public static String region(String display) {
        if (display == null) {
            return null;
        }
        Matcher m = AWS_SERVICE.matcher(display);
        return m.matches() && !m.group(1).startsWith("${") ? m.group(1) : null;
    }
}
