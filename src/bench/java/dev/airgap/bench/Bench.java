package dev.airgap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.cost.CostEstimator;
import dev.airgap.cost.CostInputs;
import dev.airgap.cost.availability.EndpointAvailabilityChecker;
import dev.airgap.network.NetworkModel;
import dev.airgap.path.PathResult;
import dev.airgap.require.AllowedBuckets;
import dev.airgap.require.AvailableInRegions;
import dev.airgap.require.MaxMonthlyCost;
import dev.airgap.require.NoInternet;
import dev.airgap.require.PrivateAccess;
import dev.airgap.require.Requirement;
import dev.airgap.require.RequirementEvaluator;
import dev.airgap.require.Selector;
import java.math.BigDecimal;
import dev.airgap.path.PathAnalyzer;
import dev.airgap.path.PathOptions;
import dev.airgap.report.JsonReport;
import dev.airgap.resolve.ResolvedRun;
import dev.airgap.resolve.Resolver;
import dev.airgap.template.ReadLimits;
import dev.airgap.template.StackTemplate;
import dev.airgap.template.TemplateLoader;
import dev.airgap.template.TemplateReader;
import java.lang.management.ThreadMXBean;
import dev.airgap.resolve.ResolveOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.ObjectName;

/**
 * The airgap benchmark: a plain harness (one JVM, warm-up, then the median of several timed runs per size), run by
 * {@code mvn -B -Pbench test}. For every size it prints the plain Jackson parse of the same files (the floor), the
 * full analysis ({@link Analyzer#analyze}), their ratio, the time per resource, writing {@code airgap.json}, and the
 * peak heap; then the real CDK fixtures, the growth ratios and whether AWS SDK classes were loaded.
 *
 * <p>System properties: {@code bench.sizes} (default {@code 1,10,100,200}), {@code bench.runs} (default 5),
 * {@code bench.warmup} (default 5), {@code bench.dir} (where assemblies are generated), {@code bench.fixtures}
 * (the CDK fixture folder).
 */
public final class Bench {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String coldOnly = System.getProperty("bench.cold");
        if (coldOnly != null && !coldOnly.isBlank()) {
            cold(Path.of(coldOnly));
            return;
        }
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1,10,100,200").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int runs = Integer.getInteger("bench.runs", 5);
        int warmup = Integer.getInteger("bench.warmup", 5);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Path fixtures = Path.of(System.getProperty("bench.fixtures", "src/test/resources/cdk"));

