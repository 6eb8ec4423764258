package dev.airgap.template;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Jackson's YAML parser with the SnakeYAML event behind the current token in view. Reading YAML as CloudFormation
 * does needs what Jackson's token hides: how a scalar was written ({@code yes} is a boolean, {@code 'yes'} a
 * string), the exact tag ({@code getTypeId()} drops the {@code !}, so {@code !Ref} and {@code !<Ref>} look alike),
 * and whether the document declared {@code %TAG} handles.
 */
final class YamlEventParser extends YAMLParser {

    private Mark tagDirective;

    private YamlEventParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions loader,
                            ObjectCodec codec, Reader reader) {
        super(context, parserFeatures, yamlFeatures, loader, codec, reader);
    }

    /** The event of the current token: the scalar of a value or key, the start of a map or list. */
    Event currentEvent() {
        return _lastEvent;
    }

    /**
     * Where a document so far declared a {@code %TAG} directive (which would let {@code !!str} or {@code !Ref} mean
     * another tag), or null.
     */
    Mark tagDirective() {
        return tagDirective;
    }

    @Override
    protected Event getEvent() throws IOException {
        Event event = super.getEvent();
        if (tagDirective == null && event instanceof DocumentStartEvent start && start.getTags() != null
                && !start.getTags().isEmpty()) {
            tagDirective = start.getStartMark();
        }
        return event;
    }

    /** Makes {@link YamlEventParser}s; configured like a plain {@link YAMLFactory}. */
    static final class Factory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new YamlEventParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    reader);
        }

        @Override
        protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context,
                                           boolean recyclable) {
            return new YamlEventParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    new java.io.CharArrayReader(data, offset, length));
        }
    }
}
