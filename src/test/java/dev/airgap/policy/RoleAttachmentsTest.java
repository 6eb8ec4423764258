package dev.airgap.policy;

import static dev.airgap.policy.TestValues.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.resolve.ResolvedRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy resources attached to each role when a region has several roles and policies: indexed once, each role
 * still gets exactly the policies that name it, the ones that may, in run order, and none of the others.
 */
class RoleAttachmentsTest {

    private static final String DOC = "'PolicyDocument': {'Version': '2012-10-17', 'Statement': {'Effect': 'Allow',"
            + " 'Action': 's3:GetObject', 'Resource': '*'}}";

    private final ResolvedRun run = TestRuns.run("us-west-1", "111122223333", """
            {
              'RoleA': {'Type': 'AWS::IAM::Role'},
              'RoleB': {'Type': 'AWS::IAM::Role', 'Properties': {'RoleName': 'b'}},
              'RoleC': {'Type': 'AWS::IAM::Role', 'Properties': {'RoleName': 'c'}},
              'Literal': {'Type': 'AWS::IAM::Policy', 'Properties': {'Roles': ['zzz'], DOC}},
              'Both': {'Type': 'AWS::IAM::Policy', 'Properties': {
                'Roles': [{'Ref': 'RoleA'}, {'Ref': 'RoleB'}, {'Ref': 'RoleA'}], DOC}},
              'ByName': {'Type': 'AWS::IAM::Policy', 'Properties': {'Roles': ['b'], DOC}},
              'Imported': {'Type': 'AWS::IAM::Policy', 'Properties': {'Roles': [{'Unknown': 'Fn::ImportValue'}], DOC}},
              'Managed': {'Type': 'AWS::IAM::ManagedPolicy', 'Properties': {'Roles': [{'Ref': 'RoleC'}], DOC}},
              'Single': {'Type': 'AWS::IAM::RolePolicy', 'Properties': {'RoleName': 'c', DOC}}
            }""".replace("DOC", DOC));

    private final RunPolicies policies = RunPolicies.of(run, "us-west-1");

    @Test
    void aRoleWithoutANameGetsItsRefsAndMayHaveEveryLiteralOrUnknownName() {
        IdentityPolicies a = policies.identityOf(id("RoleA"));
        // its name is not known: any literal may be it
        assertThat(names(a)).containsExactly("Policy Literal", "Policy Both", "Policy ByName", "Policy Imported",
                "RolePolicy Single");
        assertThat(a.policies()).extracting(PolicyDocument::problem).containsExactly(
                unsure("Policy Literal", "Roles"), null, unsure("Policy ByName", "Roles"),
                unsure("Policy Imported", "Roles"), unsure("RolePolicy Single", "RoleName"));
    }

    @Test
    void aNamedRoleGetsItsRefsItsNameAndTheUnknownOnesButNoOtherLiteral() {
        assertThat(names(policies.identityOf(id("RoleB")))).containsExactly("Policy Both", "Policy ByName",
                "Policy Imported");
        assertThat(names(policies.identityOf(id("RoleC")))).containsExactly("Policy Imported", "ManagedPolicy Managed",
                "RolePolicy Single");
    }

    @Test
    void askingAgainGivesTheSameAnswer() {
        List<String> first = names(policies.identityOf(id("RoleB")));
        policies.identityOf(id("RoleA"));
        assertThat(names(policies.identityOf(id("RoleB")))).isEqualTo(first);
    }

    private static String unsure(String label, String property) {
        return label + " may or may not be attached to role RoleA: its " + property + " are not all known";
    }

    private static List<String> names(IdentityPolicies identity) {
        return identity.policies().stream().map(d -> d.source().name()).toList();
    }
}
