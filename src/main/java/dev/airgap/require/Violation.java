package dev.airgap.require;

/**
 * One requirement not met by one subject (a subnet, a VPC, a region, a selector).
 *
 * @param requirement the requirement's id, or its kind when it has none
 * @param kind        the requirement's kind ({@code noInternet}, …, or {@code selector} for a selector that matched
 *                    nothing)
 * @param subject     what broke it, as messages name it ({@code NetworkStack/Vpc/Public1 (PublicSubnet1…)})
 * @param subnet      the subnet, or null when the subject is not a subnet
 * @param vpc         the VPC (of the subnet, or the subject), or null
 * @param stack       the stack of the subject, or null
 * @param region      the region it was analysed for, or null when unknown or not applicable
 * @param service     the service concerned, or null
 * @param found       what the analysis found, in one line (the access and the path)
 * @param component   the blocking or offending component (logical ID), or null
 * @param source      where that component (else the subject) is declared, {@code file:line}, or null
 * @param fix         what to change
 * @param unknown     true when the analysis could not decide (the requirement does not allow unknowns)
 */
public record Violation(String requirement, String kind, String subject, Subject subnet, Subject vpc, String stack,
                        String region, String service, String found, String component, String source, String fix,
                        boolean unknown) {

    /** One line for reports: {@code [requirement] subject (region): found}. */
    public String message() {
        boolean named = region == null || subject.contains(region);
        return "[" + requirement + "] " + subject + (named ? "" : " in " + region) + ": " + found;
    }
}
