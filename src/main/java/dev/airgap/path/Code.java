package dev.airgap.path;

/**
 * Explanation codes. Where AWS Reachability Analyzer has a code with the same meaning its name is used; the
 * {@code ASSUMED_*} / {@code *_NOT_EVALUATED} codes say what the analysis had to assume.
 */
public enum Code {
    // Reachability Analyzer names
    NO_ROUTE_TO_DESTINATION(false),
    MORE_SPECIFIC_ROUTE(false),
    IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS(false),
    NGW_REQUIRES_SOURCE_IN_VPC(false),
    SUBNET_ACL_RESTRICTION(false),
    ENI_SG_RULES_MISMATCH(false),
    VPCE_SERVICE_NOT_INSTALLED_IN_AZ(false),
    BAD_STATE_ROUTE(false),
    // airgap's own
    IGW_NOT_ATTACHED_TO_VPC(false),
    NGW_NO_INTERNET_ROUTE(false),
    NGW_PRIVATE_CONNECTIVITY(false),
    GATEWAY_ENDPOINT_NOT_TRANSITIVE(false),
    GATEWAY_ENDPOINT_OTHER_REGION(false),
    PEERING_NOT_TRANSITIVE(false),
    TGW_NO_ROUTE(false),
    TGW_BLACKHOLE_ROUTE(false),
    TRAFFIC_LEAVES_TO_ON_PREMISES(false),
    INTERFACE_ENDPOINT_REQUIRES_ENDPOINT_URL(false),
    PRIVATE_DNS_ONLY_FOR_INBOUND_RESOLVER(false),
    GATEWAY_ENDPOINT_NOT_FROM_ON_PREMISES(false),
    NOT_CONNECTED_TO_ON_PREMISES(false),
    ROUTING_LOOP(false),
    // assumptions
    ASSUMED_UNRESOLVED_VALUE(true),
    FIREWALL_RULES_NOT_EVALUATED(true),
    ASSUMED_NAT_INSTANCE(true),
    ASSUMED_ANY_SECURITY_GROUP_OF_VPC(true),
    ASSUMED_NEW_SECURITY_GROUP(true),
    ASSUMED_PROPAGATED_ROUTES_PRIVATE(true),
    ASSUMED_CLIENT_EPHEMERAL_PORTS(true),
    ASSUMED_TGW_ATTACHMENT_SUBNET(true),
    ASSUMED_ON_PREMISES_CIDRS(true),
    /** A route whose route table the templates cannot name could have matched; assumed to be another table's. */
    ASSUMED_UNPLACED_ROUTES_ELSEWHERE(true);

    private final boolean assumption;

    Code(boolean assumption) {
        this.assumption = assumption;
    }

    public boolean assumption() {
        return assumption;
    }
}
