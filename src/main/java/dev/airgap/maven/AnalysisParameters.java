package dev.airgap.maven;

import dev.airgap.AnalysisRequest;
import dev.airgap.AnalysisResult;
import dev.airgap.Analyzer;
import dev.airgap.Check;
import dev.airgap.change.Changes;
import dev.airgap.cost.CostOptions;
import dev.airgap.cost.CostSettings;
import dev.airgap.cost.PriceOverrides;
import dev.airgap.cost.Usage;
import dev.airgap.cost.availability.EndpointServiceCatalog;
import dev.airgap.deployed.DeployedOptions;
import dev.airgap.path.AccessCheck;
import dev.airgap.path.TrustedResource;
import dev.airgap.path.TrustedUse;
import dev.airgap.require.Requirement;
import dev.airgap.require.RequirementException;
import dev.airgap.resolve.ResolveOptions;
import dev.airgap.template.Excerpt;
import dev.airgap.template.InputException;
import dev.airgap.template.InputProblems;
import dev.airgap.template.NestedTemplates;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The parameters every analysing goal shares, as the goals' fields received them, and what they become: the request
 * for the analysis library, the requirements, and the analysis itself, the same for {@code check}, {@code explain}
 * and the site report. A malformed value is a configuration error ({@link MojoExecutionException}) with one clear line.
 */
final class AnalysisParameters {

    List<String> templates;
    List<String> nestedTemplates;
    List<String> regions;
    List<String> parameters;
    List<String> availabilityZones;
    List<String> services;
    List<String> onPremisesCidrs;
    List<String> accessChecks;
    List<String> trustedResources;
    List<String> stacks;
    String awsRegion;
    String awsProfile;
    String endpointUrl;
    boolean compare;
    File basedir;

    /** Whether the goal prices with the fields below (it has them); the others price with the defaults. */
    boolean priced;
    String currency;
    String exchangeRate;
    String hoursPerMonth;
    List<String> usage;
    List<String> prices;
    File pricesFile;
    File availabilityFile;

    List<RequirementBean> requirements;

    /** A previous build's airgap.json to compare with, or null. */
    File baseline;

    private final Log log;

    private AnalysisParameters(Log log) {
        this.log = log;
    }

    /**
     * The parameters of a goal, taken from its fields of the same names (Maven injects parameters into the goal's
     * own fields only, and the site report cannot share the goals' base class). A goal without pricing fields
     * prices with the defaults; one without {@code requirements} has none.
     */
    static AnalysisParameters of(Object goal, Log log) {
        AnalysisParameters p = new AnalysisParameters(log);
        for (Field target : AnalysisParameters.class.getDeclaredFields()) {
            if (Modifier.isStatic(target.getModifiers()) || Modifier.isFinal(target.getModifiers())) {
                continue;
            }
            Field source = field(goal.getClass(), target.getName());
            if (source != null) {
                try {
                    target.set(p, source.get(goal));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("parameter " + target.getName() + " of " + goal.getClass(), e);
                }
            }
        }
        p.priced = field(goal.getClass(), "currency") != null;
        return p;
    }

