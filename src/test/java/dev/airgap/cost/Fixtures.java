package dev.airgap.cost;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Test inputs: catalogs from src/test/resources/cost and short constructors. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/cost/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static PriceCatalog testCatalog() {
        try {
            return PriceCatalog.read(resource("test-catalog.json"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static InterfaceEndpointUse endpoint(String id, String service, String region, String... azs) {
        return new InterfaceEndpointUse("NetworkStack", id, service, region, List.of(azs), false);
    }

    static CostSettings usd() {
        return CostSettings.defaults();
    }

    static CostSettings article() {
        return CostSettings.of(d("720"), "JPY", d("150"));
    }
}
