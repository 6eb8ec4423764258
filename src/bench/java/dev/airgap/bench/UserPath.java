package dev.airgap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The user's path (issue 16): {@code airgap:check} of the installed plugin in fresh Maven processes, as a build runs
 * it, on 1, 10, 100 and 200 copies of the generated stack as one cloud assembly in one region; the same Maven command
 * with {@code -Dairgap.skip}; and {@link ParseFloor} (a plain Jackson parse of the same files) in a fresh JVM. Every
 * process runs under {@code /usr/bin/time -v} for its peak RSS. Prints a Markdown table (and writes it to
 * {@code user-path.md} in the bench folder), then optionally a JFR profile of the goal at the largest size.
 *
 * <p>The goal's own time comes from Maven's log timestamps ({@code -Dorg.slf4j.simpleLogger.showDateTime} in
 * {@code MAVEN_OPTS}): from the {@code --- airgap-maven-plugin:...:check} line to {@code BUILD SUCCESS}. That span
 * includes setting up the plugin's class realm, which the skipped run measures alone; the mojo itself logs nothing
 * before its analysis is done, so "to the first mojo line" is realm + analysis.
 *
 * <p>Run by {@code src/bench/sh/user-path.sh}, which builds the plugin and a private local repository first. System
 * properties: {@code bench.plugin} (groupId:artifactId:version, required), {@code bench.mavenArgs} (extra arguments
 * for every Maven run, whitespace-separated), {@code bench.sizes} (default {@code 1,10,100,200}), {@code bench.runs}
 * (default 3), {@code bench.dir} (default {@code target/bench/user-path}), {@code bench.extra}
 * ({@code name=assembly,...}: further assemblies measured the same way, e.g. {@code examples/cdk-java}'s),
 * {@code bench.jfr} (the size to profile, default the largest; {@code none} for no profile).
 */
public final class UserPath {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern STAMP = Pattern.compile("^(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) ");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern CPU = Pattern.compile("(?:User|System) time \\(seconds\\): ([0-9.]+)");
    private static final Pattern FLOOR_MS = Pattern.compile("^parse ([0-9.]+) ms");
    private static final String TIMESTAMPS =
            "-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS";

    /**
     * One process: wall clock seconds (whole process), the span inside it that belongs to the goal (or the parse),
     * the part of that span before the goal's first log line, the process's CPU seconds (user + system, every
     * thread: what other builds on the machine inflate least), and the peak resident set in KiB.
     */
    record Sample(double wallS, double execS, double firstLineS, double cpuS, long rssKiB) {
    }

    /** One measured input: where it is, how it is named in the table, how big it is. */
    record Input(String name, Path assembly, int resources, long bytes) {
    }

    /** The medians of one input's runs, and the report sizes of its last check. */
    record Row(Input input, Sample check, Sample skip, Sample floor, Map<String, Long> reports) {
    }

    /**
     * One build of the plugin to measure: a label ({@code before}, {@code after}) and the Maven arguments that pick
     * its private local repository. Several variants are measured interleaved in one session, so that the machine's
     * load hits them alike: on a shared machine, before/after from separate sessions compare the load, not the code.
     */
    record Variant(String label, List<String> mavenArgs) {
    }

    private final String plugin;
    private final Path dir;
    private final Path project;
    private int seq;

    private UserPath(String plugin, Path dir) throws IOException {
        this.plugin = plugin;
        this.dir = dir;
        this.project = dir.resolve("project");
        Files.createDirectories(project);
        // a throw-away project, as /work/shared/tools/airgap-run uses: the goal's own defaults, nothing else bound
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>local.bench</groupId><artifactId>airgap-user-path</artifactId><version>1</version>
                  <packaging>pom</packaging>
                </project>
                """);
    }

    public static void main(String[] args) throws Exception {
        String plugin = System.getProperty("bench.plugin");
        if (plugin == null || plugin.isBlank()) {
            throw new IllegalArgumentException("-Dbench.plugin=groupId:artifactId:version is required");
        }
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1,10,100,200").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int runs = Integer.getInteger("bench.runs", 3);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench/user-path")).toAbsolutePath();
        List<Variant> variants = variants(System.getProperty("bench.variants", ""),
                System.getProperty("bench.mavenArgs", ""));
        UserPath bench = new UserPath(plugin, dir);

        List<Input> inputs = new ArrayList<>();
        for (int size : sizes) {
            Path assembly = Assemblies.write(dir.resolve("assembly-" + size), size, MAPPER);
            inputs.add(measure(size + " × 257", assembly));
        }
        String extra = System.getProperty("bench.extra", "");
        for (String item : extra.split(",")) {
            if (!item.isBlank()) {
                String[] kv = item.split("=", 2);
                inputs.add(measure(kv[0].trim(), Path.of(kv[1].trim()).toAbsolutePath()));
            }
        }

        String loadBefore = loadAverage();
        for (Variant v : variants) {
            // not counted: fills the page cache and the private repository's resolution caches
            bench.check(v, inputs.get(0), false, "");
            bench.check(v, inputs.get(0), true, "");
        }

        Map<Variant, Map<Input, List<Sample>>> checks = new LinkedHashMap<>();
        Map<Variant, Map<Input, List<Sample>>> skips = new LinkedHashMap<>();
        Map<Variant, Map<Input, Map<String, Long>>> reports = new LinkedHashMap<>();
        Map<Input, List<Sample>> floors = new LinkedHashMap<>();
        // interleaved (run 1 of every size, then run 2, ...; the variants in turn, first one first then the other)
        // so that a burst of load on the shared machine hits several sizes and variants a little, not one a lot
        for (int r = 1; r <= runs; r++) {
            for (Input in : inputs) {
                List<Variant> order = new ArrayList<>(variants);
                if (r % 2 == 0) {
                    java.util.Collections.reverse(order);
                }
                StringBuilder line = new StringBuilder("run " + r + " " + in.name() + ":");
                for (Variant v : order) {
                    Sample c = bench.check(v, in, false, "");
                    Sample k = bench.check(v, in, true, "");
                    add(checks, v, in, c);
                    add(skips, v, in, k);
                    reports.computeIfAbsent(v, x -> new LinkedHashMap<>()).put(in, bench.reportSizes(v, in));
                    line.append(String.format(Locale.ROOT, " %s check %.1f s (cpu %.1f), skip %.1f s;",
                            v.label(), c.wallS(), c.cpuS(), k.wallS()));
                }
                Sample f = bench.floor(in);
                floors.computeIfAbsent(in, k -> new ArrayList<>()).add(f);
                System.err.println(line + String.format(Locale.ROOT, " floor %.2f s", f.wallS()));
            }
        }
        String loadAfter = loadAverage();
        StringBuilder all = new StringBuilder();
        Map<Variant, List<Row>> tables = new LinkedHashMap<>();
        for (Variant v : variants) {
            List<Row> rows = new ArrayList<>();
            for (Input in : inputs) {
                rows.add(new Row(in, median(checks.get(v).get(in)), median(skips.get(v).get(in)),
                        median(floors.get(in)), reports.get(v).get(in)));
            }
            tables.put(v, rows);
            all.append(table(v.label(), rows, sizes, runs, loadBefore, loadAfter)).append('\n');
        }
        if (variants.size() > 1) {
            all.append(compare(tables)).append('\n');
        }
        System.out.println(all);
        Files.writeString(dir.resolve("user-path.md"), all);

        String jfr = System.getProperty("bench.jfr", String.valueOf(sizes[sizes.length - 1]));
        if (!jfr.equals("none")) {
            Input profiled = inputs.stream().filter(i -> i.name().equals(jfr + " × 257")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("bench.jfr: no size " + jfr));
            StringBuilder profiles = new StringBuilder();
            for (Variant v : variants) {
                Path recording = dir.resolve("goal-" + jfr + (v.label().isEmpty() ? "" : "-" + v.label()) + ".jfr");
                Files.deleteIfExists(recording);
                Sample s = bench.check(v, profiled, false, "-XX:FlightRecorderOptions:stackdepth=256"
                        + " -XX:StartFlightRecording=filename=" + recording + ",settings=profile");
                profiles.append(String.format(Locale.ROOT, "JFR profile of `check` %son %s (one run, %s; goal %.1f s,"
                                + " process %.1f s, CPU %.1f s, load average %s):%n%n",
                        v.label().isEmpty() ? "" : "(" + v.label() + ") ", profiled.name(),
                        recording.getFileName(), s.execS(), s.wallS(), s.cpuS(), loadAverage()))
                        .append(JfrTop.summarise(recording, 25)).append('\n');
            }
            System.out.println(profiles);
            Files.writeString(dir.resolve("user-path-profile.md"), profiles);
        }
    }

    /** {@code label=args|label=args}, or one unlabelled variant with {@code bench.mavenArgs}. */
    private static List<Variant> variants(String spec, String mavenArgs) {
        List<Variant> out = new ArrayList<>();
        for (String item : spec.split("\\|")) {
            if (!item.isBlank()) {
                String[] kv = item.split("=", 2);
                out.add(new Variant(kv[0].trim(), words(kv.length > 1 ? kv[1] : "")));
            }
        }
        return out.isEmpty() ? List.of(new Variant("", words(mavenArgs))) : out;
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static void add(Map<Variant, Map<Input, List<Sample>>> m, Variant v, Input in, Sample s) {
        m.computeIfAbsent(v, x -> new LinkedHashMap<>()).computeIfAbsent(in, x -> new ArrayList<>()).add(s);
    }

    private static Input measure(String name, Path assembly) throws IOException {
        int resources = 0;
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(assembly)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
                bytes += Files.size(p);
                if (p.getFileName().toString().endsWith(".template.json")) {
                    JsonNode res = MAPPER.readTree(p.toFile()).path("Resources");
                    resources += res.size();
                }
            }
        }
        return new Input(name, assembly, resources, bytes);
    }

    /** {@code mvn ... PLUGIN:check} (or the same with {@code -Dairgap.skip}) in the throw-away project. */
    private Sample check(Variant v, Input in, boolean skip, String jvmOptions)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("mvn", "-B"));
        cmd.addAll(v.mavenArgs());
        cmd.add(plugin + ":check");
        cmd.add("-Dairgap.templates=" + in.assembly());
        cmd.add("-Dairgap.failOnViolation=false");
        cmd.add("-Dairgap.outputDirectory=" + out(v, in));
        if (skip) {
            cmd.add("-Dairgap.skip");
        }
        // MAVEN_OPTS is set, not inherited: what the shell had must not change what is measured
        Path log = dir.resolve("logs").resolve(String.format(Locale.ROOT, "%03d-%s-%s%s.log", ++seq,
                in.assembly().getFileName(), skip ? "skip" : "check", v.label().isEmpty() ? "" : "-" + v.label()));
        ProcessOutput po = timed(cmd, Map.of("MAVEN_OPTS", (TIMESTAMPS + " " + jvmOptions).trim()), log);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        double start = -1;
        double first = -1;
        double end = -1;
        for (String line : lines) {
            Matcher m = STAMP.matcher(line);
            if (!m.find()) {
                continue;
            }
            double t = Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                    + Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(4)) / 1000.0;
            if (start >= 0 && t < start) {
                t += 24 * 3600; // past midnight
            }
            if (line.contains("--- airgap-maven-plugin:")) {
                start = t;
            } else if (start >= 0 && first < 0) {
                first = t;
            }
            if (line.contains("BUILD SUCCESS")) {
                end = t;
            }
        }
        if (start < 0 || end < 0) {
            throw new IllegalStateException("no goal start or BUILD SUCCESS in " + log);
        }
        return new Sample(po.wallS(), end - start, first - start, po.cpuS(), po.rssKiB());
    }

    /** {@link ParseFloor} in a fresh JVM with this JVM's class path (Jackson and the bench classes). */
    private Sample floor(Input in) throws IOException, InterruptedException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ParseFloor.class.getName(), in.assembly().toString());
        Path log = dir.resolve("logs").resolve(String.format(Locale.ROOT, "%03d-%s-floor.log", ++seq,
                in.assembly().getFileName()));
        ProcessOutput po = timed(cmd, Map.of(), log);
        double ms = Files.readAllLines(log).stream().map(FLOOR_MS::matcher).filter(Matcher::find)
                .mapToDouble(m -> Double.parseDouble(m.group(1))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no parse time in " + log));
        return new Sample(po.wallS(), ms / 1000, ms / 1000, po.cpuS(), po.rssKiB());
    }

    private record ProcessOutput(double wallS, double cpuS, long rssKiB) {
    }

    private ProcessOutput timed(List<String> cmd, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Path time = Path.of(log + ".time");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        full.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(full).directory(project.toFile())
                .redirectOutput(log.toFile()).redirectError(time.toFile());
        pb.environment().remove("MAVEN_OPTS");
        pb.environment().putAll(env);
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        String timeOut = Files.readString(time);
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + " of " + String.join(" ", cmd) + "; see " + log);
        }
        Matcher m = RSS.matcher(timeOut);
        if (!m.find()) {
            throw new IllegalStateException("no peak RSS from /usr/bin/time in " + time);
        }
        double cpu = 0;
        for (Matcher c = CPU.matcher(timeOut); c.find(); ) {
            cpu += Double.parseDouble(c.group(1));
        }
        return new ProcessOutput(wall, cpu, Long.parseLong(m.group(1)));
    }

    private Path out(Variant v, Input in) {
        return dir.resolve("out").resolve(v.label().isEmpty() ? "default" : v.label())
                .resolve(in.assembly().getFileName().toString());
    }

    private Map<String, Long> reportSizes(Variant v, Input in) throws IOException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String name : List.of("airgap.json", "airgap.md", "airgap.sarif")) {
            Path p = out(v, in).resolve(name);
            sizes.put(name, Files.exists(p) ? Files.size(p) : -1L);
        }
        return sizes;
    }

    private static Sample median(List<Sample> samples) {
        return new Sample(median(samples, Sample::wallS), median(samples, Sample::execS),
                median(samples, Sample::firstLineS), median(samples, Sample::cpuS),
                (long) median(samples, s -> s.rssKiB()));
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> f) {
        double[] v = samples.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String table(String label, List<Row> rows, int[] sizes, int runs, String loadBefore, String loadAfter) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%s`check` of the installed plugin in fresh Maven processes, medians of %d"
                + " runs per column (runs interleaved across sizes); load average (1 / 5 / 15 min) %s before and %s"
                + " after, on %d cores. Times in s; goal = the `check` execution in Maven's log (class realm"
                + " included), analysis = its part before the goal's first log line; process = the whole `mvn` or"
                + " `java` process, wall clock and CPU (user + system, all threads); floor = `ParseFloor` (Jackson"
                + " `readTree` of the same files) in a fresh JVM.%n%n", label.isEmpty() ? "" : "**" + label + "**: ",
                runs, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors()));
        t.append("| input | resources | input MB | goal | of it analysis | goal skipped | process | process skipped |"
                + " floor process | floor parse | CPU check | CPU skip | CPU floor | RSS check MB | RSS skip MB |"
                + " RSS floor MB | airgap.json MB | airgap.md MB | airgap.sarif MB |\n");
        t.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            t.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.3f |"
                            + " %.1f | %.1f | %.1f | %d | %d | %d | %s | %s | %s |%n",
                    r.input().name(), r.input().resources(), r.input().bytes() / 1e6, r.check().execS(),
                    r.check().firstLineS(), r.skip().execS(), r.check().wallS(), r.skip().wallS(), r.floor().wallS(),
                    r.floor().execS(), r.check().cpuS(), r.skip().cpuS(), r.floor().cpuS(),
                    r.check().rssKiB() / 1024, r.skip().rssKiB() / 1024,
                    r.floor().rssKiB() / 1024, mb(r.reports().get("airgap.json")),
                    mb(r.reports().get("airgap.md")), mb(r.reports().get("airgap.sarif"))));
        }
        Row one = rowOf(rows, sizes[0]);
        Row most = rowOf(rows, sizes[sizes.length - 1]);
        t.append('\n');
        if (one != null && most != null && one != most) {
            double goalExtra = most.check().execS() - one.check().execS();
            double wallExtra = most.check().wallS() - one.check().wallS();
            double floorExtra = most.floor().wallS() - one.floor().wallS();
            double cpuExtra = most.check().cpuS() - one.check().cpuS();
            double floorCpuExtra = most.floor().cpuS() - one.floor().cpuS();
            t.append(String.format(Locale.ROOT, "- %s against %s: the goal's extra time %.2f s, the process's %.2f s,"
                            + " the cold parse floor's %.2f s: **goal extra / floor extra = %.1f×** (process: %.1f×;"
                            + " CPU: %.1f s against %.2f s, %.1f×).%n", most.input().name(), one.input().name(),
                    goalExtra, wallExtra, floorExtra, goalExtra / floorExtra, wallExtra / floorExtra, cpuExtra,
                    floorCpuExtra, cpuExtra / floorCpuExtra));
        }
        if (sizes.length >= 2) {
            Row a = rowOf(rows, sizes[sizes.length - 2]);
            double input = (double) sizes[sizes.length - 1] / sizes[sizes.length - 2];
            if (a != null && most != null && one != null && a != one) {
                t.append(String.format(Locale.ROOT, "- growth %s → %s (input ×%.1f): goal ×%.2f, goal minus one"
                                + " copy's ×%.2f, process ×%.2f, process CPU minus one copy's ×%.2f.%n",
                        a.input().name(), most.input().name(), input,
                        most.check().execS() / a.check().execS(),
                        (most.check().execS() - one.check().execS()) / (a.check().execS() - one.check().execS()),
                        most.check().wallS() / a.check().wallS(),
                        (most.check().cpuS() - one.check().cpuS()) / (a.check().cpuS() - one.check().cpuS())));
            }
        }
        for (Row r : rows) {
            if (r != one && !r.input().name().contains("×")) {
                t.append(overSkip(r));
            }
        }
        if (one != null) {
            t.append(overSkip(one));
        }
        return t.toString();
    }

    /** Each variant against the first, per input: goal, process wall and CPU, peak RSS. */
    static String compare(Map<Variant, List<Row>> tables) {
        List<Variant> vs = new ArrayList<>(tables.keySet());
        Variant base = vs.get(0);
        StringBuilder t = new StringBuilder();
        for (Variant v : vs.subList(1, vs.size())) {
            t.append(String.format(Locale.ROOT, "**%s against %s** (same session, interleaved):%n%n", v.label(),
                    base.label()));
            t.append("| input | goal | process | process CPU | RSS MB | airgap.json MB |\n|---|---|---|---|---|---|\n");
            List<Row> a = tables.get(base);
            List<Row> b = tables.get(v);
            for (int i = 0; i < a.size(); i++) {
                Row x = a.get(i);
                Row y = b.get(i);
                t.append(String.format(Locale.ROOT, "| %s | %.2f → %.2f (×%.2f) | %.2f → %.2f (×%.2f) |"
                                + " %.1f → %.1f (×%.2f) | %d → %d | %s → %s |%n", x.input().name(),
                        x.check().execS(), y.check().execS(), y.check().execS() / x.check().execS(),
                        x.check().wallS(), y.check().wallS(), y.check().wallS() / x.check().wallS(),
                        x.check().cpuS(), y.check().cpuS(), y.check().cpuS() / x.check().cpuS(),
                        x.check().rssKiB() / 1024, y.check().rssKiB() / 1024,
                        mb(x.reports().get("airgap.json")), mb(y.reports().get("airgap.json"))));
            }
        }
        return t.toString();
    }

    private static String overSkip(Row r) {
        return String.format(Locale.ROOT, "- %s: `check` adds %.2f s to the goal over `-Dairgap.skip` (%.2f against"
                        + " %.2f), %.2f s to the process (%.2f against %.2f, ×%.2f).%n", r.input().name(),
                r.check().execS() - r.skip().execS(), r.check().execS(), r.skip().execS(),
                r.check().wallS() - r.skip().wallS(), r.check().wallS(), r.skip().wallS(),
                r.check().wallS() / r.skip().wallS());
    }

    private static Row rowOf(List<Row> rows, int size) {
        return rows.stream().filter(r -> r.input().name().equals(size + " × 257")).findFirst().orElse(null);
    }

    private static String mb(Long bytes) {
        return bytes == null || bytes < 0 ? "—" : String.format(Locale.ROOT, "%.2f", bytes / 1e6);
    }
}
