package dev.airgap.require;

import java.util.ArrayList;
import java.util.List;

/**
 * An exception to a requirement: violations whose subject matches every selector given here are waived, and the
 * reason is reported with them. At least one of {@code subnet}, {@code vpc}, {@code region}, {@code service} is
 * given; a null one matches anything.
 */
public record Waiver(Selector subnet, Selector vpc, String region, String service, String reason) {

    /**
     * @throws RequirementException when the reason is missing or the exception selects nothing at all
     */
    public Waiver {
        if (reason == null || reason.isBlank()) {
            throw new RequirementException("an <except> needs a <reason> (why the requirement does not apply"
                    + (subnet != null ? " to " + subnet.text() : vpc != null ? " to " + vpc.text() : "") + ")");
        }
        if (subnet == null && vpc == null && blank(region) && blank(service)) {
            throw new RequirementException("an <except> must name a <subnet>, <vpc>, <region> or <service> (reason: "
                    + reason.trim() + ")");
        }
        reason = reason.trim();
        region = blank(region) ? null : region.trim();
        service = blank(service) ? null : service.trim();
    }

    /** Whether this exception waives a violation. */
    boolean covers(Violation v) {
        if (subnet != null && (v.subnet() == null || !subnet.matches(v.subnet()))) {
            return false;
        }
        if (vpc != null && (v.vpc() == null || !vpc.matches(v.vpc()))) {
            return false;
        }
        if (region != null && !region.equals(v.region())) {
            return false;
        }
        return service == null || service.equals(v.service());
    }

    /** What it selects, as messages name it: {@code subnet Public*, region us-east-1}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (subnet != null) {
            parts.add("subnet " + subnet.text());
        }
        if (vpc != null) {
            parts.add("vpc " + vpc.text());
        }
        if (region != null) {
            parts.add("region " + region);
        }
        if (service != null) {
            parts.add("service " + service);
        }
        return String.join(", ", parts);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
