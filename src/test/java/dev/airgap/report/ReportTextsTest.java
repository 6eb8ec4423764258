package dev.airgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReportTextsTest {

    @Test
    void everyTextHasItsJapaneseAndNoJapaneseTextIsLeftOver() throws Exception {
        assertThat(keys("airgap-report_ja.properties")).isEqualTo(keys("airgap-report.properties"));
        assertThat(keys("airgap-report_en.properties")).as("English is the default bundle").isEmpty();
    }

    private static Set<String> keys(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReportTexts.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
