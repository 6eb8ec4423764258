package dev.airgap.deployed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A CloudFormation endpoint on 127.0.0.1 (free port) speaking the Query protocol: form-encoded POSTs in, XML out,
 * shaped like the examples of the CloudFormation API reference (DescribeStacks, GetTemplate, ListStackResources,
 * ErrorResponse). Resource lists come in pages of {@link #pageSize}; DescribeStacks answers with an empty first page
 * and a NextToken when {@link #pagedDescribe} is set. Errors: missing stacks (ValidationError), denied actions
 * (AccessDenied, 403), throttling (Throttling, 400) for the next N requests.
 */
final class CloudFormationStub implements AutoCloseable {

    static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    record Resource(String logicalId, String physicalId, String type) {
    }

    /** A deployed stack; {@code processed} is the Processed stage when the original uses a transform, else null. */
    record Stack(String name, String id, String status, Map<String, String> parameters, Map<String, String[]> outputs,
                 String original, String processed, List<Resource> resources) {
    }

    private final HttpServer server;
    private final Map<String, Stack> stacks = new ConcurrentHashMap<>();
    private final Map<String, String[]> failures = new ConcurrentHashMap<>();
    private final AtomicInteger throttled = new AtomicInteger();
    final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    volatile int pageSize = 100;
    volatile boolean pagedDescribe;
    /** GetTemplate answers without StagesAvailable, as moto 5.2.1 does. */
    volatile boolean noStagesAvailable;

    CloudFormationStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    CloudFormationStub stack(Stack s) {
        stacks.put(s.name(), s);
        stacks.put(s.id(), s);
        return this;
    }

    CloudFormationStub deny(String action) {
        return fail(action, 403, "AccessDenied", "User: arn:aws:sts::123456789012:assumed-role/ci/session is not "
                + "authorized to perform: cloudformation:" + action);
    }

    /** Every request for {@code action} fails with this error. */
    CloudFormationStub fail(String action, int status, String code, String message) {
        failures.put(action, new String[] {String.valueOf(status), code, message});
        return this;
    }

    CloudFormationStub throttle(int requests) {
        throttled.set(requests);
        return this;
    }

    List<String> actions() {
        return requests.stream().map(r -> r.get("Action")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        requests.add(form);
        try {
            respond(exchange, form);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void respond(HttpExchange exchange, Map<String, String> form) throws IOException, XMLStreamException {
        String action = form.getOrDefault("Action", "");
        if (throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(exchange, 400, error("Throttling", "Rate exceeded"));
            return;
        }
        String[] failure = failures.get(action);
        if (failure != null) {
            send(exchange, Integer.parseInt(failure[0]), error(failure[1], failure[2]));
            return;
        }
        Stack s = stacks.get(form.getOrDefault("StackName", ""));
        if (s == null) {
            send(exchange, 400, error("ValidationError", "Stack with id " + form.get("StackName")
                    + " does not exist"));
            return;
        }
        switch (action) {
            case "DescribeStacks":
                send(exchange, 200, describe(s, form.get("NextToken")));
                break;
            case "GetTemplate":
                send(exchange, 200, template(s, "Processed".equals(form.get("TemplateStage"))));
                break;
            case "ListStackResources":
                send(exchange, 200, resources(s, form.get("NextToken")));
                break;
            default:
                send(exchange, 400, error("InvalidAction", "Could not find operation " + action));
        }
    }

    private String describe(Stack s, String token) throws XMLStreamException {
        return document("DescribeStacks", w -> {
            w.writeStartElement("Stacks");
            if (!pagedDescribe || token != null) {
                w.writeStartElement("member");
                text(w, "StackName", s.name());
                text(w, "StackId", s.id());
                text(w, "CreationTime", "2026-01-15T09:00:00Z");
                text(w, "StackStatus", s.status());
                text(w, "DisableRollback", "false");
                w.writeStartElement("Parameters");
                for (Map.Entry<String, String> p : s.parameters().entrySet()) {
                    w.writeStartElement("member");
                    text(w, "ParameterKey", p.getKey());
                    text(w, "ParameterValue", p.getValue());
                    w.writeEndElement();
                }
                w.writeEndElement();
                w.writeStartElement("Outputs");
                for (Map.Entry<String, String[]> o : s.outputs().entrySet()) {
                    w.writeStartElement("member");
                    text(w, "OutputKey", o.getKey());
                    text(w, "OutputValue", o.getValue()[0]);
                    if (o.getValue().length > 1) {
                        text(w, "ExportName", o.getValue()[1]);
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            if (pagedDescribe && token == null) {
                text(w, "NextToken", "describe-page-2");
            }
        });
    }

    private String template(Stack s, boolean processed) throws XMLStreamException {
        return document("GetTemplate", w -> {
            text(w, "TemplateBody", processed && s.processed() != null ? s.processed() : s.original());
            if (!noStagesAvailable) {
                w.writeStartElement("StagesAvailable");
                text(w, "member", "Original");
                text(w, "member", "Processed");
                w.writeEndElement();
            }
        });
    }

    private String resources(Stack s, String token) throws XMLStreamException {
        int from = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
        int to = Math.min(s.resources().size(), from + pageSize);
        return document("ListStackResources", w -> {
            w.writeStartElement("StackResourceSummaries");
            for (Resource r : s.resources().subList(from, to)) {
                w.writeStartElement("member");
                text(w, "ResourceStatus", "CREATE_COMPLETE");
                text(w, "LogicalResourceId", r.logicalId());
                text(w, "LastUpdatedTimestamp", "2026-01-15T09:05:00Z");
                text(w, "PhysicalResourceId", r.physicalId());
                text(w, "ResourceType", r.type());
                w.writeEndElement();
            }
            w.writeEndElement();
            if (to < s.resources().size()) {
                text(w, "NextToken", "page-" + to);
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String document(String action, Body result) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement(action + "Response");
        w.writeDefaultNamespace(NS);
        w.writeStartElement(action + "Result");
        result.write(w);
        w.writeEndElement();
        w.writeStartElement("ResponseMetadata");
        text(w, "RequestId", "b9b4b068-3a41-11e5-94eb-example");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        return out.toString();
    }

    private static String error(String code, String message) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("ErrorResponse");
        w.writeDefaultNamespace(NS);
        w.writeStartElement("Error");
        text(w, "Type", "Sender");
        text(w, "Code", code);
        text(w, "Message", message);
        w.writeEndElement();
        text(w, "RequestId", "4af14eec-350e-11e4-b260-example");
        w.writeEndElement();
        w.writeEndDocument();
        return out.toString();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void send(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    static List<Resource> resources(String... triples) {
        List<Resource> out = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            out.add(new Resource(triples[i], triples[i + 1], triples[i + 2]));
        }
        return out;
    }
}
