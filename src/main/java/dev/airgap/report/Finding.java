package dev.airgap.report;

/**
 * A requirement violation as the reports show it. The reports take this small record rather than the requirement
 * stage's types so that they render any source of findings (the {@code require} stage, tests) the same way.
 *
 * @param requirement the requirement's id, or its kind when it has none
 * @param kind        the requirement's kind ({@code noInternet}, {@code privateAccess}, …): the SARIF rule
 * @param subject     what broke it, as messages name it
 * @param subnetStack the stack of the subnet concerned, or null when the subject is not a subnet
 * @param subnetId    the logical ID of the subnet concerned, or null
 * @param region      the region it was analysed for, or null
 * @param service     the service concerned, or null
 * @param found       what the analysis found, in one line
 * @param component   the blocking or offending component (logical ID), or null
 * @param source      where that component (else the subject) is declared, {@code file:line}, or null
 * @param fix         what to change
 * @param unknown     true when the analysis could not decide
 */
public record Finding(String requirement, String kind, String subject, String subnetStack, String subnetId,
                      String region, String service, String found, String component, String source, String fix,
                      boolean unknown) {

    /** One line: {@code [requirement] subject (region): found}. */
    public String message() {
        boolean named = region == null || subject.contains(region);
        return "[" + requirement + "] " + subject + (named ? "" : " in " + region) + ": " + found;
    }

    /** The file part of {@link #source()}, or null. */
    public String sourceFile() {
        if (source == null) {
            return null;
        }
        int colon = lineSeparator();
        return colon < 0 ? source : source.substring(0, colon);
    }

    /** The line part of {@link #source()}, or 0 when there is none. */
    public int sourceLine() {
        int colon = lineSeparator();
        if (colon < 0) {
            return 0;
        }
        String rest = source.substring(colon + 1);
        int next = rest.indexOf(':');
        try {
            return Integer.parseInt(next < 0 ? rest : rest.substring(0, next));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The colon before the line number: {@code file:line} or {@code file:line:column}, file names may hold colons. */
    private int lineSeparator() {
        if (source == null) {
            return -1;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+)(:\\d+)?$").matcher(source);
        return m.find() ? m.start() : -1;
    }
}
