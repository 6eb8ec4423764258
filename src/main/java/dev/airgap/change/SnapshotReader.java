package dev.airgap.change;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.airgap.path.Access;
import dev.airgap.path.Egress;
import dev.airgap.template.Excerpt;
import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an {@code airgap.json} into a {@link Snapshot}: strict about {@code schemaVersion} (another version's
 * fields may mean something else, so comparing them would be guessing), tolerant of fields it does not use. Every
 * problem is one located {@link InputException}.
 */
public final class SnapshotReader {

    /** The {@code airgap.json} schema this reader understands. */
    public static final int SCHEMA_VERSION = 2;

    /**
     * The oldest schema it reads as well: 2 changed only the hops' {@code detail}, which a change is not made of, so a
     * baseline written before it still compares.
     */
    static final int OLDEST_SCHEMA_VERSION = 1;

    /**
     * The largest report read, in bytes: far above the report of thousands of subnets, and a bound on what a
     * mistaken path (a log, an archive) costs before it is refused.
     */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                            .maxDocumentLength(MAX_BYTES).build())
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final String HINT = "give the airgap.json a previous build of airgap (schema version "
            + OLDEST_SCHEMA_VERSION + " to " + SCHEMA_VERSION
            + ") wrote, e.g. -Dairgap.baseline=baseline/airgap.json";

    private SnapshotReader() {
    }

    /** Reads the file; {@code name} is how messages name it. */
    public static Snapshot read(Path file, String name) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(SourcePosition.of(name), "the report is larger than " + MAX_BYTES / 1024
                        / 1024 + " MiB", HINT);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(SourcePosition.of(name), "no such file", HINT);
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(name), "cannot be read: " + Excerpt.of(e.getMessage()), HINT);
        }
        return read(bytes, name);
    }

    /** Top-level fields of a CloudFormation template that an {@code airgap.json} never has. */
    private static final Set<String> TEMPLATE_SECTIONS = Set.of("AWSTemplateFormatVersion", "Resources", "Transform");

    /**
     * Whether the path names an {@code airgap.json} rather than templates: a folder or a YAML file is templates, a
     * JSON file is a report unless its top-level fields are a template's. A JSON file that is missing or does not
     * parse counts as a report, so that reading it says what is wrong with the report.
     */
    public static boolean isReport(Path file) {
        if (Files.isDirectory(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return true;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                if ("schemaVersion".equals(field)) {
                    return true;
                }
                if (TEMPLATE_SECTIONS.contains(field)) {
                    return false;
                }
                p.nextToken();
                p.skipChildren();
            }
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** Reads a report held in memory (the current build's, as {@code airgap.json} would hold it). */
    public static Snapshot read(byte[] json, String name) {
        checkVersion(json, name);
        ReportJson report;
        try {
            report = JSON.readValue(json, ReportJson.class);
        } catch (JsonProcessingException e) {
            throw located(e, name);
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(name), "cannot be read: " + Excerpt.of(e.getMessage()), HINT);
        }
        return report.toSnapshot(name);
    }

    /**
     * Finds {@code schemaVersion} among the top-level fields before anything is bound, so that a report of another
     * version is named as such rather than as whichever of its fields this reader does not understand.
     */
    private static void checkVersion(byte[] json, String name) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(p.currentTokenLocation(), name, "is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("schemaVersion".equals(field)) {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < OLDEST_SCHEMA_VERSION
                            || p.getIntValue() > SCHEMA_VERSION) {
                        throw error(p.currentTokenLocation(), name, "has schemaVersion " + Excerpt.of(p.getText())
                                + "; this airgap reads schema versions " + OLDEST_SCHEMA_VERSION + " to "
                                + SCHEMA_VERSION);
                    }
                    return;
                }
                p.skipChildren();
            }
            throw error(p.currentTokenLocation(), name, "has no schemaVersion: it is not an airgap.json report");
        } catch (JsonProcessingException e) {
            throw located(e, name);
        } catch (IOException e) {
            throw new InputException(SourcePosition.of(name), "cannot be read: " + Excerpt.of(e.getMessage()), HINT);
        }
    }

    private static InputException error(JsonLocation at, String name, String problem) {
        return new InputException(position(at, name), problem, HINT);
    }

    /**
     * Names the field (as {@code subnets[3].services.s3.access}) and what is wrong with it; Jackson's own message
     * names Java types and quotes the value whole, so only the value's excerpt is kept.
     */
    private static InputException located(JsonProcessingException e, String name) {
        String what;
        if (e instanceof InvalidFormatException bad) {
            what = "'" + Excerpt.of(String.valueOf(bad.getValue())) + "' is not a value this field takes";
        } else if (e instanceof ValueInstantiationException bad && bad.getCause() != null) {
            what = bad.getCause().getMessage();
        } else if (e instanceof MismatchedInputException bad && bad.getTargetType() != null
                && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Missing required")) {
            what = "a required field is missing";
        } else if (e instanceof MismatchedInputException bad && bad.getTargetType() != null) {
            what = "not of the expected type (" + simpleType(bad.getTargetType()) + ")";
        } else {
            what = e.getOriginalMessage() == null ? "malformed JSON"
                    : Excerpt.of(e.getOriginalMessage().lines().findFirst().orElse("malformed JSON"));
        }
        String field = e instanceof JsonMappingException m ? field(m) : "";
        return new InputException(position(e.getLocation(), name), "is not a readable airgap.json report: "
                + (field.isEmpty() ? "" : field + ": ") + what, HINT);
    }

    private static String field(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(Excerpt.of(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The JSON kind a Java type is read from, for people who never saw the Java side. */
    private static String simpleType(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static SourcePosition position(JsonLocation at, String name) {
        if (at == null || at.getLineNr() <= 0) {
            return SourcePosition.of(name);
        }
        return new SourcePosition(name, at.getLineNr(), Math.max(at.getColumnNr(), 0));
    }

    // ---- the fields of airgap.json a change is made of -----------------------------------------------------------

    record ReportJson(@JsonProperty(required = true) int schemaVersion, List<String> services,
                      @JsonProperty(required = true) List<SubnetJson> subnets, List<VpcJson> vpcs, CostsJson costs,
                      List<ViolationJson> violations) {

        Snapshot toSnapshot(String name) {
            List<SubnetState> subnetStates = new ArrayList<>();
            for (SubnetJson s : subnets) {
                subnetStates.add(s.toState());
            }
            List<VpcState> vpcStates = new ArrayList<>();
            for (VpcJson v : nonNull(vpcs)) {
                vpcStates.add(v.toState());
            }
            List<EndpointState> endpoints = new ArrayList<>();
            Map<String, BigDecimal> monthly = new LinkedHashMap<>();
            String currency = costs == null ? null : costs.currency();
            if (costs != null) {
                for (RegionJson r : nonNull(costs.regions())) {
                    String region = r.region() == null ? "unknown" : r.region();
                    monthly.put(region, r.monthlyTotal() == null ? BigDecimal.ZERO : r.monthlyTotal());
                    r.endpoints(endpoints);
                }
            }
            List<ViolationState> violationStates = new ArrayList<>();
            for (ViolationJson v : nonNull(violations)) {
                violationStates.add(new ViolationState(v.requirement(), v.kind(), v.subject(), v.stack(), v.region(),
                        v.subnet(), v.subnetPath(), v.vpc(), v.service(), v.component(), v.unknown(), v.message()));
            }
            return new Snapshot(name, nonNull(services), subnetStates, vpcStates, endpoints, violationStates,
                    new CostState(currency, monthly));
        }
    }

    record SubnetJson(@JsonProperty(required = true) String stack, @JsonProperty(required = true) String logicalId,
                      String path, String region, @JsonProperty(required = true) InternetJson internet,
                      Map<String, ServiceJson> services) {

        SubnetJson {
            if (stack == null || logicalId == null || internet == null) {
                throw new IllegalArgumentException("a subnet needs stack, logicalId and internet");
            }
        }

        SubnetState toState() {
            Map<String, ServiceState> out = new LinkedHashMap<>();
            for (Map.Entry<String, ServiceJson> e : (services == null ? Map.<String, ServiceJson>of() : services)
                    .entrySet()) {
                ServiceJson v = e.getValue();
                if (v == null) {
                    continue;
                }
                BucketsJson b = v.buckets() != null ? v.buckets() : v.tables();
                out.put(e.getKey(), new ServiceState(v.access(), v.privatePath(), v.endpoint(),
                        b == null ? null : b.scope(), b == null ? null : nonNull(b.allowed())));
            }
            return new SubnetState(new SubnetRef(stack, logicalId, path, region), internet.egress(), out);
        }
    }

    record InternetJson(@JsonProperty(required = true) Egress egress) {

        InternetJson {
            if (egress == null) {
                throw new IllegalArgumentException("internet needs an egress");
            }
        }
    }

    record ServiceJson(@JsonProperty(required = true) Access access, @JsonProperty("private") boolean privatePath,
                       String endpoint, BucketsJson buckets, BucketsJson tables) {

        ServiceJson {
            if (access == null) {
                throw new IllegalArgumentException("a service verdict needs an access");
            }
        }
    }

    record BucketsJson(String scope, List<String> allowed) {
    }

    record VpcJson(@JsonProperty(required = true) String stack, @JsonProperty(required = true) String logicalId,
                   String path, String region, OnPremisesJson onPremises) {

        VpcJson {
            if (stack == null || logicalId == null) {
                throw new IllegalArgumentException("a VPC needs stack and logicalId");
            }
        }

        VpcState toState() {
            Map<String, Access> services = new LinkedHashMap<>();
            boolean connected = false;
            if (onPremises != null) {
                connected = onPremises.connected();
                if (onPremises.services() != null) {
                    onPremises.services().forEach((k, v) -> {
                        if (v != null) {
                            services.put(k, v.access());
                        }
                    });
                }
            }
            return new VpcState(stack, logicalId, path, region, connected, services);
        }
    }

    record OnPremisesJson(boolean connected, Map<String, OnPremisesServiceJson> services) {
    }

    record OnPremisesServiceJson(@JsonProperty(required = true) Access access) {

        OnPremisesServiceJson {
            if (access == null) {
                throw new IllegalArgumentException("an on-premises verdict needs an access");
            }
        }
    }

    record CostsJson(String currency, List<RegionJson> regions) {
    }

    record RegionJson(String region, BigDecimal monthlyTotal, List<EndpointJson> interfaceEndpoints,
                      List<EndpointJson> gatewayEndpoints, List<EndpointJson> gatewayLoadBalancerEndpoints) {

        void endpoints(List<EndpointState> out) {
            for (EndpointJson e : nonNull(interfaceEndpoints)) {
                out.add(new EndpointState(e.stack(), e.logicalId(), region, "interface", e.service()));
            }
            for (EndpointJson e : nonNull(gatewayEndpoints)) {
                out.add(new EndpointState(e.stack(), e.logicalId(), region, "gateway", e.service()));
            }
            for (EndpointJson e : nonNull(gatewayLoadBalancerEndpoints)) {
                out.add(new EndpointState(e.stack(), e.logicalId(), region, "gatewayLoadBalancer", e.service()));
            }
        }
    }

    record EndpointJson(String stack, String logicalId, String service) {
    }

    record ViolationJson(String requirement, String kind, String subject, String stack, String region, String subnet,
                         String subnetPath, String vpc, String service, String component, boolean unknown,
                         String message) {
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
