package dev.airgap.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one template, JSON or YAML (chosen by content, not by file name), into a {@link Node} tree with source
 * positions, YAML short-form tags turned into their long form. Reading is strict where CloudFormation is strict
 * (duplicate keys, unknown tags, YAML aliases) and bounded by {@link ReadLimits}. Thread-safe and reusable.
 */
public final class TemplateReader {

    private final ReadLimits limits;
    private final java.util.function.Consumer<String> warnings;
    private final JsonFactory json;
    private final YAMLFactory yaml;

    public TemplateReader() {
        this(ReadLimits.DEFAULT, w -> { });
    }

    public TemplateReader(ReadLimits limits) {
        this(limits, w -> { });
    }

    /** @param warnings receives what is accepted but worth fixing (a key repeated with the same value) */
    public TemplateReader(ReadLimits limits, java.util.function.Consumer<String> warnings) {
        this.limits = limits;
        this.warnings = warnings;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNesting())
                .maxStringLength(limits.maxStringChars())
                .maxDocumentLength(limits.maxBytes())
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
        LoaderOptions loader = new LoaderOptions();
        loader.setNestingDepthLimit(limits.maxNesting());
        loader.setCodePointLimit(limits.maxBytes());
        loader.setMaxAliasesForCollections(0);
        // Duplicate keys are reported by the tree builder, which knows where the first one was.
        loader.setAllowDuplicateKeys(true);
        this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
    }

    /** The limits this reader holds files to; the loader reads no more bytes than {@code maxBytes} of a file. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Parses a template's bytes. The root must be a map; whether it is a CloudFormation template (has
     * {@code Resources}) is for the caller to decide.
     *
     * @param file    the name used in positions and messages
     * @param content the file's bytes (UTF-8, with or without a byte-order mark)
     * @throws InputException when the content cannot be read, with the position of the problem
     */
    public MapNode read(String file, byte[] content) {
        if (content.length > limits.maxBytes()) {
            throw new InputException(SourcePosition.of(file), "the file has " + content.length
                    + " bytes, more than the limit of " + limits.maxBytes() + " bytes",
                    "CloudFormation accepts templates of at most 1 MB; check that this is the template you meant");
        }
        String text = decode(file, content);
        boolean isJson = firstSignificantChar(text) == '{' || firstSignificantChar(text) == '[';
        try (JsonParser parser = isJson ? json.createParser(text) : yaml.createParser(text)) {
            Builder builder = new Builder(file, parser, warnings);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(SourcePosition.of(file), "the file is empty",
                        "a template is a map with at least a Resources section");
            }
            Node root = builder.value(first, 0);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new InputException(builder.position(parser.currentTokenLocation()),
                        "unexpected content after the end of the template", "a file holds exactly one template");
            }
            if (!(root instanceof MapNode map)) {
                throw new InputException(root.position(), "the template is " + root.describe() + ", not a map",
                        "a template is a map with at least a Resources section");
            }
            return map;
        } catch (InputException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw new InputException(position(file, e), limitMessage(e), "a CloudFormation template never comes near "
                    + "this limit; the file is probably generated wrongly or hostile", e);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e, isJson);
        } catch (MarkedYAMLException e) {
            throw yamlError(file, e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new InputException(SourcePosition.of(file), "YAML cannot be read: " + firstLine(e.getMessage()),
                    "fix the YAML syntax", e);
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(file), "cannot be read: " + e.getMessage(), "", e);
        }
    }

    private static String decode(String file, byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        if (content.length >= 2 && ((content[0] & 0xff) == 0xFE || (content[0] & 0xff) == 0xFF)) {
            throw new InputException(SourcePosition.of(file), "the file is encoded in UTF-16",
                    "CloudFormation reads UTF-8: save the template as UTF-8");
        }
        for (int i = start; i < content.length; i++) {
            if (content[i] == 0) {
                throw new InputException(lineColumnAt(file, content, i), "the file contains a NUL byte: it is binary, "
                        + "not a template", "name a JSON or YAML CloudFormation template");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(SourcePosition.of(file), "the file is not valid UTF-8",
                    "CloudFormation reads UTF-8: save the template as UTF-8", e);
        }
    }

    private static SourcePosition lineColumnAt(String file, byte[] content, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }

    private static char firstSignificantChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    private static String limitMessage(StreamConstraintsException e) {
        String m = firstLine(e.getMessage());
        if (m.contains("nesting") || m.contains("Depth")) {
            return "the document is nested deeper than the limit (" + m + ")";
        }
        return "the document exceeds a reading limit (" + m + ")";
    }

    private static SourcePosition position(String file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() <= 0) {
            return SourcePosition.of(file);
        }
        return new SourcePosition(file, loc.getLineNr(), Math.max(loc.getColumnNr(), 1));
    }

    private static InputException syntaxError(String file, JsonProcessingException e, boolean isJson) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException marked) {
            return yamlError(file, marked);
        }
        if (cause instanceof org.yaml.snakeyaml.error.YAMLException y) {
            return new InputException(position(file, e), limitOrSyntax(y.getMessage()), "fix the YAML", e);
        }
        String what = e.getOriginalMessage();
        String hint = isJson ? "fix the JSON syntax (a truncated file ends in the middle of a value)"
                : "fix the YAML syntax";
        if (e instanceof JsonParseException && what != null && what.contains("end-of-input")) {
            return new InputException(position(file, e), "the file ends in the middle of a value: " + firstLine(what),
                    "the file is truncated or was cut while copying", e);
        }
        return new InputException(position(file, e), "syntax error: " + firstLine(what), hint, e);
    }

    private static String limitOrSyntax(String message) {
        return firstLine(message);
    }

    private static InputException yamlError(String file, MarkedYAMLException e) {
        var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourcePosition pos = mark == null ? SourcePosition.of(file)
                : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String hint = "fix the YAML syntax";
        if (problem.contains("(TAB)")) {
            return new InputException(pos, "YAML syntax error: a tab character is used for indentation",
                    "YAML does not allow tabs for indentation: indent with spaces", e);
        } else if (problem.contains("tag")) {
            hint = "a YAML node takes one tag: write the inner function in long form, for example "
                    + "!GetAZs {Ref: 'AWS::Region'}";
        } else if (problem.contains("nesting")) {
            hint = "a CloudFormation template never nests this deep; the file is probably generated wrongly or hostile";
        } else if (problem.contains("alias")) {
            hint = "CloudFormation does not support YAML anchors and aliases: write the values out";
        }
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        return new InputException(pos, "YAML syntax error: " + context + problem, hint, e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Builds nodes from a token stream; one per read, not shared. */
    private static final class Builder {
        private final String file;
        private final JsonParser parser;
        private final java.util.function.Consumer<String> warnings;

        Builder(String file, JsonParser parser, java.util.function.Consumer<String> warnings) {
            this.file = file;
            this.parser = parser;
            this.warnings = warnings;
        }

        SourcePosition position(JsonLocation loc) {
            return loc == null ? SourcePosition.of(file)
                    : new SourcePosition(file, loc.getLineNr(), Math.max(loc.getColumnNr(), 1));
        }

        Node value(JsonToken token, int depth) throws IOException {
            SourcePosition pos = position(parser.currentTokenLocation());
            String tag = tag(pos);
            Node node;
            switch (token) {
                case START_OBJECT -> node = map(pos, depth);
                case START_ARRAY -> node = list(pos, depth);
                case VALUE_STRING -> node = new ScalarNode(parser.getText(), ScalarNode.Kind.STRING, pos);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                        node = new ScalarNode(parser.getText(), ScalarNode.Kind.NUMBER, pos);
                case VALUE_TRUE, VALUE_FALSE -> node = new ScalarNode(parser.getText(), ScalarNode.Kind.BOOLEAN, pos);
                case VALUE_NULL -> node = tag != null ? ScalarNode.string("", pos)
                        : new ScalarNode(null, ScalarNode.Kind.NULL, pos);
                default -> throw new InputException(pos, "unexpected " + token, "fix the template syntax");
            }
            return tag == null ? node : shortForm(tag, node, pos);
        }

        private String tag(SourcePosition pos) throws IOException {
            if (!(parser instanceof YAMLParser y)) {
                return null;
            }
            if (y.isCurrentAlias() || y.getCurrentAnchor() != null) {
                throw new InputException(pos, "YAML anchors and aliases are not supported by CloudFormation",
                        "write the repeated value out in full");
            }
            String tag = y.getTypeId();
            if (tag == null || ShortForms.isYamlCoreTag(tag)) {
                return null;
            }
            return tag;
        }

        private Node shortForm(String tag, Node node, SourcePosition pos) {
            String key = ShortForms.longForm(tag);
            if (key == null) {
                throw new InputException(pos, "unknown YAML tag !" + tag,
                        "CloudFormation knows these short forms: " + ShortForms.known());
            }
            Node argument = node;
            if (key.equals("Fn::GetAtt") && node instanceof ScalarNode s && s.value() != null) {
                int dot = s.value().indexOf('.');
                if (dot <= 0 || dot == s.value().length() - 1) {
                    throw new InputException(pos, "!GetAtt '" + s.value() + "' is not of the form Resource.Attribute",
                            "write !GetAtt LogicalId.AttributeName");
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
            Map<String, SourcePosition> keyPositions = new java.util.HashMap<>();
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourcePosition keyPos = position(parser.currentTokenLocation());
                SourcePosition first = keyPositions.putIfAbsent(key, keyPos);
                Node value = value(parser.nextToken(), depth + 1);
                if (first != null) {
                    // Which of two different values CloudFormation would keep is not defined, so no verdict could
                    // be trusted; a repeat of the same value (seen in public templates) changes nothing.
                    if (!NodeEquality.same(entries.get(key), value)) {
                        throw new InputException(keyPos, "duplicate key '" + key + "' with a different value (first at "
                                + "line " + first.line() + ")", "remove or rename one of them");
                    }
                    warnings.accept(keyPos + ": key '" + key + "' repeats the one at line " + first.line()
                            + " with the same value; remove one");
                    continue;
                }
                entries.put(key, value);
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
}
