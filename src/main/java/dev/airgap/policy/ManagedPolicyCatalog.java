package dev.airgap.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.resolve.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS-managed policies bundled with the plugin ({@code aws-managed-policies.json}), each the real document of a
 * dated default version with its source. Roles usually attach these by ARN; without the documents every such role
 * would be UNKNOWN.
 */
public final class ManagedPolicyCatalog {

    private static final String RESOURCE = "aws-managed-policies.json";

    /**
     * A bundled policy.
     *
     * @param name        path and name after {@code policy/}, e.g. {@code AmazonS3FullAccess}
     * @param versionId   the default version copied, e.g. {@code v2}
     * @param versionDate when that version was created
     * @param source      where the document was copied from
     * @param document    the policy document
     */
    public record Entry(String name, String versionId, String versionDate, String source, Value document) {

        /** {@code AWS managed policy AmazonS3FullAccess (v2, 2021-09-27)}. */
        public String label() {
            return "AWS managed policy " + name + " (" + versionId + ", " + versionDate.substring(0, 10) + ")";
        }
    }

    /** Loaded on first use: reading the 130 KB catalog is wasted on runs without roles. */
    private static final class Bundled {
        static final ManagedPolicyCatalog INSTANCE = load();
    }

    private final Map<String, Entry> entries;

    ManagedPolicyCatalog(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static ManagedPolicyCatalog bundled() {
        return Bundled.INSTANCE;
    }

    public Optional<Entry> byName(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    public List<String> names() {
        return entries.keySet().stream().sorted().toList();
    }

    /**
     * The document of an AWS-managed policy ARN ({@code arn:aws:iam::aws:policy/X}, any partition, also as a
     * {@code Concat} with {@code AWS::Partition}): the bundled document, or an UNKNOWN document when the policy is
     * not bundled or the ARN cannot be read. Empty for a customer-managed ARN, which the caller must find in the run.
     */
    public Optional<PolicyDocument> document(Value arn, Symbols symbols) {
        ManagedPolicyArn parsed = ManagedPolicyArn.parse(arn, symbols);
        switch (parsed.kind()) {
            case CUSTOMER:
                return Optional.empty();
            case UNDECIDABLE:
                return Optional.of(PolicyDocument.unknown(PolicySource.of(Layer.IDENTITY, "managed policy "
                        + parsed.shown()), "the managed policy ARN " + parsed.shown() + " cannot be read"));
            default:
                break;
        }
        Entry e = entries.get(parsed.name());
        if (e == null) {
            return Optional.of(PolicyDocument.unknown(PolicySource.of(Layer.IDENTITY, "AWS managed policy "
                    + parsed.name()), "AWS managed policy " + parsed.name() + " is not in the bundled catalog ("
                    + String.join(", ", names()) + ")"));
        }
        return Optional.of(PolicyDocument.parse(PolicySource.of(Layer.IDENTITY, e.label()), e.document()));
    }

    private static ManagedPolicyCatalog load() {
        try (InputStream in = ManagedPolicyCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (JsonNode p : root.get("policies")) {
                String path = p.get("path").asText();
                String name = path.substring(1) + p.get("name").asText();
                entries.put(name, new Entry(name, p.get("versionId").asText(), p.get("versionDate").asText(),
                        p.get("source").asText(), JsonValues.toValue(p.get("document"))));
            }
            return new ManagedPolicyCatalog(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
