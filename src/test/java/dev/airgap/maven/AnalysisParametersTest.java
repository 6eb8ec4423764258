package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.cost.CostOptions;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** check, explain and the site report hand their parameters to the analysis the same way. */
class AnalysisParametersTest {

    private static List<Field> parameters() {
        return Arrays.stream(AnalysisParameters.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()))
                .filter(f -> !f.getName().equals("priced")).toList();
    }

    @Test
    void checkAndTheSiteReportDeclareEveryParameterWithTheSameNameAndType() {
        for (Class<?> goal : List.of(CheckMojo.class, ReportMojo.class)) {
            assertThat(parameters()).allSatisfy(p -> {
                Field f = AnalysisParameters.field(goal, p.getName());
                assertThat(f).as(goal.getSimpleName() + "." + p.getName()).isNotNull();
                assertThat(f.getGenericType()).isEqualTo(p.getGenericType());
            });
        }
    }

    @Test
    void explainPricesWithTheDefaultsAndHasNoRequirements() throws Exception {
        ExplainMojo explain = new ExplainMojo();
        explain.templates = List.of("cdk.out");
        explain.basedir = new File(".");
        AnalysisParameters p = explain.parameters();

        assertThat(p.priced).isFalse();
        assertThat(p.templates).isSameAs(explain.templates);
        assertThat(p.requirements).isNull();
        assertThat(p.costOptions().settings()).isEqualTo(CostOptions.defaults().settings());
    }

    @Test
    void checkPricesWithItsOwnCurrency() throws Exception {
        CheckMojo check = new CheckMojo();
        check.setLog(new SystemStreamLog());
        check.currency = "JPY";
        check.exchangeRate = "150";
        check.hoursPerMonth = "720";

        AnalysisParameters p = check.parameters();

        assertThat(p.priced).isTrue();
        assertThat(p.costOptions().settings().currency()).isEqualTo("JPY");
        assertThat(p.costOptions().settings().hoursPerMonth()).isEqualByComparingTo("720");
    }

    @Test
    void aMalformedNestedTemplatesEntryIsOneConfigurationErrorNamingIt() {
        CheckMojo check = new CheckMojo();
        check.setLog(new SystemStreamLog());
        check.templates = List.of("cfn");
        check.basedir = new File(".");
        check.nestedTemplates = List.of("https://s3.amazonaws.com/b/vpc.yaml=cfn/vpc.yaml", "cfn/vpc.yaml");

        assertThatThrownBy(() -> check.parameters().request())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("airgap: <nestedTemplates>: entry 2 'cfn/vpc.yaml' is not of the form "
                        + "URL-or-glob=local file")
                .message().doesNotContain("\n");
    }

    @Test
    void nestedTemplatesReachTheRequest() throws Exception {
        ExplainMojo check = new ExplainMojo(); // prices with the defaults
        check.setLog(new SystemStreamLog());
        check.templates = List.of("cfn");
        check.basedir = new File(".");
        check.nestedTemplates = List.of("https://s3.amazonaws.com/b/*/vpc.yaml=cfn/vpc.yaml");

        assertThat(check.parameters().request().nestedTemplates().entries()).singleElement()
                .satisfies(e -> assertThat(e.file()).hasToString("cfn/vpc.yaml"));
    }

    @Test
    void trustedResourcesReachTheRequestAndAMalformedOneNamesItsEntry() throws Exception {
        CheckMojo check = new CheckMojo();
        check.setLog(new SystemStreamLog());
        check.trustedResources = List.of("Custom::TagRouteTables=only tags, reviewed", " ");

        assertThat(check.parameters().trustList()).singleElement()
                .satisfies(t -> assertThat(t.reason()).isEqualTo("only tags, reviewed"));

        check.trustedResources = List.of("Custom::A=ok", "Custom::TagRouteTables");
        assertThatThrownBy(() -> check.parameters().trustList())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("airgap: <trustedResources> entry 2 'Custom::TagRouteTables' is not of the "
                        + "form TYPE-OR-LOGICAL-ID-GLOB=REASON")
                .hasMessageNotContaining("\n");
    }
}
