package dev.airgap.cost.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.airgap.report.ReportFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Runs the SDK against a loopback server that answers the EC2 Query API in XML, in two pages. */
class VpcEndpointServicesRefresherTest {

    private static final String NS = "http://ec2.amazonaws.com/doc/2016-11-15/";

    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            bodies.add(body);
            String xml = body.contains("NextToken=page2") ? page2() : page1();
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml;charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String detail(String name, String type, String owner) {
        return "<item><serviceName>" + name + "</serviceName><serviceId>vpce-svc-0123456789abcdef0</serviceId>"
                + "<serviceType><item><serviceType>" + type + "</serviceType></item></serviceType>"
                + "<availabilityZoneSet><item>ap-northeast-3a</item></availabilityZoneSet>"
                + "<owner>" + owner + "</owner><vpcEndpointPolicySupported>true</vpcEndpointPolicySupported>"
                + "</item>";
    }

    private static String page1() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DescribeVpcEndpointServicesResponse xmlns=\"" + NS + "\">"
                + "<requestId>11111111-2222-3333-4444-555555555555</requestId>"
                + "<serviceNameSet><item>com.amazonaws.ap-northeast-3.s3</item></serviceNameSet>"
                + "<serviceDetailSet>"
                + detail("com.amazonaws.ap-northeast-3.s3", "Gateway", "amazon")
                + detail("com.amazonaws.ap-northeast-3.s3", "Interface", "amazon")
                + detail("com.amazonaws.ap-northeast-3.ssm", "Interface", "amazon")
                + "</serviceDetailSet><nextToken>page2</nextToken></DescribeVpcEndpointServicesResponse>";
    }

    private static String page2() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DescribeVpcEndpointServicesResponse xmlns=\"" + NS + "\">"
                + "<requestId>11111111-2222-3333-4444-666666666666</requestId>"
                + "<serviceDetailSet>"
                + detail("com.amazonaws.ap-northeast-3.dynamodb", "Gateway", "amazon")
                + detail("com.amazonaws.ap-northeast-3.monitoring", "Interface", "amazon")
                + detail("com.amazonaws.vpce.ap-northeast-3.vpce-svc-0aaaabbbbccccdddd", "Interface", "123456789012")
                + "</serviceDetailSet></DescribeVpcEndpointServicesResponse>";
    }

    private VpcEndpointServicesRefresher refresher() {
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new VpcEndpointServicesRefresher(region -> Ec2Client.builder().region(Region.of(region))
                .endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build(),
                Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void listsEveryPageAndKeepsOnlyAwsServices(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("endpoint-services.json");
        VpcEndpointServicesRefresher.Result r = refresher().refresh(List.of("ap-northeast-3"));
        ReportFiles.write(out, r.catalog()::write);
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).contains("Action=DescribeVpcEndpointServices").doesNotContain("NextToken");
        assertThat(bodies.get(1)).contains("NextToken=page2");

        EndpointServiceCatalog.RegionServices osaka = r.catalog().region("ap-northeast-3").orElseThrow();
        assertThat(osaka.complete()).isTrue();
        assertThat(osaka.available(EndpointType.GATEWAY)).containsExactly("dynamodb", "s3");
        assertThat(osaka.available(EndpointType.INTERFACE)).containsExactly("monitoring", "s3", "ssm");

        EndpointAvailabilityChecker checker = new EndpointAvailabilityChecker(
                EndpointServiceCatalog.bundled().overlaidWith(EndpointServiceCatalog.read(out)));
        assertThat(checker.check("ssm", EndpointType.INTERFACE, "ap-northeast-3").availability())
                .isEqualTo(Availability.AVAILABLE);
        AvailabilityVerdict logs = checker.check("logs", EndpointType.INTERFACE, "ap-northeast-3");
        assertThat(logs.availability()).isEqualTo(Availability.NOT_AVAILABLE);
        assertThat(logs.source()).startsWith("EC2:ap-northeast-3 2026-11-28: EC2 DescribeVpcEndpointServices");
        // regions not refreshed keep the bundled (unknown) answer
        assertThat(checker.check("logs", EndpointType.INTERFACE, "ap-northeast-1").availability())
                .isEqualTo(Availability.UNKNOWN);
    }
}
