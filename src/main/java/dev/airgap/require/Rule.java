package dev.airgap.require;

/**
 * What a requirement kind checks, for code-scanning tools (a SARIF rule).
 *
 * @param id    the kind ({@code noInternet}, …), or {@code selector}
 * @param title what holds when the rule passes, in a few words
 * @param help  what the rule asks and how to fix a violation
 */
public record Rule(String id, String title, String help) {
}
