package dev.airgap.metamorphic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.airgap.template.ListNode;
import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import dev.airgap.template.ScalarNode;
import dev.airgap.template.TemplateReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Templates as Jackson trees: read (any form, through the plugin's reader), written (JSON, YAML long or short form). */
final class Templates {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private Templates() {
    }

    /** Reads a template through the plugin's reader, so YAML short forms arrive as their long form. */
    static ObjectNode read(Path file) throws IOException {
        MapNode root = new TemplateReader().read(file.getFileName().toString(), Files.readAllBytes(file));
        return (ObjectNode) tree(root);
    }

    private static JsonNode tree(Node node) {
        if (node instanceof MapNode m) {
            ObjectNode o = F.objectNode();
            m.entries().forEach((k, v) -> o.set(k, tree(v)));
            return o;
        }
        if (node instanceof ListNode l) {
            ArrayNode a = F.arrayNode();
            l.items().forEach(i -> a.add(tree(i)));
            return a;
        }
        ScalarNode s = (ScalarNode) node;
        return switch (s.kind()) {
            case NULL -> F.nullNode();
            case BOOLEAN -> F.booleanNode(Boolean.parseBoolean(s.value()));
            case NUMBER -> s.value().matches("-?\\d+") ? F.numberNode(Long.parseLong(s.value()))
                    : F.numberNode(new java.math.BigDecimal(s.value()));
            default -> F.textNode(s.value());
        };
    }

    enum Form { JSON, YAML_LONG, YAML_SHORT }

    static void write(ObjectNode template, Path file, Form form) throws IOException {
        String text = switch (form) {
            case JSON -> JSON.writerWithDefaultPrettyPrinter().writeValueAsString(template);
            case YAML_LONG -> YAML.writeValueAsString(template);
            case YAML_SHORT -> shortForm(template);
        };
        Files.writeString(file, text);
    }

    /** YAML with {@code !Ref}, {@code !GetAtt a.b}, {@code !Sub}, … — SnakeYAML nodes carrying the tags. */
    private static String shortForm(JsonNode template) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(yamlNode(template, null), out);
        return out.toString();
    }

    private static org.yaml.snakeyaml.nodes.Node yamlNode(JsonNode n, Tag tag) {
        if (n.isObject() && n.size() == 1) {
            String key = n.fieldNames().next();
            JsonNode arg = n.get(key);
            if (key.equals("Ref") || key.equals("Condition") && arg.isTextual()) {
                return scalar(arg.asText(), new Tag("!" + key));
            }
            if (key.equals("Fn::GetAtt") && arg.isArray() && arg.size() == 2 && arg.get(1).isTextual()) {
                return scalar(arg.get(0).asText() + "." + arg.get(1).asText(), new Tag("!GetAtt"));
            }
            if (key.startsWith("Fn::")) {
                return yamlNode(arg, new Tag("!" + key.substring(4)));
            }
        }
        if (n.isObject()) {
            List<NodeTuple> tuples = new ArrayList<>();
            n.fields().forEachRemaining(e -> tuples.add(new NodeTuple(scalar(e.getKey(), Tag.STR),
                    yamlNode(e.getValue(), null))));
            return new MappingNode(tag == null ? Tag.MAP : tag, tuples, DumperOptions.FlowStyle.BLOCK);
        }
        if (n.isArray()) {
            List<org.yaml.snakeyaml.nodes.Node> items = new ArrayList<>();
            n.forEach(i -> items.add(yamlNode(i, null)));
            return new SequenceNode(tag == null ? Tag.SEQ : tag, items, DumperOptions.FlowStyle.FLOW);
        }
        if (n.isNull()) {
            return scalar("null", tag == null ? Tag.NULL : tag);
        }
        Tag plain = n.isBoolean() ? Tag.BOOL : n.isIntegralNumber() ? Tag.INT : n.isNumber() ? Tag.FLOAT : Tag.STR;
        return new org.yaml.snakeyaml.nodes.ScalarNode(tag == null ? plain : tag, n.asText(), null, null,
                n.isTextual() ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.PLAIN);
    }

    private static org.yaml.snakeyaml.nodes.ScalarNode scalar(String value, Tag tag) {
        return new org.yaml.snakeyaml.nodes.ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    static ObjectNode resources(ObjectNode template) {
        return (ObjectNode) template.get("Resources");
    }

    static String type(JsonNode resource) {
        return resource.path("Type").asText();
    }

    /** Logical IDs of the resources of this type. */
    static List<String> ofType(ObjectNode template, String type) {
        List<String> ids = new ArrayList<>();
        resources(template).fields().forEachRemaining(e -> {
            if (type(e.getValue()).equals(type)) {
                ids.add(e.getKey());
            }
        });
        return ids;
    }

    // ---- transformations that keep the network ----

    /** Renames every resource (and its references: Ref, GetAtt, Sub, DependsOn) by {@code renames}. */
    static ObjectNode rename(ObjectNode template, Map<String, String> renames) {
        ObjectNode copy = template.deepCopy();
        ObjectNode resources = F.objectNode();
        resources(copy).fields().forEachRemaining(e -> resources.set(renames.getOrDefault(e.getKey(), e.getKey()),
                e.getValue()));
        copy.set("Resources", resources);
        return (ObjectNode) renameRefs(copy, renames);
    }

    private static JsonNode renameRefs(JsonNode n, Map<String, String> renames) {
        if (n.isObject()) {
            ObjectNode o = F.objectNode();
            n.fields().forEachRemaining(e -> {
                String k = e.getKey();
                JsonNode v = e.getValue();
                if (k.equals("Ref") && v.isTextual()) {
                    o.put(k, renames.getOrDefault(v.asText(), v.asText()));
                } else if (k.equals("Fn::GetAtt") && v.isArray() && v.size() == 2) {
                    o.set(k, F.arrayNode().add(renames.getOrDefault(v.get(0).asText(), v.get(0).asText()))
                            .add(renameRefs(v.get(1), renames)));
                } else if (k.equals("Fn::GetAtt") && v.isTextual()) {
                    String[] parts = v.asText().split("\\.", 2);
                    o.put(k, renames.getOrDefault(parts[0], parts[0]) + "." + parts[1]);
                } else if (k.equals("Fn::Sub")) {
                    o.set(k, v.isTextual() ? F.textNode(renameSub(v.asText(), renames))
                            : F.arrayNode().add(renameSub(v.get(0).asText(), renames))
                                    .add(renameRefs(v.get(1), renames)));
                } else if (k.equals("DependsOn")) {
                    o.set(k, v.isTextual() ? F.textNode(renames.getOrDefault(v.asText(), v.asText()))
                            : renameList(v, renames));
                } else {
                    o.set(k, renameRefs(v, renames));
                }
            });
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = F.arrayNode();
            n.forEach(i -> a.add(renameRefs(i, renames)));
            return a;
        }
        return n;
    }

    private static ArrayNode renameList(JsonNode list, Map<String, String> renames) {
        ArrayNode a = F.arrayNode();
        list.forEach(i -> a.add(renames.getOrDefault(i.asText(), i.asText())));
        return a;
    }

    private static String renameSub(String text, Map<String, String> renames) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^!}.][^}.]*)(\\.[^}]*)?}").matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = renames.getOrDefault(m.group(1), m.group(1));
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement("${" + name
                    + (m.group(2) == null ? "" : m.group(2)) + "}"));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static final List<String> SET_LISTS = List.of("RouteTableIds", "SubnetIds", "SecurityGroupIds",
            "SecurityGroupIngress", "SecurityGroupEgress");

    /**
     * Reverses the order of resources, of every map's keys and of the lists that are sets (an endpoint's route
     * tables and subnets, security groups and their rules); lists whose order means something (Fn::Select,
     * Fn::Join, …) stay.
     */
    static ObjectNode reorder(ObjectNode template) {
        return (ObjectNode) reorder(template, null);
    }

    private static JsonNode reorder(JsonNode n, String key) {
        if (n.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            n.fields().forEachRemaining(entries::add);
            Collections.reverse(entries);
            ObjectNode o = F.objectNode();
            for (Map.Entry<String, JsonNode> e : entries) {
                o.set(e.getKey(), reorder(e.getValue(), e.getKey()));
            }
            return o;
        }
        if (n.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            n.forEach(i -> items.add(reorder(i, null)));
            if (key != null && SET_LISTS.contains(key)) {
                Collections.reverse(items);
            }
            ArrayNode a = F.arrayNode();
            items.forEach(a::add);
            return a;
        }
        return n;
    }

    /** Adds a bucket, a queue and a role that nothing uses. */
    static ObjectNode addUnrelated(ObjectNode template) {
        ObjectNode copy = template.deepCopy();
        ObjectNode r = resources(copy);
        r.putObject("UnrelatedBucket").put("Type", "AWS::S3::Bucket").putObject("Properties")
                .put("BucketName", "unrelated-bucket-airgap");
        r.putObject("UnrelatedQueue").put("Type", "AWS::SQS::Queue").putObject("Properties")
                .put("VisibilityTimeout", 30);
        ObjectNode role = r.putObject("UnrelatedRole").put("Type", "AWS::IAM::Role").putObject("Properties");
        role.putObject("AssumeRolePolicyDocument").put("Version", "2012-10-17").putArray("Statement").addObject()
                .put("Effect", "Allow").put("Action", "sts:AssumeRole")
                .putObject("Principal").put("Service", "lambda.amazonaws.com");
        return copy;
    }

    /**
     * Splits a template in two: the VPCs go to a first stack that exports what the rest uses of them (their Ref
     * and attributes), the rest to a second that imports it with {@code Fn::ImportValue}.
     *
     * @return the two templates, exporting one first
     */
    static List<ObjectNode> split(ObjectNode template, String prefix) {
        List<String> moved = ofType(template, "AWS::EC2::VPC");
        ObjectNode first = template.deepCopy();
        ObjectNode second = template.deepCopy();
        first.remove("Outputs");
        ObjectNode firstResources = F.objectNode();
        ObjectNode secondResources = F.objectNode();
        resources(template).fields().forEachRemaining(e -> (moved.contains(e.getKey()) ? firstResources
                : secondResources).set(e.getKey(), e.getValue().deepCopy()));
        first.set("Resources", firstResources);
        ObjectNode outputs = first.putObject("Outputs");
        second.set("Resources", imports(secondResources, moved, outputs, prefix));
        if (second.has("Outputs")) {
            second.set("Outputs", imports(second.get("Outputs"), moved, outputs, prefix));
        }
        return List.of(first, second);
    }

    private static JsonNode imports(JsonNode n, List<String> moved, ObjectNode outputs, String prefix) {
        if (n.isObject() && n.size() == 1) {
            String key = n.fieldNames().next();
            JsonNode arg = n.get(key);
            String target = null;
            String attribute = null;
            if (key.equals("Ref") && moved.contains(arg.asText())) {
                target = arg.asText();
            } else if (key.equals("Fn::GetAtt") && arg.isArray() && moved.contains(arg.get(0).asText())) {
                target = arg.get(0).asText();
                attribute = arg.get(1).asText();
            } else if (key.equals("Fn::GetAtt") && arg.isTextual() && moved.contains(arg.asText().split("\\.")[0])) {
                target = arg.asText().split("\\.")[0];
                attribute = arg.asText().split("\\.", 2)[1];
            }
            if (target != null) {
                String name = prefix + "-" + target + (attribute == null ? "" : "-" + attribute);
                String output = (target + (attribute == null ? "" : attribute)).replaceAll("[^A-Za-z0-9]", "");
                ObjectNode o = outputs.putObject(output);
                o.set("Value", n.deepCopy());
                o.putObject("Export").put("Name", name);
                return F.objectNode().put("Fn::ImportValue", name);
            }
            if (key.equals("Fn::Sub")) {
                String text = arg.isTextual() ? arg.asText() : arg.get(0).asText();
                for (String m : moved) {
                    if (text.contains("${" + m)) {
                        throw new IllegalArgumentException("Fn::Sub over a moved resource: " + text);
                    }
                }
            }
        }
        if (n.isObject()) {
            ObjectNode o = F.objectNode();
            n.fields().forEachRemaining(e -> o.set(e.getKey(), imports(e.getValue(), moved, outputs, prefix)));
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = F.arrayNode();
            n.forEach(i -> a.add(imports(i, moved, outputs, prefix)));
            return a;
        }
        return n;
    }

    // ---- transformations that move the verdict ----

    /** Removes every route to an internet gateway. */
    static ObjectNode removeIgwRoutes(ObjectNode template) {
        ObjectNode copy = template.deepCopy();
        List<String> igws = ofType(copy, "AWS::EC2::InternetGateway");
        for (Iterator<Map.Entry<String, JsonNode>> it = resources(copy).fields(); it.hasNext(); ) {
            JsonNode r = it.next().getValue();
            if (type(r).equals("AWS::EC2::Route") && igws.contains(r.path("Properties").path("GatewayId")
                    .path("Ref").asText())) {
                it.remove();
            }
        }
        return copy;
    }

    /** Adds an S3 gateway endpoint on every route table of the template's first VPC. */
    static ObjectNode addS3GatewayEndpoint(ObjectNode template) {
        ObjectNode copy = template.deepCopy();
        String vpc = ofType(copy, "AWS::EC2::VPC").get(0);
        ObjectNode p = resources(copy).putObject("AddedS3Endpoint").put("Type", "AWS::EC2::VPCEndpoint")
                .putObject("Properties");
        p.putObject("ServiceName").put("Fn::Sub", "com.amazonaws.${AWS::Region}.s3");
        p.put("VpcEndpointType", "Gateway");
        p.putObject("VpcId").put("Ref", vpc);
        ArrayNode tables = p.putArray("RouteTableIds");
        ofType(copy, "AWS::EC2::RouteTable").forEach(t -> tables.addObject().put("Ref", t));
        return copy;
    }

    /** Subnets stop giving instances public IPs (MapPublicIpOnLaunch false). */
    static ObjectNode removePublicIps(ObjectNode template) {
        ObjectNode copy = template.deepCopy();
        for (String s : ofType(copy, "AWS::EC2::Subnet")) {
            ((ObjectNode) resources(copy).get(s).get("Properties")).put("MapPublicIpOnLaunch", false);
        }
        return copy;
    }

    static Map<String, String> renaming(ObjectNode template) {
        Map<String, String> renames = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        resources(template).fieldNames().forEachRemaining(ids::add);
        // New names sort in the reverse order of the old ones, so nothing can depend on name order unnoticed.
        for (int i = 0; i < ids.size(); i++) {
            renames.put(ids.get(i), "R" + (9000 - i) + "x" + ids.get(i).toLowerCase(java.util.Locale.ROOT));
        }
        return renames;
    }

    static TextNode text(String s) {
        return F.textNode(s);
    }
}
