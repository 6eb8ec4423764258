package dev.airgap.template;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds the node tree of one template from a token stream, reading YAML as CloudFormation reads it: YAML 1.1
 * booleans, no merge keys, no tags but the short forms and the core schema's. Checks the {@link ReadLimits} on
 * nesting and string length itself, at the token that breaks them, so that the error has a line and a column.
 * One per read, not shared.
 */
final class TreeBuilder {

    /**
     * YAML 1.1's booleans, which CloudFormation reads as booleans in plain scalars, in any case (the AWS CLI quotes
     * {@code 'yes'} for that reason). Downstream compares booleans as the text {@code true}, so each is normalised.
     */
    private static final Map<String, String> BOOLEANS = Map.of("true", "true", "yes", "true", "y", "true",
            "on", "true", "false", "false", "no", "false", "n", "false", "off", "false");

    private static final String LIMIT_HINT = "a CloudFormation template never comes near this limit; the file is "
            + "probably generated wrongly or hostile";

    private final String file;
    private final JsonParser parser;
    private final YamlEventParser yaml;
    private final ReadLimits limits;
    private final Consumer<ReadWarning> warnings;

    TreeBuilder(String file, JsonParser parser, ReadLimits limits, Consumer<ReadWarning> warnings) {
        this.file = file;
        this.parser = parser;
        this.yaml = parser instanceof YamlEventParser y ? y : null;
        this.limits = limits;
        this.warnings = warnings;
    }

