package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportMojoTest {

    @Test
    void pageIsAirgapHtmlNamedInTheSitesLanguage() {
        ReportMojo mojo = new ReportMojo();
        assertThat(mojo.getOutputName()).isEqualTo("airgap");
        assertThat(mojo.getOutputPath()).isEqualTo("airgap");
        assertThat(mojo.getName(Locale.ENGLISH)).isEqualTo("airgap");
        assertThat(mojo.getDescription(Locale.ENGLISH)).startsWith("How every subnet reaches Amazon S3");
        assertThat(mojo.getDescription(Locale.JAPANESE)).startsWith("各サブネットから Amazon S3");
        // a JVM in another language still gets English (empty _en bundle, no fallback to the default locale)
        assertThat(mojo.getDescription(Locale.GERMAN)).startsWith("How every subnet");
    }

    @Test
    void skipMeansNoPage() {
        ReportMojo mojo = new ReportMojo();
        assertThat(mojo.canGenerateReport()).isTrue();
        mojo.skip = true;
        assertThat(mojo.canGenerateReport()).isFalse();
    }

    @Test
    void analysisGetsEveryParameter() {
        ReportMojo mojo = new ReportMojo();
        mojo.templates = List.of("cdk.out");
        mojo.regions = List.of("us-west-1");
        mojo.services = List.of("s3");
        mojo.currency = "JPY";
        mojo.exchangeRate = "150";
        mojo.hoursPerMonth = "720";
        mojo.accessChecks = List.of("s3:GetObject b");
        mojo.basedir = new File(".");
        mojo.requirements = List.of(new NoInternet());
        AnalysisParameters a = mojo.parameters();
        assertThat(a.templates).isEqualTo(mojo.templates);
        assertThat(a.regions).isEqualTo(mojo.regions);
        assertThat(a.services).isEqualTo(mojo.services);
        assertThat(a.currency).isEqualTo("JPY");
        assertThat(a.exchangeRate).isEqualTo("150");
        assertThat(a.hoursPerMonth).isEqualTo("720");
        assertThat(a.accessChecks).isEqualTo(mojo.accessChecks);
        assertThat(a.requirements).isSameAs(mojo.requirements);
        assertThat(a.basedir).isSameAs(mojo.basedir);
    }
}
