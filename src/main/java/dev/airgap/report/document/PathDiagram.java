package dev.airgap.report.document;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Gateway;
import dev.airgap.network.GatewayAttachment;
import dev.airgap.network.NatGateway;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Subnet;
import dev.airgap.network.TransitGatewayAttachment;
import dev.airgap.network.Vpc;
import dev.airgap.network.VpcEndpoint;
import dev.airgap.path.Access;
import dev.airgap.path.Hop;
import dev.airgap.path.PathResult;
import dev.airgap.path.ServiceVerdict;
import dev.airgap.path.SubnetResult;
import dev.airgap.path.VpcResult;
import dev.airgap.report.ReportTexts;
import dev.airgap.template.Excerpt;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One SVG picture per VPC: its subnets grouped by availability zone (left), the route targets (internet, NAT, VPN
 * and transit gateways, VPC endpoints; middle) and the service (right), with the way each subnet's traffic to the
 * service takes drawn in the colour of its access kind. Every subnet carries its verdict as text in that colour, so
 * the picture reads without a legend. The layout is a pure function of the analysis (no randomness, no hash order),
 * so the same templates give the same bytes.
 */
public final class PathDiagram {

    static final int WIDTH = 1000;
    private static final int SUBNET_X = 20;
    private static final int SUBNET_W = 390;
    private static final int SUBNET_H = 58;
    private static final int TARGET_X = 530;
    private static final int TARGET_W = 250;
    private static final int TARGET_H = 44;
    private static final int SERVICE_X = 860;
    private static final int SERVICE_W = 120;
    private static final int TOP = 76;
    private static final int MAX_LABEL = 58;

    /** Colour per access kind: green and blue for the private paths, warm colours for the ones that are not. */
    static final Map<Access, String> COLOURS = new EnumMap<>(Map.of(
            Access.GATEWAY_ENDPOINT, "#1a7f37",
            Access.INTERFACE_ENDPOINT, "#0969da",
            Access.NAT_GATEWAY, "#bc4c00",
            Access.INTERNET_GATEWAY, "#cf222e",
            Access.NONE, "#57606a",
            Access.UNKNOWN, "#8250df"));

    private PathDiagram() {
    }

    /** The service the pictures show: {@code s3} when analysed, else the first service. */
    public static String defaultService(PathResult paths) {
        return paths.services().contains("s3") || paths.services().isEmpty() ? "s3" : paths.services().get(0);
    }

    /** The SVG of one VPC, as a standalone XML fragment (no XML declaration) that HTML pages can embed. */
    public static String render(VpcResult vpc, PathResult paths, String service, ReportTexts texts) {
        try {
            return new PathDiagram.Drawing(vpc, paths, service, texts).draw();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the SVG of " + vpc.vpc().id() + ": " + e.getMessage(), e);
        }
    }

    /** A route target box. */
    private record Target(String id, String label, int y) {
    }

    /** A subnet row and the chain of targets its traffic passes. */
    private record Row(SubnetResult subnet, ServiceVerdict verdict, int y, List<String> chain) {
    }

    private static final class Drawing {
        private final VpcResult vpc;
        private final PathResult paths;
        private final String service;
        private final ReportTexts t;
        private final String prefix;
        private XMLStreamWriter w;
        private Svg svg;

        Drawing(VpcResult vpc, PathResult paths, String service, ReportTexts texts) {
            this.vpc = vpc;
            this.paths = paths;
            this.service = service;
            this.t = texts;
            // ids must be unique when several pictures share one HTML page
            String raw = "ag-" + vpc.vpc().id().stack() + "-" + vpc.vpc().id().logicalId() + "-"
                    + Objects.toString(vpc.region(), "any");
            this.prefix = raw.replaceAll("[^A-Za-z0-9_-]", "_");
        }

