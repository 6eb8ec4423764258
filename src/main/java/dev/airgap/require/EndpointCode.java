package dev.airgap.require;

import dev.airgap.need.EndpointSnippet;
import dev.airgap.network.Subnet;
import dev.airgap.network.Vpc;
import dev.airgap.path.SubnetResult;
import java.util.List;

/** The code of an endpoint a fix adds, in the language the subnet's VPC was written in: CDK or CloudFormation. */
final class EndpointCode {

    private EndpointCode() {
    }

    /**
     * {@code "; CDK (Java): … CDK (TypeScript): …"} for a VPC of CDK's {@code Vpc} construct, else
     * {@code "; CloudFormation: …"}.
     *
     * @param refs  the route tables (gateway endpoint) or subnets (interface endpoint) it goes in
     * @param cidrs the clients' CIDRs its security group admits
     */
    static String of(SubnetResult s, String service, List<String> refs, List<String> cidrs) {
        Subnet subnet = s.subnet();
        Vpc vpc = subnet.vpc().isKnown() ? s.network().vpc(subnet.vpc().get()).orElse(null) : null;
        String variable = vpc == null ? null : EndpointSnippet.cdkVariable(vpc, subnet);
        if (variable != null) {
            return "; CDK (Java): " + EndpointSnippet.cdkJava(variable, service) + " CDK (TypeScript): "
                    + EndpointSnippet.cdkTypeScript(variable, service);
        }
        return "; CloudFormation: " + EndpointSnippet.cloudFormation(service, vpc == null ? "Vpc"
                : vpc.id().logicalId(), refs, String.join(", ", cidrs));
    }
}
