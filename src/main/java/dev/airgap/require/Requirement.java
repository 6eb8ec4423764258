package dev.airgap.require;

import java.util.List;

/**
 * A network requirement declared in the POM: one class per kind, each knowing what it needs from the analysis,
 * how it judges the analysis into violations, how it describes itself and its SARIF rule. What every kind shares
 * (selection of subnets and VPCs, {@code except}, {@code allowUnknown}, {@code airgap:suppress}) is the
 * {@link RequirementEvaluator}'s.
 *
 * <p>Every requirement has an optional {@code id} for messages (its kind otherwise), {@code allowUnknown} (default
 * false: a verdict the analysis cannot decide fails it) and exceptions, each with a mandatory reason. A new kind is
 * a record here, listed in {@code permits} and in {@link #rules()}, plus its Maven bean.
 */
public sealed interface Requirement
        permits NoInternet, PrivateAccess, OnPremisesAccess, AllowedBuckets, MaxMonthlyCost, AvailableInRegions,
                WorkloadNeeds {

    /** The id the user gave, or null. */
    String id();

    boolean allowUnknown();

    List<Waiver> exceptions();

    /** The kind's SARIF rule; its id is the XML element name. */
    Rule rule();

    /** What the analysis must cover for this requirement to be judged. */
    default Needs needs() {
        return Needs.NONE;
    }

    /** Every violation the analysis shows, before exceptions, {@code allowUnknown} and suppressions waive some. */
    List<Violation> judge(Subjects subjects);

    /** What the requirement asks, in one line, without the unknown clause (English: the POM's own vocabulary). */
    String asks();

    /** The XML element name: {@code noInternet}, {@code privateAccess}, … */
    default String kind() {
        return rule().id();
    }

    /** How messages name it: the id if given, else the kind. */
    default String name() {
        return id() == null || id().isBlank() ? kind() : id();
    }

    /** What the requirement asks, in one line. */
    default String description() {
        return asks() + (allowUnknown() ? "; unknown allowed" : "");
    }

    /** The rule of every kind, in the order reports list them, then the rule of selectors that match nothing. */
    static List<Rule> rules() {
        return List.of(NoInternet.RULE, PrivateAccess.RULE, OnPremisesAccess.RULE, AllowedBuckets.RULE,
                MaxMonthlyCost.RULE, AvailableInRegions.RULE, WorkloadNeeds.RULE, Subjects.SELECTOR_RULE);
    }
}