        System.out.printf(Locale.ROOT, "airgap benchmark: %s %s, %d cores, max heap %d MiB, %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                "analysis = new Analyzer().analyze(request) (load + resolve + model + paths + policies + cost +"
                        + " availability) + requirement evaluation");

        List<Path> assemblies = new ArrayList<>();
        for (int size : sizes) {
            assemblies.add(Assemblies.write(dir.resolve("assembly-" + size), size, MAPPER));
        }
        // the first analysis in a fresh JVM, as in a Maven build: class loading and the interpreter included
        Path largest = assemblies.get(assemblies.size() - 1);
        long coldStart = System.nanoTime();
        analyze(largest);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;

        // warm-up on a mid-sized input so that the JIT has compiled the hot paths before anything is timed
        Path warm = dir.resolve("assembly-warmup");
        Assemblies.write(warm, 20, MAPPER);
        for (int i = 0; i < warmup; i++) {
            parse(warm);
            analyze(warm);
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "%-9s %9s %9s %10s %7s %10s %7s %8s | %7s %8s %7s %7s %9s | %7s %8s %8s%n",
                "stacks", "resources", "parse ms", "analyze ms", "ratio", "cpu ms", "ratio", "us/res",
                "load", "resolve", "model", "paths", "cost+req", "json ms", "peak MiB", "live MiB");
        double[] analyzeMs = new double[sizes.length];
        double[] analyzeCpuMs = new double[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            Path assembly = assemblies.get(k);
            // wall and thread-CPU medians; the CPU time of the analysing thread is what other builds on a shared
            // machine cannot inflate (GC threads are not in it)
            Timing parse = Timing.of(runs, () -> parse(assembly));
            AnalysisResult[] last = new AnalysisResult[1];
            Timing analysis = Timing.of(runs, () -> last[0] = analyze(assembly));
            Stages stages = Stages.of(runs, assembly);
            analyzeMs[k] = analysis.wallMs();
            analyzeCpuMs[k] = analysis.cpuMs();
            int resources = last[0].run().stacks().stream().mapToInt(st -> st.resources().size()).sum();
            AnalysisResult result = last[0];
            double jsonMs = Timing.of(runs, () -> writeJson(result)).wallMs();
            last[0] = null;
            // one more run, untimed, with the heap sampler on (it would steal CPU from the timed runs)
            HeapPeak peak = new HeapPeak();
            peak.start();
            last[0] = analyze(assembly);
            long peakBytes = peak.stop();
            long live = liveHeap();
            last[0] = null;
            System.out.printf(Locale.ROOT,
                    "%-9s %9d %9.1f %10.1f %6.1fx %10.1f %6.1fx %8.1f | %7.0f %8.0f %7.0f %7.0f %9.0f | %7.1f %8d %8d%n",
                    sizes[k] + " x 257", resources, parse.wallMs(), analysis.wallMs(),
                    analysis.wallMs() / parse.wallMs(), analysis.cpuMs(), analysis.cpuMs() / parse.cpuMs(),
                    analysis.wallMs() * 1000 / resources, stages.load, stages.resolve, stages.model, stages.paths, stages.rest,
                    jsonMs, peakBytes >> 20, live >> 20);
        }
        System.out.printf(Locale.ROOT, "%ncold (first analysis in the JVM) of %s stacks: %.0f ms%n",
                largest.getFileName(), coldMs);

        System.out.println();
        System.out.println("growth (time ratio for the input ratio; linear = the input ratio, target <= 1.1 x it):");
        for (int k = 1; k < sizes.length; k++) {
            double inputRatio = (double) sizes[k] / sizes[k - 1];
            double timeRatio = analyzeMs[k] / analyzeMs[k - 1];
            double cpuRatio = analyzeCpuMs[k] / analyzeCpuMs[k - 1];
            System.out.printf(Locale.ROOT, "  %3d -> %3d stacks: input x%.1f, wall time x%.2f (%.2f of linear),"
                    + " cpu time x%.2f (%.2f of linear)%n", sizes[k - 1], sizes[k], inputRatio, timeRatio,
                    timeRatio / inputRatio, cpuRatio, cpuRatio / inputRatio);
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "%-28s %9s %11s %11s %7s %10s %7s%n", "real CDK fixture", "resources",
                "parse ms", "analyze ms", "ratio", "cpu ms", "ratio");
        List<Path> apps;
        try (Stream<Path> list = Files.list(fixtures)) {
            apps = list.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
        }
        for (Path app : apps) {
            Timing parse = Timing.of(runs * 4, () -> parse(app));
            AnalysisResult[] last = new AnalysisResult[1];
            Timing analysis = Timing.of(runs * 4, () -> last[0] = analyze(app));
            int resources = last[0].run().stacks().stream().mapToInt(st -> st.resources().size()).sum();
            System.out.printf(Locale.ROOT, "%-28s %9d %11.2f %11.2f %6.1fx %10.2f %6.1fx%n", app.getFileName(),
                    resources, parse.wallMs(), analysis.wallMs(), analysis.wallMs() / parse.wallMs(),
                    analysis.cpuMs(), analysis.cpuMs() / parse.cpuMs());
        }

        System.out.println();
        List<String> sdk = loadedClasses("software.amazon.awssdk.");
        System.out.println("AWS SDK classes loaded: " + sdk.size() + (sdk.isEmpty() ? "" : " e.g. " + sdk.get(0)));
    }

    /**
     * {@code -Dbench.cold=DIR}: one analysis of DIR (then airgap.json) in this fresh JVM, as airgap:check does it
     * in a Maven build: what class loading and the interpreter cost on top of the warm figures.
     */
    private static void cold(Path dir) throws Exception {
        int before = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        long start = System.nanoTime();
        AnalysisResult result = analyze(dir);
        long analysed = System.nanoTime();
        writeJson(result);
        long written = System.nanoTime();
        int after = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        AnalysisResult again = analyze(dir);
        long second = System.nanoTime();
        int resources = again.run().stacks().stream().mapToInt(st -> st.resources().size()).sum();
        System.out.printf(Locale.ROOT, "cold analysis of %s (%d resources): %.0f ms, airgap.json %.0f ms, "
                        + "%d classes loaded by them; the same analysis again: %.0f ms%n", dir, resources,
                (analysed - start) / 1e6, (written - analysed) / 1e6, after - before, (second - written) / 1e6);
        List<String> sdk = loadedClasses("software.amazon.awssdk.");
        System.out.println("AWS SDK classes loaded: " + sdk.size());
    }

    /** What airgap:check computes: the analysis, then the requirements (as the mojo does, right after it). */
    static AnalysisResult analyze(Path assembly) {
        AnalysisResult result = new Analyzer().analyze(request(assembly));
        new RequirementEvaluator(result.evidence()).evaluate(REQUIREMENTS);
        return result;
    }

