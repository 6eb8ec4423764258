package dev.airgap.require;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind is one class: its rule, what it needs from the analysis and its description come from it. */
class RequirementKindsTest {

    private static final List<Requirement> ONE_OF_EACH = List.of(
            new NoInternet(null, Selector.ALL, false, List.of()),
            new PrivateAccess(null, Selector.parse("App*"), List.of("s3", "dynamodb"), true, List.of()),
            new OnPremisesAccess(null, Selector.ALL, List.of("ssm", "s3"), List.of("192.168.0.0/16"), false,
                    List.of()),
            new AllowedBuckets(null, Selector.ALL, List.of("data-*"), false, List.of()),
            new MaxMonthlyCost(null, new BigDecimal("150"), "USD", null, false, List.of()),
            new AvailableInRegions(null, false, List.of()),
            new WorkloadNeeds(null, Selector.ALL, Selector.parse("App*"), true, false, false, List.of()));

    @Test
    void everyPermittedKindHasItsRuleInTheReportOrderThenTheSelectorRule() {
        List<String> permitted = Arrays.stream(Requirement.class.getPermittedSubclasses())
                .map(c -> ONE_OF_EACH.stream().filter(c::isInstance).findFirst().orElseThrow().kind()).toList();

        assertThat(Requirement.rules()).extracting(Rule::id).containsExactly("noInternet", "privateAccess",
                "onPremisesAccess", "allowedBuckets", "maxMonthlyCost", "availableInRegions", "workloadNeeds",
                "selector");
        assertThat(Requirement.rules().subList(0, permitted.size())).extracting(Rule::id)
                .containsExactlyElementsOf(permitted);
        assertThat(ONE_OF_EACH).extracting(Requirement::kind).containsExactlyElementsOf(permitted);
        assertThat(Requirement.rules()).allSatisfy(r -> assertThat(r.help()).contains(". Fix: "));
    }

    @Test
    void theNeedsOfAllRequirementsAreTheServicesAndCidrsTheyNameEachOnce() {
        Needs needs = Needs.of(ONE_OF_EACH);

        assertThat(needs.services()).startsWith("s3", "dynamodb", "ssm", "ssmmessages", "ec2messages")
                .contains("ecr.api", "ecr.dkr", "logs", "secretsmanager", "ecs-agent", "ec2", "sts")
                .doesNotHaveDuplicates();
        assertThat(needs.onPremisesCidrs()).containsExactly("192.168.0.0/16");
        assertThat(ONE_OF_EACH.get(0).needs()).isEqualTo(Needs.NONE);
        assertThat(ONE_OF_EACH.get(3).needs().services()).containsExactly("s3");
    }

    @Test
    void theDescriptionSaysWhatItAsksAndWhetherUnknownPasses() {
        assertThat(ONE_OF_EACH).extracting(Requirement::description).containsExactly(
                "no internet path from subnets *",
                "s3, dynamodb only through VPC endpoints from subnets App*; unknown allowed",
                "on-premises reaches ssm, s3 privately in VPCs *",
                "subnets * reach only buckets data-*",
                "at most 150 USD a month per region",
                "every interface endpoint service exists in every target region",
                "workloads App* in subnets * reach every service they need through VPC endpoints");
    }
}