    /** The field of that name in the class or a superclass, or null. */
    static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return null;
    }

    /** Runs the analysis; bad input becomes one clear build error. */
    AnalysisResult analyze() throws MojoExecutionException {
        AnalysisRequest request = request();
        try {
            return logTrusted(new Analyzer().analyze(request));
        } catch (InputException e) {
            throw inputError(e);
        }
    }

    /** Runs the analysis with what the requirements need and judges them; bad input is one clear build error. */
    Check check() throws MojoExecutionException {
        List<Requirement> reqs = requirementList();
        AnalysisRequest request = request();
        try {
            Check check = new Analyzer().check(request, reqs);
            logTrusted(check.analysis());
            return check;
        } catch (InputException e) {
            throw inputError(e);
        } catch (RequirementException e) {
            throw new MojoExecutionException("airgap: " + e.getMessage());
        }
    }

    /** What the check changes against {@code <baseline>}, or null without one. */
    Changes changes(Check check) throws MojoExecutionException {
        return baseline == null ? null : Baseline.changes(baseline, basedir, check);
    }

    /** The configured requirements; a malformed one is a configuration error, whatever failOnViolation says. */
    List<Requirement> requirementList() throws MojoExecutionException {
        List<Requirement> out = new ArrayList<>();
        if (requirements != null) {
            for (RequirementBean bean : requirements) {
                if (bean == null) {
                    continue;
                }
                try {
                    out.add(bean.toRequirement());
                } catch (RequirementException e) {
                    throw new MojoExecutionException("airgap: <requirements>: " + e.getMessage());
                }
            }
        }
        return out;
    }

    AnalysisRequest request() throws MojoExecutionException {
        ResolveOptions options = new ResolveOptions(keyValues(parameters, "parameters", "Name=Value"), clean(regions),
                zoneOverrides());
        List<AccessCheck> checks = new ArrayList<>();
        try {
            for (String c : clean(accessChecks)) {
                checks.add(AccessCheck.parse(c));
            }
        } catch (InputException e) {
            throw new MojoExecutionException("airgap: <accessChecks>: " + e.problem() + ". " + e.hint());
        }
        NestedTemplates nested;
        try {
            nested = NestedTemplates.parse(nestedTemplates == null ? List.of() : nestedTemplates);
        } catch (InputException e) {
            throw new MojoExecutionException("airgap: " + e.getMessage());
        }
        return new AnalysisRequest(basedir.toPath(), templatePaths(), options, clean(services), List.of(),
                clean(onPremisesCidrs), checks, costOptions(), deployedOptions(),
                d -> log.debug(Excerpt.escapeControls(d)), w -> log.warn(Excerpt.escapeControls(prefixed(w))),
                nested, i -> log.info(Excerpt.escapeControls(prefixed(i))), trustList());
    }

    /** The loader's lines already start with the plugin's name; the other stages' do not. */
    private static String prefixed(String line) {
        return line.startsWith("airgap: ") ? line : "airgap: " + line;
    }

    /** The {@code <trustedResources>} entries; a malformed one is a configuration error naming the entry. */
    List<TrustedResource> trustList() throws MojoExecutionException {
        List<TrustedResource> out = new ArrayList<>();
        List<String> entries = trustedResources == null ? List.of() : trustedResources;
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            if (entry == null || entry.isBlank()) {
                continue;
            }
            try {
                out.add(TrustedResource.parse(entry, "<trustedResources> entry " + (i + 1)));
            } catch (InputException e) {
                throw new MojoExecutionException("airgap: " + e.problem() + ". " + e.hint());
            }
        }
        return out;
    }

    /** Says which resources were trusted, and why, so the build log records every waiver. */
    private AnalysisResult logTrusted(AnalysisResult result) {
        for (TrustedUse t : result.paths().trusted()) {
            log.info(Excerpt.escapeControls("airgap: trusting " + t.resource().logicalId() + " (" + t.type()
                    + ", handed " + String.join(", ", t.handed()) + ") not to change routing or filtering: "
                    + t.trust().reason() + " [<trustedResources> " + t.trust().pattern() + "]"));
        }
        return result;
    }

    /** The deployed stacks to read; {@link DeployedOptions#requested()} is false unless {@code <stacks>} names some. */
    DeployedOptions deployedOptions() {
        return new DeployedOptions(clean(stacks), awsRegion, awsProfile, endpointUrl, compare);
    }

    List<Path> templatePaths() throws MojoExecutionException {
        List<Path> out = new ArrayList<>();
        if (templates != null && !templates.isEmpty()) {
            for (String t : templates) {
                if (!t.isBlank()) {
                    out.add(Path.of(t.trim()));
                }
            }
            return out;
        }
        for (String fallback : List.of("cdk.out", "src/main/cloudformation")) {
            if (basedir.toPath().resolve(fallback).toFile().exists()) {
                out.add(Path.of(fallback));
            }
        }
        if (out.isEmpty() && !deployedOptions().requested()) {
            throw new MojoExecutionException("airgap: no templates to analyse in " + basedir
                    + ": neither cdk.out nor src/main/cloudformation exists. Set <templates> in the plugin's "
                    + "configuration or -Dairgap.templates=path/to/cdk.out");
        }
        return out;
    }

    CostOptions costOptions() throws MojoExecutionException {
        if (!priced) {
            return CostOptions.defaults();
        }
        BigDecimal rate = decimal("exchangeRate", exchangeRate);
        if (rate == null) {
            if (!"USD".equalsIgnoreCase(currency)) {
                throw new MojoExecutionException("airgap: costs in " + currency + " need an exchange rate: set "
                        + "<exchangeRate> (units of " + currency + " per USD), e.g. -Dairgap.exchangeRate=150");
            }
            rate = BigDecimal.ONE;
        }
        try {
            CostSettings settings = CostSettings.of(decimal("hoursPerMonth", hoursPerMonth), currency, rate);
            PriceOverrides overrides = PriceOverrides.of(clean(prices), pricesFile == null ? null : pricesFile.toPath());
            EndpointServiceCatalog catalog = EndpointServiceCatalog.bundled();
            if (availabilityFile != null) {
                catalog = catalog.overlaidWith(EndpointServiceCatalog.read(availabilityFile.toPath()));
            }
            return new CostOptions(settings, overrides, Usage.parse(clean(usage)), catalog);
        } catch (IllegalArgumentException | IOException e) {
            throw new MojoExecutionException("airgap: " + e.getMessage());
        }
    }

    /** Maven 3's configurator has no BigDecimal converter, and a plain number deserves a plain error. */
    private static BigDecimal decimal(String name, String text) throws MojoExecutionException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new MojoExecutionException("airgap: <" + name + "> '" + text + "' is not a number");
        }
    }

    private Map<String, List<String>> zoneOverrides() throws MojoExecutionException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : keyValues(availabilityZones, "availabilityZones", "region=az1 az2")
                .entrySet()) {
            out.put(e.getKey(), List.of(e.getValue().trim().split("[\\s|]+")));
        }
        return out;
    }

    static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(v.trim());
                }
            }
        }
        return out;
    }

    private static Map<String, String> keyValues(List<String> entries, String name, String form)
            throws MojoExecutionException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : clean(entries)) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new MojoExecutionException("airgap: <" + name + "> entry '" + entry + "' is not of the form "
                        + form);
            }
            out.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return out;
    }

    /**
     * Bad input is the user's to fix: one line. The cause is not chained because Maven appends every cause's message
     * to the failure line; its stack trace goes to the debug log (-X) instead.
     */
    private MojoExecutionException inputError(InputException e) {
        log.debug(e);
        if (e instanceof InputProblems all) {
            // One block per unreadable input, then the failure naming how many.
            all.problems().forEach(p -> log.error("airgap: " + p.getMessage()));
            // The failure line alone tells the story in a CI summary: how many, and where the first are.
            List<String> where = all.problems().stream().limit(3).map(p -> p.position().toString()).toList();
            int more = all.problems().size() - where.size();
            return new MojoExecutionException("airgap: " + all.problem() + ": " + String.join(", ", where)
                    + (more > 0 ? " and " + more + " more" : "") + " (each is listed above). " + all.hint());
        }
        return new MojoExecutionException("airgap: " + e.getMessage());
    }
}