    static AnalysisRequest request(Path assembly) {
        return AnalysisRequest.of(assembly, List.of(assembly), ResolveOptions.defaults());
    }

    /** One requirement of each kind that needs no extra analysis input, over every subnet. */
    private static final List<Requirement> REQUIREMENTS = List.of(
            new NoInternet("isolated", Selector.parse("tag:aws-cdk:subnet-type=Isolated"), false,
                    List.of()),
            new PrivateAccess("private-s3", Selector.parse("*"), List.of("s3"), false, List.of()),
            new AllowedBuckets("buckets", Selector.parse("*"), List.of("bench-*"), false, List.of()),
            new MaxMonthlyCost("budget", new BigDecimal("1000000"), "USD", null, false, List.of()),
            new AvailableInRegions("regions", true, List.of()));

    /** The floor: Jackson's tree model over every template file of the assembly and the manifest, nothing else. */
    static int parse(Path assembly) {
        try (Stream<Path> files = Files.walk(assembly)) {
            int nodes = 0;
            for (Path file : files.filter(p -> p.toString().endsWith(".template.json")
                    || p.getFileName().toString().equals("manifest.json")).toList()) {
                nodes += MAPPER.readTree(file.toFile()).size();
            }
            return nodes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void writeJson(AnalysisResult result) {
        try {
            JsonReport.write(OutputStream.nullOutputStream(), result.run(), result.model(), result.paths(), "bench");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Heap used after a full GC: what the last result keeps alive. */
    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 2; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Classes loaded so far whose names start with the prefix, from the VM's own class list (jcmd VM.class_hierarchy). */
    private static List<String> loadedClasses(String prefix) throws Exception {
        String hierarchy = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmClassHierarchy",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        return hierarchy.lines().map(String::strip).map(l -> l.replaceFirst("^[|\\- ]+", ""))
                .filter(l -> l.startsWith(prefix)).map(l -> l.split("[/ ]")[0]).sorted().toList();
    }

    /** Median wall-clock and thread-CPU time of several runs. */
    private record Timing(double wallMs, double cpuMs) {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        static Timing of(int runs, Runnable run) {
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                run.run();
                wall.add((System.nanoTime() - start) / 1e6);
                cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            }
            return new Timing(median(wall), median(cpu));
        }
    }

    /**
     * Median wall time of each stage, run the way {@link Analyzer#analyze} runs them (kept in step by hand: if the
     * analyzer gains a stage, add it here).
     */
    private record Stages(double load, double resolve, double model, double paths, double rest) {
        static Stages of(int runs, Path assembly) {
            AnalysisRequest request = request(assembly);
            List<Double> load = new ArrayList<>();
            List<Double> resolve = new ArrayList<>();
            List<Double> model = new ArrayList<>();
            List<Double> paths = new ArrayList<>();
            List<Double> rest = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT, request.warnings());
                List<StackTemplate> stacks = new TemplateLoader(reader, request.baseDir(), request.debug())
                        .load(request.templates());
                long t1 = System.nanoTime();
                ResolvedRun run = new Resolver(request.resolve()).resolve(stacks);
                long t2 = System.nanoTime();
                NetworkModel network = NetworkModel.build(run);
                long t3 = System.nanoTime();
                PathResult result = new PathAnalyzer().analyze(network, new PathOptions(request.services(),
                        request.onPremisesCidrs(), request.accessChecks()));
                long t4 = System.nanoTime();
                var costs = CostEstimator.withBundledPrices(request.cost().overrides(), request.cost().settings())
                        .estimate(CostInputs.from(network, result, request.cost().usage()));
                var availability = new EndpointAvailabilityChecker(request.cost().endpointServices())
                        .checkAll(CostInputs.availabilityQueries(network));
                new RequirementEvaluator(new AnalysisResult(stacks, run, network, result, costs,
                        availability).evidence()).evaluate(REQUIREMENTS);
                long t5 = System.nanoTime();
                load.add((t1 - t0) / 1e6);
                resolve.add((t2 - t1) / 1e6);
                model.add((t3 - t2) / 1e6);
                paths.add((t4 - t3) / 1e6);
                rest.add((t5 - t4) / 1e6);
            }
            return new Stages(median(load), median(resolve), median(model), median(paths), median(rest));
        }
    }

    /**
     * The highest heap occupancy seen while the analysis runs: a daemon thread samples the heap every millisecond
     * (garbage included, as a user's -Xmx has to allow for it). A full GC before the runs starts every size alike.
     */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            liveHeap();
            running = true;
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
