package dev.airgap.cost.availability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;

/**
 * Build-time generator of {@code service-regions.json} (a {@link ServiceRegionCatalog}) from the AWS SDK for Java v2
 * region metadata. Run by the build (exec:java in process-classes) so that the plugin ships the catalog and a normal
 * run loads no SDK class: this is the only class that reads the metadata.
 *
 * <p>The SDK has no call that lists its services, so their names come from the {@code endpoints.json} the
 * {@code regions} artifact carries; each service's regions then come from {@link ServiceMetadata#regions()}, which
 * leaves out the FIPS and other pseudo-regions the file also lists as endpoints.
 */
public final class ServiceRegionsGenerator {

    static final String ENDPOINTS = "software/amazon/awssdk/regions/internal/region/endpoints.json";

    private ServiceRegionsGenerator() {
    }

    /** {@code args[0]}: the file to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ServiceRegionsGenerator OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            fromSdk().write(o);
        }
    }

    /** The catalog the SDK on the class path describes. */
    static ServiceRegionCatalog fromSdk() throws IOException {
        URL url = ServiceMetadata.class.getClassLoader().getResource(ENDPOINTS);
        if (url == null) {
            throw new IllegalStateException(ENDPOINTS + " is not on the class path: is software.amazon.awssdk:regions"
                    + " a dependency?");
        }
        Set<String> names = new TreeSet<>();
        String published;
        URLConnection c = url.openConnection();
        try (InputStream in = c.getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode partition : root.path("partitions")) {
                partition.path("services").fieldNames().forEachRemaining(names::add);
            }
            // The file carries no date of its own; the jar entry's is the SDK's build of it.
            published = c instanceof JarURLConnection j && j.getJarEntry() != null
                    ? j.getJarEntry().getLastModifiedTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString()
                    : null;
        }
        Map<String, List<String>> regions = new TreeMap<>();
        for (String name : names) {
            regions.put(name, ServiceMetadata.of(name).regions().stream().map(Region::id).toList());
        }
        List<String> known = Region.regions().stream().filter(r -> !r.isGlobalRegion()).map(Region::id).toList();
        return generate(regions, known, VersionInfo.SDK_VERSION, published);
    }

    /**
     * The catalog of the given metadata. Global and pseudo-regions (those not in {@code knownRegions}) are dropped,
     * and so are services left with no region (global services such as IAM): a region list is what the catalog is
     * for, and a global service is not absent from any region.
     *
     * @param serviceRegions metadata name ({@code api.ecr}) → the region IDs the metadata lists for it
     * @param knownRegions   the regions the metadata knows; only for these can it say a service is absent
     */
    static ServiceRegionCatalog generate(Map<String, List<String>> serviceRegions, List<String> knownRegions,
                                         String sdkVersion, String published) {
        Set<String> known = new TreeSet<>(knownRegions);
        Map<String, Set<String>> services = new TreeMap<>();
        serviceRegions.forEach((name, rs) -> {
            Set<String> in = rs.stream().filter(known::contains).collect(Collectors.toCollection(TreeSet::new));
            if (!in.isEmpty()) {
                services.put(name, in);
            }
        });
        return new ServiceRegionCatalog("AWS SDK for Java v2 " + sdkVersion + " region metadata (software.amazon"
                + ".awssdk:regions, endpoints.json and ServiceMetadata)", published, known, services);
    }
}
