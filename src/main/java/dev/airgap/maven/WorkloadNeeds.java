package dev.airgap.maven;

import dev.airgap.require.Requirement;

/**
 * {@code <workloadNeeds>}: every selected workload reaches every AWS service it needs to work, from airgap's
 * bundled, sourced table (SSM-managed instances, ECS tasks, EKS nodes) and what the templates say of each workload
 * (its role, its task definition's images, log driver and secrets, its launch type).
 * <pre>
 * &lt;workloadNeeds&gt;
 *   &lt;subnets&gt;tag:aws-cdk:subnet-type=Isolated&lt;/subnets&gt;
 *   &lt;workloads&gt;*&lt;/workloads&gt;
 *   &lt;privateOnly&gt;true&lt;/privateOnly&gt;
 * &lt;/workloadNeeds&gt;
 * </pre>
 * {@code <subnets>}, {@code <workloads>}: selectors as in {@link NoInternet} (a workload by logical ID, CDK path or
 * {@code stack/logicalId}), default {@code *}. {@code <privateOnly>} (default false): only paths through VPC
 * endpoints count. {@code <includeLikely>} (default false): the hints count too — the services a Lambda function's
 * role grants actions on, and needs under conditions the templates cannot tell (Session Manager logging). A need
 * the analysis cannot decide (an image URI from a parameter) is UNKNOWN, which fails unless
 * {@code <allowUnknown>true</allowUnknown>}. The services of the table are analysed for every subnet.
 */
public class WorkloadNeeds extends RequirementBean {

    /** Which subnets' workloads (comma-separated selectors); default {@code *}. */
    String subnets;

    /** Which workloads (comma-separated logical-ID or CDK path globs); default {@code *}. */
    String workloads;

    /** Only paths through VPC endpoints count; default false. */
    boolean privateOnly;

    /** Likely needs (Lambda roles' services, undecidable conditions) count as needs; default false. */
    boolean includeLikely;

    @Override
    Requirement toRequirement() {
        return new dev.airgap.require.WorkloadNeeds(cleanId(), selector(subnets, "subnets"),
                selector(workloads, "workloads"), privateOnly, includeLikely, allowUnknown, exceptions());
    }

    @Override
    String element() {
        return "workloadNeeds";
    }
}
