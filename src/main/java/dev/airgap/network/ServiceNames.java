package dev.airgap.network;

import dev.airgap.resolve.Value;
import dev.airgap.template.Excerpt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Endpoint service names in every form AWS uses, and the service key each one gets:
 * <ul>
 *   <li>{@code com.amazonaws.us-west-2.s3} (China: {@code cn.com.amazonaws.cn-north-1.s3}) → {@code s3}; FIPS
 *   variants keep their suffix ({@code com.amazonaws.us-east-1.kms-fips} → {@code kms-fips}), as clients reach them
 *   under another name ({@code kms-fips.us-east-1.amazonaws.com}); {@code Fn::Sub}/{@code Fn::Join} forms whose region
 *   is unknown ({@code com.amazonaws.${AWS::Region}.s3}) are still recognisably S3;</li>
 *   <li>{@code aws.sagemaker.us-west-2.notebook} → {@code sagemaker.notebook} (and {@code .studio}): the service
 *   owner comes first, so the key names it;</li>
 *   <li>{@code com.amazonaws.s3-global.accesspoint} → {@code s3-global.accesspoint} (Multi-Region Access Points,
 *   which have no region);</li>
 *   <li>{@code com.amazonaws.vpce.us-west-2.vpce-svc-0123…} → {@code vpce-svc-0123…}: a PrivateLink endpoint
 *   service (one's own or a partner's), a service of its own with no public address.</li>
 * </ul>
 * Any other name, or one whose service part is unknown before deployment, has no key: the endpoint's service is
 * then UNKNOWN under {@link #unresolvedKey}, with the name and the reason.
 */
public final class ServiceNames {

    /** Region part: an AWS region ({@code us-west-2}, {@code us-gov-west-1}) or an unknown part as {@code ${…}}. */
    private static final String REGION = "([a-z]{2}(?:-[a-z]+)+-\\d+|\\$\\{[^}]*\\})";
    private static final String NAME = "([a-z0-9][a-z0-9.-]*|\\$\\{[^}]*\\})";
    private static final Pattern AWS_SERVICE = Pattern.compile("^(?:cn\\.)?com\\.amazonaws\\." + REGION + "\\." + NAME
            + "$");
    private static final Pattern OWNER_FIRST = Pattern.compile("^aws\\.([a-z0-9-]+)\\." + REGION + "\\." + NAME + "$");
    private static final Pattern GLOBAL = Pattern.compile("^(?:cn\\.)?com\\.amazonaws\\.([a-z0-9-]+-global)\\."
            + NAME + "$");
    private static final Pattern PRIVATE_LINK = Pattern.compile("^(?:cn\\.)?com\\.amazonaws\\.vpce\\." + REGION
            + "\\.(vpce-svc-[0-9a-f]+|\\$\\{[^}]*\\})$");
    private static final String PRIVATE_LINK_PREFIX = "vpce-svc-";
    private static final String UNRESOLVED_PREFIX = "endpoint:";

    private ServiceNames() {
    }

    /** The service key ({@code s3}, {@code ecr.dkr}, {@code sagemaker.notebook}, …) of a resolved name. */
    public static Known<String> key(Value serviceName) {
        String text = display(serviceName);
        if (text == null) {
            return Known.unknown(PropertyValues.whyUnknown(serviceName, "the service name"));
        }
        Matcher m = PRIVATE_LINK.matcher(text);
        if (m.matches()) {
            return known(m.group(2), text, "the PrivateLink endpoint service ID");
        }
        Matcher global = GLOBAL.matcher(text);
        if (global.matches()) {
            return known(global.group(2), text, "the service part").map(s -> global.group(1) + "." + s);
        }
        m = AWS_SERVICE.matcher(text);
        if (m.matches()) {
            return known(m.group(2), text, "the service part");
        }
        Matcher owner = OWNER_FIRST.matcher(text);
        if (owner.matches()) {
            return known(owner.group(3), text, "the service part").map(s -> owner.group(1) + "." + s);
        }
        if (text.contains("${")) {
            return Known.unknown("parts of the service name '" + Excerpt.of(text) + "' are unknown before deployment");
        }
        return Known.unknown("the service name '" + Excerpt.of(text) + "' is in none of the forms AWS uses "
                + "(com.amazonaws.REGION.SERVICE, aws.sagemaker.REGION.notebook, com.amazonaws.s3-global.accesspoint, "
                + "com.amazonaws.vpce.REGION.vpce-svc-ID)");
    }

    private static Known<String> known(String part, String text, String what) {
        if (part.startsWith("${")) {
            return Known.unknown(what + " of the service name '" + Excerpt.of(text)
                    + "' is unknown before deployment");
        }
        return Known.of(part);
    }

    /** Whether the key is a PrivateLink endpoint service's: reachable only through interface endpoints. */
    public static boolean isPrivateLink(String key) {
        return key.startsWith(PRIVATE_LINK_PREFIX);
    }

    /**
     * The key under which an endpoint whose service name has no key reports its service UNKNOWN:
     * {@code endpoint:Stack/LogicalId}, one per endpoint, so none is dropped from the report.
     */
    public static String unresolvedKey(VpcEndpoint e) {
        return UNRESOLVED_PREFIX + e.id().stack() + "/" + e.id().logicalId();
    }

    public static boolean isUnresolvedKey(String key) {
        return key.startsWith(UNRESOLVED_PREFIX);
    }

    /** The service name as written, unknown parts as {@code ${…}}; null when nothing of it is known. */
    public static String display(Value serviceName) {
        if (serviceName instanceof Value.Text t) {
            return t.value().trim();
        }
        if (serviceName instanceof Value.Concat c) {
            return PropertyValues.render(c);
        }
        return null;
    }

    /** The region written in a service name, or null (also for global services). */
    public static String region(String display) {
        if (display == null) {
            return null;
        }
        for (Pattern p : new Pattern[] {PRIVATE_LINK, AWS_SERVICE}) {
            Matcher m = p.matcher(display);
            if (m.matches()) {
                return m.group(1).startsWith("${") ? null : m.group(1);
            }
        }
        Matcher m = OWNER_FIRST.matcher(display);
        return m.matches() && !m.group(2).startsWith("${") ? m.group(2) : null;
    }

    /**
     * The suffix of an AWS service name in {@code region} ({@code com.amazonaws.REGION.} and the China
     * {@code cn.com.amazonaws.REGION.} prefixes) as the catalogs key it; any other name (partner services,
     * {@code aws.api.REGION.freetier}, global names, keys already) is returned as it is.
     */
    public static String suffix(String serviceName, String region) {
        if (region != null) {
            for (String prefix : new String[] {"com.amazonaws." + region + ".", "cn.com.amazonaws." + region + "."}) {
                if (serviceName.startsWith(prefix)) {
                    return serviceName.substring(prefix.length());
                }
            }
        }
        return serviceName;
    }
}
