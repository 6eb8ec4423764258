package dev.airgap.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A nested stack's {@code TemplateURL} that points into S3 ({@code https://s3.amazonaws.com/bucket/key},
 * {@code https://bucket.s3.REGION.amazonaws.com/key}, or an {@code Fn::Sub} / {@code Fn::Join} building one), as far
 * as the template tells: the URL as written ({@code ${…}} where a part is computed) and its file name when the last
 * path segment is literal.
 *
 * @param written  the URL with each computed part as {@code ${…}} (Fn::Sub's own placeholders kept as written)
 * @param fileName the last path segment, or null when it is computed
 */
record TemplateUrl(String written, String fileName) {

    private static final String COMPUTED = "${…}";

    /** The URL of a {@code TemplateURL} value, or null when it is not a URL (a local path, something else). */
    static TemplateUrl of(Node value) {
        String text = text(value);
        if (text == null || !text.contains("://")) {
            return null;
        }
        String path = text.substring(text.indexOf("://") + 3);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        int slash = path.lastIndexOf('/');
        String last = slash < 0 ? "" : path.substring(slash + 1);
        boolean literal = !last.isEmpty() && !last.contains("${");
        return new TemplateUrl(text, literal ? last : null);
    }

    private static String text(Node value) {
        if (value instanceof ScalarNode s) {
            return s.kind() == ScalarNode.Kind.STRING ? s.value() : null;
        }
        if (!(value instanceof MapNode m) || m.singleKey() == null) {
            return null;
        }
        Node arg = m.get(m.singleKey());
        return switch (m.singleKey()) {
            case "Fn::Sub" -> arg instanceof ListNode l && !l.items().isEmpty() ? literal(l.items().get(0)) : literal(arg);
            case "Fn::Join" -> join(arg);
            default -> null;
        };
    }

    private static String literal(Node n) {
        return n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING ? s.value() : null;
    }

    private static String join(Node arg) {
        if (!(arg instanceof ListNode l) || l.items().size() != 2 || literal(l.items().get(0)) == null
                || !(l.items().get(1) instanceof ListNode parts)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node part : parts.items()) {
            String text = literal(part);
            out.add(text == null ? COMPUTED : text);
        }
        return String.join(literal(l.items().get(0)), out);
    }
}
