package dev.airgap.cost.availability;

import dev.airgap.network.ServiceNames;
import dev.airgap.cost.Provenance;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.Ec2ClientBuilder;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointServicesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointServicesResponse;
import software.amazon.awssdk.services.ec2.model.ServiceDetail;
import software.amazon.awssdk.services.ec2.model.ServiceTypeDetail;

/**
 * Asks EC2 {@code DescribeVpcEndpointServices} in each region which AWS-owned endpoint services exist, and writes an
 * {@link EndpointServiceCatalog} whose regions are complete (a service not listed is not available there). Needs AWS
 * credentials (the default chain: environment, profile, SSO, container or instance role); the call is free and only
 * reads. Services of other owners (partners, your own endpoint services) are left out: they are account-specific.
 */
public final class VpcEndpointServicesRefresher {

    private final Function<String, Ec2Client> clients;
    private final Clock clock;

    /** What a refresh produced and noticed. */
    public record Result(EndpointServiceCatalog catalog, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param clients an EC2 client per region (closed after use)
     * @param clock   for the date written into the catalog
     */
    public VpcEndpointServicesRefresher(Function<String, Ec2Client> clients, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The default credential chain and the JDK's HTTP client.
     *
     * @param endpointOverride an EC2 endpoint to call instead of the region's (a proxy or a test server); null for AWS
     */
    public static VpcEndpointServicesRefresher withDefaultCredentials(URI endpointOverride) {
        return new VpcEndpointServicesRefresher(region -> {
            Ec2ClientBuilder b = Ec2Client.builder().region(Region.of(region))
                    .credentialsProvider(DefaultCredentialsProvider.builder().build())
                    .httpClientBuilder(UrlConnectionHttpClient.builder());
            if (endpointOverride != null) {
                b.endpointOverride(endpointOverride);
            }
            return b.build();
        }, Clock.systemUTC());
    }

    public Result refresh(List<String> regions) {
        if (regions == null || regions.isEmpty()) {
            throw new IllegalArgumentException("name the regions to refresh");
        }
        LocalDate today = LocalDate.now(clock);
        List<String> notes = new ArrayList<>();
        Map<String, EndpointServiceCatalog.ServiceInfo> services = new TreeMap<>();
        Map<String, EndpointServiceCatalog.RegionServices> out = new LinkedHashMap<>();
        for (String region : regions) {
            Provenance.SourceRef source = new Provenance.SourceRef("EC2:" + region, "EC2 DescribeVpcEndpointServices"
                    + " in " + region + ", services owned by amazon, called " + today, today.toString());
            Map<EndpointType, Set<String>> available = new EnumMap<>(EndpointType.class);
            for (EndpointType t : EndpointType.values()) {
                available.put(t, new TreeSet<>());
            }
            try (Ec2Client ec2 = clients.apply(region)) {
                String token = null;
                do {
                    DescribeVpcEndpointServicesResponse page = ec2.describeVpcEndpointServices(
                            DescribeVpcEndpointServicesRequest.builder().nextToken(token).build());
                    for (ServiceDetail d : page.serviceDetails()) {
                        if (!"amazon".equals(d.owner())) {
                            continue;
                        }
                        String name = ServiceNames.suffix(d.serviceName(), region);
                        for (ServiceTypeDetail t : d.serviceType()) {
                            EndpointType.byKey(t.serviceTypeAsString()).ifPresent(type -> {
                                available.get(type).add(name);
                                services.merge(name, new EndpointServiceCatalog.ServiceInfo(name, Set.of(type),
                                        List.of(source)), VpcEndpointServicesRefresher::merge);
                            });
                        }
                    }
                    token = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
                } while (token != null);
            }
            if (available.values().stream().allMatch(Set::isEmpty)) {
                notes.add(region + ": EC2 listed no AWS endpoint services");
            }
            out.put(region, new EndpointServiceCatalog.RegionServices(region, true, available,
                    Map.of(), List.of(source)));
        }
        List<String> catalogNotes = List.of("Refreshed on " + today + " with EC2 DescribeVpcEndpointServices for "
                + String.join(", ", regions) + "; each region's lists are complete.");
        return new Result(new EndpointServiceCatalog("describe-" + today, today.toString(), catalogNotes, services,
                out), notes);
    }

    private static EndpointServiceCatalog.ServiceInfo merge(EndpointServiceCatalog.ServiceInfo a,
                                                            EndpointServiceCatalog.ServiceInfo b) {
        Set<EndpointType> types = new TreeSet<>(a.types());
        types.addAll(b.types());
        List<Provenance.SourceRef> sources = new ArrayList<>(a.sources());
        b.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        return new EndpointServiceCatalog.ServiceInfo(a.name(), types, sources);
    }
}
