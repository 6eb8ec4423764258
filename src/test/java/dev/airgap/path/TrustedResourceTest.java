package dev.airgap.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedResourceTest {

    @Test
    void parsesPatternAndReason() {
        TrustedResource t = TrustedResource.parse("  Custom::Tag* = only tags route tables ", "entry 1");

        assertThat(t.pattern()).isEqualTo("Custom::Tag*");
        assertThat(t.reason()).isEqualTo("only tags route tables");
        assertThat(t.matches("Custom::TagRouteTables", "Tagger")).isTrue();
        assertThat(t.matches("Custom::AddRoutes", "Tagger")).isFalse();
    }

    @Test
    void matchesTheLogicalIdTooAndQuotesRegexCharacters() {
        TrustedResource t = TrustedResource.parse("Route.Tagger=reviewed", "entry 1");

        assertThat(t.matches("Custom::X", "Route.Tagger")).isTrue();
        assertThat(t.matches("Custom::X", "RouteXTagger")).isFalse();
        assertThat(TrustedResource.parse("*=all", "e").matches("MyOrg::A::B", "Any")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Custom::Tag", "Custom::Tag=", "=reason", "   ", "Custom Tag=reason"})
    void aMalformedEntryIsOneLocatedLine(String entry) {
        assertThatThrownBy(() -> TrustedResource.parse(entry, "<trustedResources> entry 2"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("<trustedResources> entry 2")
                .hasMessageContaining("TYPE-OR-LOGICAL-ID-GLOB=REASON")
                .hasMessageNotContaining("\n");
    }
}
