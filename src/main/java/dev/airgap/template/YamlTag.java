package dev.airgap.template;

import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The tag on one YAML node, as far as a template may carry one: none, one of the YAML core schema's tags, or a
 * CloudFormation short form. Anything else ({@code !!python/object/apply:…}, {@code !!binary}, {@code !!timestamp},
 * a verbatim {@code !<…>}, a {@code %TAG} handle) stops the read: CloudFormation does not construct such objects,
 * and a tag that is silently ignored changes what the template says.
 *
 * @param core     the core-schema tag, or null
 * @param longForm the long-form key of a short form ({@code Ref}, {@code Fn::Sub}), or null
 */
record YamlTag(Core core, String longForm) {

    static final YamlTag NONE = new YamlTag(null, null);

    private static final String CORE_PREFIX = "tag:yaml.org,2002:";

    /** The YAML core schema's tags, which only say how to read a node. */
    enum Core {
        STR, INT, FLOAT, BOOL, NULL, MAP, SEQ;

        String written() {
            return "!!" + name().toLowerCase(Locale.ROOT);
        }

        static Core of(String suffix) {
            for (Core c : values()) {
                if (c.name().toLowerCase(Locale.ROOT).equals(suffix)) {
                    return c;
                }
            }
            return null;
        }
    }

    boolean isNone() {
        return core == null && longForm == null;
    }

    boolean isShortForm() {
        return longForm != null;
    }

    /**
     * The tag of {@code event}, refusing every tag a template may not carry.
     *
     * @throws InputException naming the tag (as an excerpt) and what is allowed
     */
    static YamlTag of(NodeEvent event, SourcePosition position) {
        String tag = event instanceof ScalarEvent s ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag == null) {
            return NONE;
        }
        // SnakeYAML resolves !<!Ref> to the same "!Ref" as !Ref, and !<tag:yaml.org,2002:str> to the same tag as
        // !!str; only the source text at the node's start tells them apart.
        if (isVerbatim(event.getStartMark())) {
            throw refused("!<" + tag + ">", position);
        }
        if (tag.startsWith(CORE_PREFIX)) {
            Core core = Core.of(tag.substring(CORE_PREFIX.length()));
            if (core == null) {
                throw refused("!!" + tag.substring(CORE_PREFIX.length()), position);
            }
            return new YamlTag(core, null);
        }
        String longForm = tag.startsWith("!") ? ShortForms.longForm(tag.substring(1)) : null;
        if (longForm == null) {
            throw refused(tag, position);
        }
        return new YamlTag(null, longForm);
    }

    private static boolean isVerbatim(Mark start) {
        if (start == null || start.getBuffer() == null) {
            return false;
        }
        int[] buffer = start.getBuffer();
        int at = start.getPointer();
        return at + 1 < buffer.length && buffer[at] == '!' && buffer[at + 1] == '<';
    }

    private static InputException refused(String written, SourcePosition position) {
        return new InputException(position, "unknown YAML tag " + Excerpt.of(written),
                "a template may use CloudFormation's short forms (" + ShortForms.known() + ") and YAML's "
                        + allowedCore());
    }

    static String allowedCore() {
        StringBuilder sb = new StringBuilder();
        for (Core c : Core.values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(c.written());
        }
        return sb.toString();
    }
}
