package dev.airgap.require;

import dev.airgap.resolve.ResourceId;
import dev.airgap.template.SourcePosition;
import java.util.Objects;

/**
 * One requirement not met by one subject (a subnet, a VPC, a region, a selector). The reports render this type
 * directly; text such as {@code file:line} is made only there. Build one with {@link #of}.
 *
 * @param requirement the requirement's id, or its kind when it has none
 * @param kind        the requirement's kind ({@code noInternet}, …, or {@code selector} for a selector that matched
 *                    nothing): the SARIF rule
 * @param subject     what broke it, as messages name it ({@code NetworkStack/Vpc/Public1 (PublicSubnet1…)})
 * @param subnet      the subnet, or null when the subject is not a subnet
 * @param vpc         the VPC (of the subnet, or the subject), or null
 * @param stack       the stack of the subject, or null
 * @param region      the region it was analysed for, or null when unknown or not applicable
 * @param service     the service concerned, or null
 * @param found       what the analysis found, in one line (the access and the path)
 * @param component   the blocking or offending component, or null; its stack is null only when a stage named it by
 *                    logical ID alone and no resource of the run has that ID
 * @param source      where that component (else the subject) is declared, or null when not known
 * @param fix         what to change
 * @param unknown     true when the analysis could not decide (the requirement does not allow unknowns)
 */
public record Violation(String requirement, String kind, String subject, Subject subnet, Subject vpc, String stack,
                        String region, String service, String found, ResourceId component, SourcePosition source,
                        String fix, boolean unknown) {

    public Violation {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }

    /** A violation of {@code requirement} (a kind of rule {@code kind}) by {@code subject}; the rest by name. */
    public static Builder of(String requirement, String kind, String subject) {
        return new Builder(requirement, kind, subject);
    }

    /** The same violation with other fields changed. */
    public Builder toBuilder() {
        return of(requirement, kind, subject).subnet(subnet).vpc(vpc).stack(stack).region(region).service(service)
                .found(found).at(component, source).fix(fix).unknown(unknown);
    }

    /** Named fields, so that the thirteen of a violation cannot be swapped by position. */
    public static final class Builder {
        private final String requirement;
        private final String kind;
        private String subject;
        private Subject subnet;
        private Subject vpc;
        private String stack;
        private String region;
        private String service;
        private String found;
        private ResourceId component;
        private SourcePosition source;
        private String fix;
        private boolean unknown;

        private Builder(String requirement, String kind, String subject) {
            this.requirement = requirement;
            this.kind = kind;
            this.subject = subject;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder subnet(Subject value) {
            subnet = value;
            return this;
        }

        public Builder vpc(Subject value) {
            vpc = value;
            return this;
        }

        public Builder stack(String value) {
            stack = value;
            return this;
        }

        public Builder region(String value) {
            region = value;
            return this;
        }

        public Builder service(String value) {
            service = value;
            return this;
        }

        public Builder found(String value) {
            found = value;
            return this;
        }

        /** The offending component and where it (else the subject) is declared; either may be null. */
        public Builder at(ResourceId value, SourcePosition where) {
            component = value;
            source = where == null || !where.known() ? null : where;
            return this;
        }

        public Builder fix(String value) {
            fix = value;
            return this;
        }

        public Builder unknown(boolean value) {
            unknown = value;
            return this;
        }

        public Violation build() {
            return new Violation(requirement, kind, subject, subnet, vpc, stack, region, service, found, component,
                    source, fix, unknown);
        }
    }
}
