package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import inet.ipaddr.IPAddress;

/** The other side of a security group rule. */
public sealed interface Peer {

    record Cidr(IPAddress block) implements Peer {
        @Override
        public String describe() {
            return Cidrs.text(block);
        }
    }

    /** The VPC's primary block ({@code Fn::GetAtt Vpc.CidrBlock} where the resolver left it as an attribute). */
    record VpcCidr(ResourceId vpc) implements Peer {
        @Override
        public String describe() {
            return "CIDR of " + vpc.logicalId();
        }
    }

    /**
     * {@code SourcePrefixListId}/{@code DestinationPrefixListId}: a customer-managed list of the run, or an ID
     * ({@code literalId}, null when the value is not a literal {@code pl-…}) that may be an AWS-managed list.
     */
    record PrefixList(Known<ResourceId> list, String text, String literalId) implements Peer {
        @Override
        public String describe() {
            return "prefix list " + text;
        }
    }

    record Group(Known<ResourceId> group) implements Peer {
        @Override
        public String describe() {
            return group.isKnown() ? "security group " + group.get().logicalId()
                    : "security group (unknown: " + group.reason() + ")";
        }
    }

    record Unresolved(String reason) implements Peer {
        @Override
        public String describe() {
            return "unknown peer (" + reason + ")";
        }
    }

    String describe();
}
