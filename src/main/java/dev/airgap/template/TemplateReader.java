package dev.airgap.template;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one template, JSON or YAML (chosen by content, not by file name), into a {@link Node} tree with source
 * positions, YAML short-form tags turned into their long form and YAML read as CloudFormation reads it (YAML 1.1
 * booleans). Reading is strict where CloudFormation is strict (unknown tags, YAML anchors, aliases and merge keys),
 * and lenient where it is lenient: a key repeated in one map keeps its last value, with a {@link ReadWarning} and bounded by {@link ReadLimits}; every refusal names its {@code file:line:column} where there is one
 * and quotes the file only as an {@link Excerpt}. Thread-safe and reusable.
 */
public final class TemplateReader {

    private final ReadLimits limits;
    private final java.util.function.Consumer<String> warnings;
    private final JsonFactory json;
    private final YamlEventParser.Factory yaml;

    public TemplateReader() {
        this(ReadLimits.DEFAULT, w -> { });
    }

    public TemplateReader(ReadLimits limits) {
        this(limits, w -> { });
    }

    /** @param warnings receives what is accepted but worth fixing (a repeated key), unless a read names its own */
    public TemplateReader(ReadLimits limits, java.util.function.Consumer<String> warnings) {
        this.limits = limits;
        this.warnings = warnings;
        // One level deeper than the limit: the tree builder refuses the deepest level itself, with its position.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNesting() + 1)
                .maxStringLength(limits.maxStringChars())
                .maxNameLength(limits.maxStringChars())
                .maxDocumentLength(limits.maxBytes())
                .build();
        // Jackson quotes the offending token in its messages; keep that to an excerpt.
        ErrorReportConfiguration errors = ErrorReportConfiguration.builder()
                .maxErrorTokenLength(Excerpt.MAX_CODE_POINTS)
                .maxRawContentLength(0)
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).errorReportConfiguration(errors).build();
        LoaderOptions loader = new LoaderOptions();
        loader.setNestingDepthLimit(limits.maxNesting() + 1);
        loader.setCodePointLimit(limits.maxBytes());
        loader.setMaxAliasesForCollections(0);
        // Repeated keys are the tree builder's to decide (last wins) and report, knowing where the first one was.
        loader.setAllowDuplicateKeys(true);
        this.yaml = new YamlEventParser.Factory(YAMLFactory.builder().loaderOptions(loader)
                .streamReadConstraints(constraints).errorReportConfiguration(errors));
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
        return read(file, content, w -> warnings.accept(w.toString()));
    }

    /** As {@link #read(String, byte[])}, the warnings of this file going to {@code fileWarnings}. */
    public MapNode read(String file, byte[] content, java.util.function.Consumer<ReadWarning> fileWarnings) {
        if (content.length > limits.maxBytes()) {
            throw new InputException(SourcePosition.of(file), "the file has " + content.length
                    + " bytes, more than the limit of " + limits.maxBytes() + " bytes",
                    "CloudFormation accepts templates of at most 1 MB; check that this is the template you meant");
        }
        String text = decode(file, content);
        boolean isJson = firstSignificantChar(text) == '{' || firstSignificantChar(text) == '[';
        if (!isJson) {
            refuseLongLines(file, text);
        }
        try (JsonParser parser = isJson ? json.createParser(text) : yaml.createParser(new StringReader(text))) {
            TreeBuilder builder = new TreeBuilder(file, parser, limits, fileWarnings);
            Node root;
            try {
                root = builder.document();
            } catch (StreamConstraintsException e) {
                // Jackson's limit errors carry no location; the token being read is where the limit was hit.
                SourcePosition at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? position(file, e)
                        : builder.position(parser.currentTokenLocation());
                throw limitError(at, e);
            }
            if (!(root instanceof MapNode map)) {
                throw new InputException(root.position(), "the template is " + root.describe() + ", not a map",
                        "a template is a map with at least a Resources section");
            }
            return map;
        } catch (InputException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw limitError(position(file, e), e);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, text, e, isJson);
        } catch (MarkedYAMLException e) {
            throw yamlError(file, e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new InputException(SourcePosition.of(file), "YAML cannot be read: " + quote(e.getMessage()),
                    "fix the YAML syntax", e);
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(file), "cannot be read: " + quote(e.getMessage()), "", e);
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
                throw new InputException(lineColumnAt(file, content, start, i), "the file contains a NUL byte: it is binary, "
                        + "not a template", "name a JSON or YAML CloudFormation template");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // The decoder stops at the first bad byte, so its position says where the file stops being UTF-8.
            throw new InputException(lineColumnAt(file, content, start, in.position()), "the file is not valid UTF-8",
                    "CloudFormation reads UTF-8: save the template as UTF-8");
        }
        return out.flip().toString();
    }

    private void refuseLongLines(String file, String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > limits.maxYamlLineChars()) {
                    throw new InputException(new SourcePosition(file, line, limits.maxYamlLineChars() + 1),
                            "the line has " + (i - start) + " characters, more than the limit of "
                                    + limits.maxYamlLineChars() + " for a line of YAML",
                            "a CloudFormation template never comes near this limit; write a long string over "
                                    + "several lines (a block scalar) or use JSON");
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static SourcePosition codePointPosition(String file, String text, int codePoints) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int n = 0; n < codePoints && i < text.length(); n++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }

    /** The line and column of a byte, columns counted in characters (UTF-8 continuation bytes add none). */
    private static SourcePosition lineColumnAt(String file, byte[] content, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
                column = 1;
            } else if ((content[i] & 0xC0) != 0x80) {
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

    private static InputException limitError(SourcePosition at, StreamConstraintsException e) {
        return new InputException(at, "the document exceeds a reading limit ("
                + Excerpt.escapeControls(firstLine(e.getOriginalMessage())) + ")", "a CloudFormation template never "
                + "comes near this limit; the file is probably generated wrongly or hostile", e);
    }

    private static SourcePosition position(String file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() <= 0) {
            return SourcePosition.of(file);
        }
        return new SourcePosition(file, loc.getLineNr(), Math.max(loc.getColumnNr(), 1));
    }

    private static InputException syntaxError(String file, String text, JsonProcessingException e, boolean isJson) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException marked) {
            return yamlError(file, marked);
        }
        if (cause instanceof ReaderException r) {
            // SnakeYAML gives the offset of the character, not its line; Jackson's location is where it stood.
            return new InputException(codePointPosition(file, text, r.getPosition()), "the file contains the "
                    + "character U+" + String.format("%04X", r.getCodePoint()) + ", which YAML does not allow",
                    "remove it; a YAML template holds printable text only", e);
        }
        if (cause instanceof org.yaml.snakeyaml.error.YAMLException y) {
            return new InputException(position(file, e), "YAML cannot be read: " + quote(y.getMessage()),
                    "fix the YAML", e);
        }
        // Jackson's JSON messages quote at most an excerpt of the token (see the ErrorReportConfiguration); its YAML
        // messages may show a whole event, so they are cut like any quoted input.
        String what = isJson ? Excerpt.escapeControls(firstLine(e.getOriginalMessage())) : quote(e.getOriginalMessage());
        String hint = isJson ? "fix the JSON syntax (a truncated file ends in the middle of a value)"
                : "fix the YAML syntax";
        if (!isJson && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Expected a field name")) {
            return new InputException(position(file, e), "a map key is a map, a list or an alias",
                    "CloudFormation keys are names: write the key as a plain string", e);
        }
        if (e instanceof JsonParseException && what.contains("end-of-input")) {
            return new InputException(position(file, e), "the file ends in the middle of a value: " + what,
                    "the file is truncated or was cut while copying", e);
        }
        return new InputException(position(file, e), "syntax error: " + what, hint, e);
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
        } else if (problem.contains("undefined tag handle")) {
            hint = "CloudFormation knows the short forms " + ShortForms.known() + " and YAML's "
                    + YamlTag.allowedCore();
        } else if (problem.contains("tag")) {
            hint = "a YAML node takes one tag: write the inner function in long form, for example "
                    + "!GetAZs {Ref: 'AWS::Region'}";
        } else if (problem.contains("alias")) {
            hint = "CloudFormation does not support YAML anchors and aliases: write the values out";
        }
        // SnakeYAML's problem and context may quote the input (a tag handle, a character): excerpts only.
        String context = e.getContext() == null ? "" : quote(e.getContext()) + ": ";
        return new InputException(pos, "YAML syntax error: " + context + quote(problem), hint, e);
    }

    /** A library's message, which may quote input, as a message may show it: its first line, an excerpt. */
    private static String quote(String message) {
        return Excerpt.of(firstLine(message));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