        String draw() throws XMLStreamException {
            RegionNetwork network = vpc.network();
            Vpc v = vpc.vpc();
            Map<String, Target> targets = targets(network, v);
            List<SubnetResult> subnets = paths.subnets().stream()
                    .filter(r -> r.subnet().vpc().isKnown() && r.subnet().vpc().get().equals(v.id())
                            && Objects.equals(r.region(), vpc.region()))
                    .toList();
            Map<String, List<SubnetResult>> byAz = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            for (SubnetResult r : subnets) {
                byAz.computeIfAbsent(r.subnet().az().display(), k -> new ArrayList<>()).add(r);
            }
            int y = TOP;
            List<int[]> groups = new ArrayList<>();
            List<String> groupNames = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, List<SubnetResult>> g : byAz.entrySet()) {
                int top = y;
                y += 24;
                for (SubnetResult r : g.getValue()) {
                    ServiceVerdict verdict = r.services().get(service);
                    rows.add(new Row(r, verdict, y, chain(verdict, targets)));
                    y += SUBNET_H + 8;
                }
                groups.add(new int[] {top, y - top + 2});
                groupNames.add(g.getKey() == null ? t.get("diagram.azUnknown") : g.getKey());
                y += 14;
            }
            int targetsBottom = TOP + 24 + Math.max(1, targets.size()) * (TARGET_H + 12);
            int height = Math.max(y, targetsBottom) + 20;

            StringWriter out = new StringWriter();
            w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            svg = new Svg(w);
            w.setDefaultNamespace("http://www.w3.org/2000/svg");
            w.writeStartElement("svg");
            w.writeDefaultNamespace("http://www.w3.org/2000/svg");
            w.writeAttribute("class", "airgap-diagram");
            w.writeAttribute("id", prefix);
            w.writeAttribute("width", String.valueOf(WIDTH));
            w.writeAttribute("height", String.valueOf(height));
            w.writeAttribute("viewBox", "0 0 " + WIDTH + " " + height);
            w.writeAttribute("role", "img");
            String title = t.get("diagram.title", v.path(), vpc.region() == null ? t.get("unknown") : vpc.region(),
                    service);
            w.writeAttribute("aria-label", Excerpt.escapeControls(title));
            w.writeAttribute("font-family", "Helvetica, Arial, sans-serif");
            w.writeAttribute("font-size", "12");
            svg.element("title", title);
            markers();
            svg.rect(0, 0, WIDTH, height, "#ffffff", "none", 0);
            svg.text(SUBNET_X, 22, title, "#24292f", "15", "bold");
            legend(rows);
            for (int i = 0; i < groups.size(); i++) {
                int[] g = groups.get(i);
                svg.rect(SUBNET_X - 8, g[0], SUBNET_W + 16, g[1], "#f6f8fa", "#d0d7de", 6);
                svg.text(SUBNET_X, g[0] + 16, groupNames.get(i), "#57606a", "12", "bold");
            }
            svg.text(TARGET_X, TOP + 16, t.get("diagram.targets"), "#57606a", "12", "bold");
            if (targets.isEmpty()) {
                svg.text(TARGET_X, TOP + 44, t.get("diagram.noTargets"), "#57606a", "12", null);
            }
            int serviceY = TOP + 24 + Math.max(0, (targetsBottom - TOP - 24) / 2 - 30);
            Set<String> drawnLinks = new LinkedHashSet<>();
            for (Row r : rows) {
                edges(r, targets, serviceY + 30, drawnLinks);
            }
            for (Target tg : targets.values()) {
                svg.rect(TARGET_X, tg.y(), TARGET_W, TARGET_H, "#ffffff", "#8c959f", 6);
                svg.text(TARGET_X + 10, tg.y() + 18, tg.label(), "#24292f", "12", "bold");
                svg.text(TARGET_X + 10, tg.y() + 34, shorten(tg.id(), 36), "#57606a", "11", null);
            }
            svg.rect(SERVICE_X, serviceY, SERVICE_W, 60, "#fff8c5", "#9a6700", 8);
            svg.text(SERVICE_X + SERVICE_W / 2, serviceY + 36, service.toUpperCase(Locale.ROOT), "#24292f", "18", "bold",
                    "middle");
            for (Row r : rows) {
                subnet(r);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        }

