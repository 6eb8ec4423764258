package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.Version;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code airgap.json}, {@code airgap.sarif}, {@code airgap.md} and the build log as {@code check} writes them for
 * part of the project's corpus and every CDK fixture, byte for byte, with one requirement of each kind configured so that violations,
 * waivers (by {@code <except>} and by {@code <allowUnknown>}), UNKNOWN verdicts and a selector matching nothing all
 * appear. Refactorings must not move a byte; a change that means to move one regenerates the files and shows the
 * difference in review:
 * <pre>
 * mvn -o -q test -Dtest=GoldenOutputTest -Dairgap.golden.update=true -Dinvoker.skip
 * </pre>
 * The tool's version is written as {@code @VERSION@} in the stored files, so a release does not move them, and the
 * output folder as {@code @OUT@}.
 */
class GoldenOutputTest {

    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    private static final Path GOLDEN = RESOURCES.resolve("golden");
    /** The build log (info and above): waivers and unused exceptions appear only there. */
    private static final String LOG = "check.log";
    private static final List<String> FILES = List.of("airgap.json", "airgap.sarif", "airgap.md", LOG);
    private static final boolean UPDATE = Boolean.getBoolean("airgap.golden.update");

    /**
     * Public templates, one run each (the whole folder in one run analyses every service of every template for every
     * subnet: 20 MB of reports): internet and NAT gateways, interface endpoints without an internet gateway, a VPN,
     * a transit gateway, endpoints shared from a hub, nested stacks outside the run, conditions.
     */
    private static final List<String> PUBLIC = List.of(
            "widdix__aws-cf-templates__vpc__vpc-2azs.yaml",
            "aws-cloudformation__aws-cloudformation-templates__VPC__VPC_With_Managed_NAT_And_Private_Subnet.json",
            "aws-cloudformation__aws-cloudformation-templates__Solutions__CloudFormationEndpointSignals__"
                    + "cfn-endpoint-waitcondition-no-igw.yaml",
            "acantril__learn-cantrill-io-labs__aws-simple-site2site-vpn__infra.yaml",
            "acantril__learn-cantrill-io-labs__aws-patch-manager__01_LABSETUP__PatchManagerVPCEndpointsandRole.yaml",
            "aws-samples__aws-transit-gateway-routing-lab__tgw-lab.yaml",
            "aws-samples__vpc-endpoint-sharing__hub.yml",
            "aws-samples__ecs-refarch-cloudformation__master.yaml",
            "aws-quickstart__quickstart-aws-vpc__templates__aws-vpc.template.yaml");

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> reportsAreByteIdentical() throws IOException {
        List<String> inputs = new ArrayList<>(PUBLIC.stream().map(f -> "corpus/public/" + f).toList());
        for (String parent : List.of("cdk", "corpus/cdk")) {
            try (Stream<Path> dirs = Files.list(RESOURCES.resolve(parent))) {
                dirs.filter(Files::isDirectory).map(d -> parent + "/" + d.getFileName()).sorted().forEach(inputs::add);
            }
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input, () -> check(input)));
    }

    private void check(String input) throws Exception {
        Path written = out.resolve(input);
        List<String> log = new ArrayList<>();
        mojo(input, written, log).execute();
        Files.write(written.resolve(LOG), log, StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(input.replace("corpus/public/", "public-").replace('/', '-')
                .replaceAll("\\.(yaml|yml|json)$", ""));
        for (String name : FILES) {
            String actual = Files.readString(written.resolve(name), StandardCharsets.UTF_8)
                    .replace(Version.get(), "@VERSION@").replace(written.toString(), "@OUT@");
            if (UPDATE) {
                Files.createDirectories(golden);
                Files.writeString(golden.resolve(name), actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as(input + " " + name)
                    .isEqualTo(Files.readString(golden.resolve(name), StandardCharsets.UTF_8));
        }
    }

    /** {@code check} as a POM would configure it, with every requirement kind; the build does not fail. */
    private static CheckMojo mojo(String input, Path outputDirectory, List<String> log) {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(recording(log));
        mojo.basedir = RESOURCES.toFile();
        mojo.templates = List.of(input);
        mojo.regions = List.of("us-west-1", "ap-northeast-1");
        mojo.formats = List.of("json", "sarif", "md");
        mojo.outputDirectory = outputDirectory.toFile();
        mojo.failOnViolation = false; // so that the build goes on and the log says so
        mojo.currency = "USD";
        mojo.hoursPerMonth = "730";
        mojo.accessChecks = List.of("s3:GetObject test-us-west-bt");
        mojo.requirements = requirements();
        return mojo;
    }

    private static List<RequirementBean> requirements() {
        NoInternet all = new NoInternet();
        all.subnets = "*";
        all.setExcept(except("*Public*", null, null, null, "public tier, reviewed in SEC-12"));
        NoInternet isolated = new NoInternet();
        isolated.id = "isolated";
        isolated.subnets = "tag:aws-cdk:subnet-type=Isolated";
        PrivateAccess s3 = new PrivateAccess();
        s3.subnets = "*Private*,tag:aws-cdk:subnet-type=Isolated";
        s3.services = "s3,dynamodb";
        s3.allowUnknown = true;
        s3.setExcept(except(null, null, "ap-northeast-1", "dynamodb", "no DynamoDB in Tokyo"));
        OnPremisesAccess onPremises = new OnPremisesAccess();
        onPremises.services = "s3";
        onPremises.cidrs = "192.168.0.0/16";
        onPremises.setExcept(except(null, "*Onprem*", null, null, "the simulated data centre"));
        AllowedBuckets buckets = new AllowedBuckets();
        buckets.id = "only-data-buckets";
        buckets.subnets = "*";
        buckets.buckets = "test-us-west-bt,logs-*";
        buckets.allowUnknown = true;
        buckets.setExcept(except("*Public*", null, null, null, "web tier"));
        MaxMonthlyCost budget = new MaxMonthlyCost();
        budget.amount = "5000";
        budget.currency = "JPY";
        budget.exchangeRate = "150";
        AvailableInRegions available = new AvailableInRegions();
        return List.of(all, isolated, s3, onPremises, buckets, budget, available);
    }

    private static Except except(String subnet, String vpc, String region, String service, String reason) {
        Except e = new Except();
        e.subnet = subnet;
        e.vpc = vpc;
        e.region = region;
        e.service = service;
        e.reason = reason;
        return e;
    }

    /** A log that keeps info, warning and error lines, prefixed like Maven's, and drops debug. */
    private static Log recording(List<String> lines) {
        return (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("is")) {
                        return !name.equals("isDebugEnabled");
                    }
                    if (!name.equals("debug") && args != null && args[0] instanceof CharSequence text) {
                        lines.add("[" + name.toUpperCase(java.util.Locale.ROOT) + "] " + text);
                    }
                    return null;
                });
    }
}