    /** Reads the file's one value; the caller decides whether it is a template. */
    Node document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new InputException(SourcePosition.of(file), "the file is empty",
                    "a template is a map with at least a Resources section");
        }
        if (yaml != null && yaml.tagDirective() != null) {
            throw new InputException(position(yaml.tagDirective()), "YAML %TAG directives are not supported",
                    "write the tags out as CloudFormation short forms (!Ref, !Sub…) and remove the directive");
        }
        Node root = value(first, 0);
        if (parser.nextToken() != null) {
            throw new InputException(position(parser.currentTokenLocation()),
                    "unexpected content after the end of the template", "a file holds exactly one template");
        }
        return root;
    }

    SourcePosition position(JsonLocation loc) {
        return loc == null || loc.getLineNr() <= 0 ? SourcePosition.of(file)
                : new SourcePosition(file, loc.getLineNr(), Math.max(loc.getColumnNr(), 1));
    }

    private SourcePosition position(Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** @param depth how many maps and lists enclose the value */
    private Node value(JsonToken token, int depth) throws IOException {
        SourcePosition pos = position(parser.currentTokenLocation());
        YamlTag tag = tag(pos);
        Node node = switch (token) {
            case START_OBJECT -> {
                enter(depth, pos);
                collectionTag(tag, YamlTag.Core.MAP, pos);
                yield map(pos, depth);
            }
            case START_ARRAY -> {
                enter(depth, pos);
                collectionTag(tag, YamlTag.Core.SEQ, pos);
                yield list(pos, depth);
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
                    yaml != null && yaml.currentEvent() instanceof ScalarEvent event
                            ? yamlScalar(token, event, tag, pos) : jsonScalar(token, pos);
            default -> throw new InputException(pos, "unexpected " + token, "fix the template syntax");
        };
        return tag.isShortForm() ? shortForm(tag.longForm(), node, pos) : node;
    }

    /** The tag of the current YAML node; none in JSON. Refuses anchors and aliases, and tags CloudFormation lacks. */
    private YamlTag tag(SourcePosition pos) {
        if (yaml == null) {
            return YamlTag.NONE;
        }
        Event event = yaml.currentEvent();
        // From the event: Jackson's getCurrentAnchor() misses an anchor written after a tag (!Ref &a x).
        if (yaml.isCurrentAlias() || event instanceof AliasEvent
                || event instanceof NodeEvent node && node.getAnchor() != null) {
            throw anchorsRefused(pos);
        }
        return event instanceof NodeEvent node ? YamlTag.of(node, pos) : YamlTag.NONE;
    }

    private static InputException anchorsRefused(SourcePosition pos) {
        return new InputException(pos, "YAML anchors and aliases are not supported by CloudFormation",
                "write the repeated value out in full");
    }

    private void enter(int depth, SourcePosition pos) {
        // The parsers are given a limit one deeper, so that this check, which knows the position, comes first.
        if (depth + 1 > limits.maxNesting()) {
            throw new InputException(pos, "maps and lists are nested deeper than the limit of "
                    + limits.maxNesting() + " levels", LIMIT_HINT);
        }
    }

    private static void collectionTag(YamlTag tag, YamlTag.Core fits, SourcePosition pos) {
        if (tag.core() != null && tag.core() != fits) {
            throw new InputException(pos, "the YAML tag " + tag.core().written() + " cannot stand on a "
                    + (fits == YamlTag.Core.MAP ? "map" : "list"), "remove the tag");
        }
    }

    /** @param what "string" or "key" */
    private void length(String text, String what, SourcePosition pos) {
        if (text.length() > limits.maxStringChars()) {
            throw new InputException(pos, "a " + what + " of " + text.length() + " characters is longer than the limit "
                    + "of " + limits.maxStringChars() + " characters", LIMIT_HINT);
        }
    }

    private ScalarNode jsonScalar(JsonToken token, SourcePosition pos) throws IOException {
        return switch (token) {
            case VALUE_STRING -> ScalarNode.string(parser.getText(), pos);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ScalarNode(parser.getText(), ScalarNode.Kind.NUMBER, pos);
            case VALUE_TRUE -> new ScalarNode("true", ScalarNode.Kind.BOOLEAN, pos);
            case VALUE_FALSE -> new ScalarNode("false", ScalarNode.Kind.BOOLEAN, pos);
            default -> new ScalarNode(null, ScalarNode.Kind.NULL, pos);
        };
    }

    /**
     * A YAML scalar. Jackson has already decided numbers and nulls by YAML 1.1's rules; booleans are decided here,
     * from how the scalar was written, because Jackson knows fewer of them than CloudFormation.
     */
    private ScalarNode yamlScalar(JsonToken token, ScalarEvent event, YamlTag tag, SourcePosition pos) {
        String text = event.getValue();
        length(text, "string", pos);
        if (tag.isShortForm()) {
            // The argument of a short form is its text: !Ref yes names a resource "yes".
            return ScalarNode.string(text, pos);
        }
        String bool = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
        if (tag.core() == null) {
            if (event.isPlain() && bool != null) {
                return new ScalarNode(bool, ScalarNode.Kind.BOOLEAN, pos);
            }
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ScalarNode(text, ScalarNode.Kind.NUMBER, pos);
                case VALUE_NULL -> new ScalarNode(null, ScalarNode.Kind.NULL, pos);
                default -> ScalarNode.string(text, pos);
            };
        }
        boolean fits = switch (tag.core()) {
            case STR -> true;
            case BOOL -> bool != null;
            // YAML 1.1's own patterns, as SnakeYAML resolves plain scalars; Jackson takes any text under !!float.
            case INT -> Resolver.INT.matcher(text).matches();
            case FLOAT -> Resolver.FLOAT.matcher(text).matches() || Resolver.INT.matcher(text).matches();
            case NULL -> text.isEmpty() || Resolver.NULL.matcher(text).matches();
            case MAP, SEQ -> false;
        };
        if (!fits) {
            throw new InputException(pos, "the YAML tag " + tag.core().written() + " cannot stand on the scalar '"
                    + Excerpt.of(text) + "'", "remove the tag or correct the value");
        }
        return switch (tag.core()) {
            case BOOL -> new ScalarNode(bool, ScalarNode.Kind.BOOLEAN, pos);
            case INT, FLOAT -> new ScalarNode(text, ScalarNode.Kind.NUMBER, pos);
            case NULL -> new ScalarNode(null, ScalarNode.Kind.NULL, pos);
            default -> ScalarNode.string(text, pos);
        };
    }

    /**
     * Checks a map key. Keys stay strings whatever they look like ({@code Yes:}, {@code 80:}): CloudFormation keys
     * are names (logical IDs, properties, mapping keys).
     */
    private void key(String key, SourcePosition pos) {
        length(key, "key", pos);
        if (yaml == null || !(yaml.currentEvent() instanceof ScalarEvent event)) {
            return;
        }
        if (event.getAnchor() != null) {
            throw anchorsRefused(pos);
        }
        YamlTag tag = YamlTag.of(event, pos);
        if (!tag.isNone() && tag.core() != YamlTag.Core.STR) {
            throw new InputException(pos, "a map key cannot carry a YAML tag other than !!str",
                    "write the key as a plain name");
        }
        // YAML 1.1 merges only a plain, untagged <<; a quoted '<<' (or !!str <<) is an ordinary key there, so it
        // is kept as one, like any other name.
        if (event.isPlain() && tag.isNone() && Resolver.MERGE.matcher(key).matches()) {
            throw new InputException(pos, "YAML merge keys ('<<') are not supported by CloudFormation",
                    "write the merged keys out");
        }
    }

    private Node shortForm(String key, Node node, SourcePosition pos) {
        Node argument = node;
        if (key.equals("Fn::GetAtt") && node instanceof ScalarNode s && s.value() != null) {
            int dot = s.value().indexOf('.');
            if (dot <= 0 || dot == s.value().length() - 1) {
                throw new InputException(pos, "!GetAtt '" + Excerpt.of(s.value())
                        + "' is not of the form Resource.Attribute", "write !GetAtt LogicalId.AttributeName");
            }
            argument = new ListNode(List.of(
                    ScalarNode.string(s.value().substring(0, dot), pos),
                    ScalarNode.string(s.value().substring(dot + 1), pos)), pos);
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        entries.put(key, argument);
        return new MapNode(entries, pos);
    }

    private MapNode map(SourcePosition pos, int depth) throws IOException {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, SourcePosition> keyPositions = new HashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourcePosition keyPos = position(parser.currentTokenLocation());
            key(key, keyPos);
            SourcePosition first = keyPositions.putIfAbsent(key, keyPos);
            Node value = value(parser.nextToken(), depth + 1);
            if (first == null) {
                entries.put(key, value);
                continue;
            }
            // CloudFormation deploys the last value of a repeated key (YAML and JSON alike), so that is what is
            // analysed. The key keeps the place of its first occurrence (CloudFormation maps are unordered; this
            // keeps the order of the other keys as written). An identical repeat keeps the first node, so nothing
            // downstream moves.
            boolean same = NodeEquality.same(entries.get(key), value);
            if (!same) {
                entries.put(key, value);
            }
            warnings.accept(new ReadWarning(keyPos, "key '" + Excerpt.of(key) + "' is repeated (first at " + first
                    + ") " + (same ? "with the same value; remove one"
                    : "with a different value: CloudFormation deploys this last one; remove the other"), first));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new InputException(position(parser.currentTokenLocation()), "unexpected " + t + " in a map",
                    "fix the template syntax");
        }
        return new MapNode(entries, pos);
    }

    private ListNode list(SourcePosition pos, int depth) throws IOException {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new InputException(position(parser.currentLocation()), "the file ends inside a list",
                        "the file is truncated");
            }
            items.add(value(t, depth + 1));
        }
        return new ListNode(items, pos);
    }
}