        /** Gateways and endpoints of the VPC, in a fixed order: IGW, VGW, TGW, NAT, endpoints (by logical ID). */
        private Map<String, Target> targets(RegionNetwork network, Vpc v) {
            List<String[]> found = new ArrayList<>();
            for (GatewayAttachment a : sorted(network.attachments(v.id()), x -> x.id().logicalId())) {
                if (!a.gateway().isKnown()) {
                    continue;
                }
                String id = a.gateway().get().logicalId();
                if (a.kind() == Gateway.Kind.INTERNET || a.kind() == Gateway.Kind.EGRESS_ONLY_INTERNET) {
                    found.add(new String[] {"0", id, t.get("diagram.internetGateway")});
                } else if (a.kind() == Gateway.Kind.VPN) {
                    found.add(new String[] {"1", id, t.get("diagram.vpnGateway")});
                }
            }
            for (TransitGatewayAttachment a : sorted(network.transitGatewayAttachments(), x -> x.id().logicalId())) {
                if (a.vpc().isKnown() && a.vpc().get().equals(v.id()) && a.transitGateway().isKnown()) {
                    found.add(new String[] {"2", a.transitGateway().get().logicalId(), t.get("diagram.transitGateway")});
                }
            }
            for (NatGateway n : sorted(network.natGateways(), x -> x.id().logicalId())) {
                boolean here = n.subnet().isKnown() && network.subnet(n.subnet().get())
                        .map(s -> s.vpc().isKnown() && s.vpc().get().equals(v.id())).orElse(false);
                if (here) {
                    found.add(new String[] {"3", n.id().logicalId(), t.get("diagram.natGateway")});
                }
            }
            for (VpcEndpoint e : sorted(network.endpoints(v.id()), x -> x.id().logicalId())) {
                String svc = e.service().isKnown() ? e.service().get() : "?";
                String key = e.type() == VpcEndpoint.Type.GATEWAY ? "diagram.gatewayEndpoint"
                        : e.type() == VpcEndpoint.Type.INTERFACE ? "diagram.interfaceEndpoint" : "diagram.otherEndpoint";
                found.add(new String[] {"4", e.id().logicalId(), t.get(key, svc)});
            }
            found.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
            Map<String, Target> out = new LinkedHashMap<>();
            int y = TOP + 24;
            for (String[] f : found) {
                if (!out.containsKey(f[1])) {
                    out.put(f[1], new Target(f[1], f[2], y));
                    y += TARGET_H + 12;
                }
            }
            return out;
        }

        private static <T> List<T> sorted(java.util.Collection<T> items, java.util.function.Function<T, String> key) {
            List<T> out = new ArrayList<>(items);
            out.sort(Comparator.comparing(key));
            return out;
        }

        /** The targets the traffic passes, in hop order; the endpoint alone when the hops name none. */
        private static List<String> chain(ServiceVerdict v, Map<String, Target> targets) {
            List<String> out = new ArrayList<>();
            if (v == null || v.access() == Access.NONE || v.access() == Access.UNKNOWN) {
                return out;
            }
            for (Hop h : v.hops()) {
                if (targets.containsKey(h.component()) && !out.contains(h.component())) {
                    out.add(h.component());
                }
            }
            if (out.isEmpty() && v.endpoint() != null && targets.containsKey(v.endpoint())) {
                out.add(v.endpoint());
            }
            return out;
        }

        private void edges(Row r, Map<String, Target> targets, int serviceMid, Set<String> drawn)
                throws XMLStreamException {
            if (r.chain().isEmpty()) {
                return;
            }
            String colour = COLOURS.get(r.verdict().access());
            String arrow = prefix + "-arrow-" + r.verdict().access().name();
            int sy = r.y() + SUBNET_H / 2;
            Target first = targets.get(r.chain().get(0));
            curve(SUBNET_X + SUBNET_W, sy, TARGET_X, first.y() + TARGET_H / 2, colour, arrow);
            for (int i = 0; i + 1 < r.chain().size(); i++) {
                Target a = targets.get(r.chain().get(i));
                Target b = targets.get(r.chain().get(i + 1));
                if (drawn.add(a.id() + ">" + b.id())) {
                    int x = TARGET_X + TARGET_W;
                    svg.path("M" + x + " " + (a.y() + TARGET_H / 2) + " C" + (x + 40) + " " + (a.y() + TARGET_H / 2)
                            + " " + (x + 40) + " " + (b.y() + TARGET_H / 2) + " " + (x + 4) + " "
                            + (b.y() + TARGET_H / 2), colour, arrow);
                }
            }
            Target last = targets.get(r.chain().get(r.chain().size() - 1));
            if (drawn.add(last.id() + ">service")) {
                curve(TARGET_X + TARGET_W, last.y() + TARGET_H / 2, SERVICE_X, serviceMid, colour, arrow);
            }
        }

