package dev.airgap.need;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.airgap.template.Excerpt;
import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bundled table of what each kind of workload needs ({@code workload-needs.json} beside this class). Read
 * strictly: an unknown field, a missing source or an unknown condition is an error at its line and column, so a fact
 * without its page never slips in.
 */
public final class NeedsTable {

    public static final int FORMAT_VERSION = 1;
    static final String RESOURCE = "workload-needs.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static volatile NeedsTable bundled;

    private final Map<WorkloadKind, TableEntry> entries;

    private NeedsTable(List<TableEntry> entries) {
        Map<WorkloadKind, TableEntry> m = new EnumMap<>(WorkloadKind.class);
        entries.forEach(e -> m.put(e.kind(), e));
        this.entries = m;
    }

    /** The file's shape. */
    record File(int formatVersion, String about, List<TableEntry> workloads) {
        File {
            if (formatVersion != FORMAT_VERSION) {
                throw new IllegalArgumentException("formatVersion " + formatVersion + " is not supported (expected "
                        + FORMAT_VERSION + ")");
            }
            if (workloads == null || workloads.isEmpty()) {
                throw new IllegalArgumentException("the table lists no \"workloads\"");
            }
            long kinds = workloads.stream().map(TableEntry::kind).distinct().count();
            if (kinds != workloads.size()) {
                throw new IllegalArgumentException("a kind of workload is listed twice");
            }
        }
    }

    /** The table shipped with airgap. */
    public static NeedsTable bundled() {
        NeedsTable t = bundled;
        if (t == null) {
            try (InputStream in = NeedsTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled " + RESOURCE + " is missing from the plugin");
                }
                t = read(in, "bundled " + RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = t;
        }
        return t;
    }

    /**
     * @param file how messages name the input
     * @throws InputException at the line and column of what is wrong
     */
    public static NeedsTable read(InputStream in, String file) throws IOException {
        try {
            File f = MAPPER.readValue(in, File.class);
            return new NeedsTable(f.workloads());
        } catch (UnrecognizedPropertyException e) {
            throw located(file, e.getLocation(), "unknown field '" + Excerpt.of(e.getPropertyName()) + "'",
                    "expected one of " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")));
        } catch (InvalidFormatException e) {
            throw located(file, e.getLocation(), "'" + Excerpt.of(String.valueOf(e.getValue())) + "' is not a "
                    + e.getTargetType().getSimpleName(), "expected one of " + keys(e.getTargetType()));
        } catch (ValueInstantiationException e) {
            String why = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage()
                    : "a value has the wrong shape";
            throw located(file, e.getLocation(), why, "every need names its service, when it applies and, through "
                    + "its kind, the AWS page it was read from");
        } catch (JsonProcessingException e) {
            throw located(file, e.getLocation(), "not a table of needs: " + Excerpt.of(e.getOriginalMessage()),
                    "see the bundled " + RESOURCE + " for the format");
        }
    }

    private static InputException located(String file, JsonLocation at, String problem, String hint) {
        SourcePosition where = at == null ? SourcePosition.of(file)
                : new SourcePosition(file, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
        return new InputException(where, problem, hint);
    }

    private static String keys(Class<?> type) {
        if (type == WorkloadKind.class) {
            return java.util.Arrays.stream(WorkloadKind.values()).map(WorkloadKind::key)
                    .collect(Collectors.joining(", "));
        }
        if (type == Condition.class) {
            return java.util.Arrays.stream(Condition.values()).map(Condition::key).collect(Collectors.joining(", "));
        }
        return type.getSimpleName();
    }

    public Optional<TableEntry> entry(WorkloadKind kind) {
        return Optional.ofNullable(entries.get(kind));
    }

    public List<TableEntry> entries() {
        return List.copyOf(entries.values());
    }
}
