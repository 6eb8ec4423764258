package dev.airgap.deployed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.AnalysisRequest;
import dev.airgap.Analyzer;
import dev.airgap.cost.CostOptions;
import dev.airgap.resolve.ResolveOptions;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * A build that names no deployed stacks never loads an AWS SDK class. Each run happens in a fresh class loader over
 * the test class path whose parent is the platform loader, so every class of the plugin and its dependencies is
 * defined, and recorded, by that loader. The positive control proves the recording sees SDK classes when they load.
 */
class SdkNotLoadedTest {

    private static final String CLOUDFORMATION = "software.amazon.awssdk.services.cloudformation.";
    private static final String SDK = "software.amazon.awssdk.";

    /** Defines every class of the class path itself and remembers which. */
    static final class RecordingLoader extends URLClassLoader {
        final Set<String> defined = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> c = super.findClass(name);
            defined.add(name);
            return c;
        }
    }

    /** A normal analysis of a local template, as a build without {@code <stacks>} runs it. */
    public static final class NormalRun implements Runnable {
        @Override
        public void run() {
            try {
                Path base = Path.of(NormalRun.class.getResource("/deployed").toURI());
                new Analyzer().analyze(new AnalysisRequest(base, List.of(Path.of("local/app.yaml")),
                        new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of()), List.of(), List.of(), List.of(),
                        CostOptions.defaults(), d -> { }, w -> { }));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The same analysis with a deployed stack, against the loopback stub. */
    public static final class DeployedRun implements Runnable {
        @Override
        public void run() {
            System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
            System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
            try (CloudFormationStub stub = Fixtures.stub()) {
                Path base = Path.of(DeployedRun.class.getResource("/deployed").toURI());
                new Analyzer().analyze(new AnalysisRequest(base, List.of(Path.of("local/app.yaml")),
                        new ResolveOptions(Map.of(), List.of("us-west-1"), Map.of()), List.of(), List.of(), List.of(),
                        CostOptions.defaults(), d -> { }, w -> { })
                        .withDeployed(new DeployedOptions(List.of("shared-network"), "us-west-1", null, stub.url(),
                                false)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                System.clearProperty("aws.accessKeyId");
                System.clearProperty("aws.secretAccessKey");
            }
        }
    }

    private static Set<String> definedDuring(Class<? extends Runnable> run) throws Exception {
        try (RecordingLoader loader = new RecordingLoader(testClassPath())) {
            Runnable r = (Runnable) loader.loadClass(run.getName()).getDeclaredConstructor().newInstance();
            r.run();
            return loader.defined;
        }
    }

    /** Surefire may hide the class path in a manifest-only jar; it publishes the real one in this property. */
    private static URL[] testClassPath() throws MalformedURLException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(new URL[0]);
    }

    @Test
    void aBuildWithoutStacksLoadsNoSdkClass() throws Exception {
        Set<String> defined = definedDuring(NormalRun.class);

        assertThat(defined).contains("dev.airgap.Analyzer", "dev.airgap.deployed.DeployedOptions",
                "dev.airgap.path.PathAnalyzer");
        assertThat(defined).noneMatch(name -> name.startsWith(SDK));
        assertThat(defined).doesNotContain("dev.airgap.deployed.SdkCloudFormation",
                "dev.airgap.deployed.DeployedStacks");
    }

    @Test
    void aBuildWithStacksDoesLoadTheCloudFormationClient() throws Exception {
        Set<String> defined = definedDuring(DeployedRun.class);

        assertThat(defined).contains("dev.airgap.deployed.SdkCloudFormation",
                CLOUDFORMATION + "CloudFormationClient");
    }
}