        private void curve(int x1, int y1, int x2, int y2, String colour, String arrow) throws XMLStreamException {
            int mid = (x1 + x2) / 2;
            svg.path("M" + x1 + " " + y1 + " C" + mid + " " + y1 + " " + mid + " " + y2 + " " + (x2 - 2) + " " + y2,
                    colour, arrow);
        }

        private void subnet(Row r) throws XMLStreamException {
            Subnet s = r.subnet().subnet();
            ServiceVerdict v = r.verdict();
            Access access = v == null ? Access.UNKNOWN : v.access();
            String colour = COLOURS.get(access);
            w.writeStartElement("g");
            w.writeAttribute("class", "airgap-subnet");
            w.writeAttribute("data-subnet", Excerpt.escapeControls(s.id().logicalId()));
            w.writeAttribute("data-access", access.name());
            svg.element("title", s.path() + " (" + s.id().logicalId() + ")" + (v == null ? "" : ": " + v.reason()));
            svg.rect(SUBNET_X, r.y(), SUBNET_W, SUBNET_H, "#ffffff", colour, 6);
            svg.rect(SUBNET_X, r.y(), 6, SUBNET_H, colour, "none", 0);
            svg.text(SUBNET_X + 14, r.y() + 17, shorten(s.path(), MAX_LABEL), "#24292f", "12", "bold");
            String cidr = s.cidr().isKnown() ? Cidrs.text(s.cidr().get()) : t.get("unknown");
            svg.text(SUBNET_X + 14, r.y() + 33, cidr + " · " + shorten(s.id().logicalId(), 40), "#57606a", "11", null);
            svg.text(SUBNET_X + 14, r.y() + 50, verdictLine(v, access), colour, "12", "bold");
            w.writeEndElement();
        }

        private String verdictLine(ServiceVerdict v, Access access) {
            String svc = service.toUpperCase(Locale.ROOT) + ": ";
            if (v == null || access == Access.UNKNOWN) {
                return svc + "? " + t.get("access.UNKNOWN");
            }
            if (access == Access.NONE) {
                return svc + "✕ " + t.get("diagram.noPath");
            }
            String line = svc + "→ " + t.get("access." + access.name()) + " · "
                    + (v.privatePath() ? t.get("diagram.private") : t.get("diagram.notPrivate"));
            return shorten(line, MAX_LABEL + 4);
        }

        private void legend(List<Row> rows) throws XMLStreamException {
            Set<Access> used = new java.util.TreeSet<>();
            for (Row r : rows) {
                used.add(r.verdict() == null ? Access.UNKNOWN : r.verdict().access());
            }
            int x = SUBNET_X;
            for (Access a : used) {
                String label = t.get("access." + a.name());
                svg.rect(x, 36, 12, 12, COLOURS.get(a), "none", 2);
                svg.text(x + 17, 46, label, COLOURS.get(a), "12", "bold");
                x += 17 + label.length() * 7 + 24;
            }
        }

        private void markers() throws XMLStreamException {
            w.writeStartElement("defs");
            for (Map.Entry<Access, String> e : COLOURS.entrySet()) {
                w.writeStartElement("marker");
                w.writeAttribute("id", prefix + "-arrow-" + e.getKey().name());
                w.writeAttribute("viewBox", "0 0 10 10");
                w.writeAttribute("refX", "9");
                w.writeAttribute("refY", "5");
                w.writeAttribute("markerWidth", "7");
                w.writeAttribute("markerHeight", "7");
                w.writeAttribute("orient", "auto");
                w.writeEmptyElement("path");
                w.writeAttribute("d", "M0 0 L10 5 L0 10 z");
                w.writeAttribute("fill", e.getValue());
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        /** At most {@code max} code points; a surrogate pair is never cut in half. */
        private static String shorten(String s, int max) {
            if (s.codePointCount(0, s.length()) <= max) {
                return s;
            }
            return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
        }
    }
}
