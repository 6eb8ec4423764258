package dev.airgap.need;

import dev.airgap.resolve.Value;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a container image is pulled from, read from a task definition's {@code Image}. A part known only at deploy
 * time (the account ID of a CDK asset image) stays a placeholder: the registry's host is still told by the rest.
 *
 * @param text   the URI with unknown parts as {@code {?}}, or null when nothing of it is known
 * @param region for a private ECR image, the registry's region (null when that part is unknown)
 */
record ImageUri(Registry registry, String text, String region) {

    enum Registry { ECR, OTHER, UNKNOWN }

    /** {@code ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]/…}; the account and region may be placeholders. */
    private static final Pattern ECR = Pattern.compile(
            "^[^/]*\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+|\\{\\?})\\.(?:amazonaws\\.com(?:\\.cn)?|\\{\\?})/.*");

    static final String PLACEHOLDER = "{?}";

    static ImageUri of(Value image) {
        String text = render(image);
        if (text == null || text.equals(PLACEHOLDER)) {
            return new ImageUri(Registry.UNKNOWN, text, null);
        }
        Matcher m = ECR.matcher(text);
        if (m.matches()) {
            return new ImageUri(Registry.ECR, text, m.group(1).equals(PLACEHOLDER) ? null : m.group(1));
        }
        int slash = text.indexOf('/');
        String host = slash < 0 ? "" : text.substring(0, slash);
        if (host.contains(PLACEHOLDER)) {
            return new ImageUri(Registry.UNKNOWN, text, null); // the registry itself is a deploy-time value
        }
        return new ImageUri(Registry.OTHER, text, null);
    }

    /** The value as text, deploy-time parts as placeholders; null when it is not a string at all. */
    static String render(Value v) {
        if (v instanceof Value.Text t) {
            return t.value();
        }
        if (v instanceof Value.Concat c) {
            StringBuilder sb = new StringBuilder();
            for (Value p : c.parts()) {
                sb.append(p instanceof Value.Text t ? t.value() : PLACEHOLDER);
            }
            return sb.toString();
        }
        if (v instanceof Value.Unknown || v instanceof Value.Ref || v instanceof Value.Attr) {
            return PLACEHOLDER;
        }
        return null;
    }
}
