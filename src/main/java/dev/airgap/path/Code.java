package dev.airgap.path;

/**
 * Explanation codes. Where AWS Reachability Analyzer has a code with the same meaning its name is used; the
 * {@code ASSUMED_*} / {@code *_NOT_EVALUATED} codes ({@link #assumption()}) say what the analysis had to assume.
 */
public enum Code {
    // ---- Reachability Analyzer names
    /** No route of the table matches the destination. */
    NO_ROUTE_TO_DESTINATION(false),
    /** A route more specific than the expected one takes the traffic elsewhere. */
    MORE_SPECIFIC_ROUTE(false),
    /** A route to an internet gateway, but the source has no public IPv4: the gateway drops the traffic. */
    IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS(false),
    /** Traffic that did not start in the VPC reaches a gateway only a NAT in the VPC could take it to. */
    NGW_REQUIRES_SOURCE_IN_VPC(false),
    /** A network ACL denies the request or its reply. */
    SUBNET_ACL_RESTRICTION(false),
    /** No security group rule allows the flow (client egress or endpoint ingress). */
    ENI_SG_RULES_MISMATCH(false),
    /** The endpoint has no network interface in the client's AZ: the client reaches one in another AZ. */
    VPCE_SERVICE_NOT_INSTALLED_IN_AZ(false),
    // ---- airgap's own
    IGW_NOT_ATTACHED_TO_VPC(false),
    /** A route to a NAT gateway of another VPC: EC2 refuses it, so it carries nothing. */
    NGW_IN_OTHER_VPC(false),
    /** The path passed a NAT gateway whose own subnet has no route onwards. */
    NGW_NO_INTERNET_ROUTE(false),
    /** A private NAT gateway cannot use an internet gateway. */
    NGW_PRIVATE_CONNECTIVITY(false),
    /** Gateway endpoints serve only traffic from their own VPC, not through a transit gateway. */
    GATEWAY_ENDPOINT_NOT_TRANSITIVE(false),
    GATEWAY_ENDPOINT_OTHER_REGION(false),
    /** A peering connection carries only traffic between the two VPCs. */
    PEERING_NOT_TRANSITIVE(false),
    TGW_NO_ROUTE(false),
    TGW_BLACKHOLE_ROUTE(false),
    /** The traffic leaves to on-premises through a VPN gateway; what happens there is outside the templates. */
    TRAFFIC_LEAVES_TO_ON_PREMISES(false),
    /** Only a client given the endpoint-specific DNS name (--endpoint-url) uses the interface endpoint. */
    INTERFACE_ENDPOINT_REQUIRES_ENDPOINT_URL(false),
    /** S3's PrivateDnsOnlyForInboundResolverEndpoint: in-VPC clients keep the gateway endpoint. */
    PRIVATE_DNS_ONLY_FOR_INBOUND_RESOLVER(false),
    GATEWAY_ENDPOINT_NOT_FROM_ON_PREMISES(false),
    /** Private DNS of an interface endpoint needs the VPC's EnableDnsSupport and EnableDnsHostnames. */
    PRIVATE_DNS_NEEDS_VPC_DNS_ATTRIBUTES(false),
    NOT_CONNECTED_TO_ON_PREMISES(false),
    ROUTING_LOOP(false),
    /** A private hosted zone associated with the client's VPC answers the service's name with an endpoint's IPs. */
    PRIVATE_HOSTED_ZONE_ANSWER(false),
    /** A private hosted zone associated with the client's VPC covers the name but has no record for it. */
    PRIVATE_HOSTED_ZONE_NO_RECORD(false),
    /** A private hosted zone answers the service's name with an interface endpoint of another service. */
    PRIVATE_HOSTED_ZONE_WRONG_ENDPOINT(false),
    /** A route to an instance or network interface whose source/destination check is on: EC2 drops the traffic. */
    SOURCE_DEST_CHECK_ENABLED(false),
    /** A nested stack outside the analysed templates is handed the VPC's resources and may change its paths. */
    NESTED_STACK_NOT_IN_RUN(false),
    /**
     * A resource whose effect is not modelled (a custom resource, a third-party type) is handed the VPC's route
     * tables, subnets, groups or gateways and may change its paths at deploy time.
     */
    CHANGED_BY_UNMODELLED_RESOURCE(false),
    // ---- assumptions
    /** A value the templates cannot give (unknown before deployment) decided or stopped the analysis. */
    ASSUMED_UNRESOLVED_VALUE(true),
    /** The path passes a Network Firewall or Gateway Load Balancer endpoint whose rules are not evaluated. */
    FIREWALL_RULES_NOT_EVALUATED(true),
    /** An instance or network interface that is a route target is assumed to forward and translate (NAT). */
    ASSUMED_NAT_INSTANCE(true),
    /** No workload is placed in the subnet: the verdict is for a security group of the VPC. */
    ASSUMED_ANY_SECURITY_GROUP_OF_VPC(true),
    /** No client security group is declared: a new group with AWS's default rules is assumed. */
    ASSUMED_NEW_SECURITY_GROUP(true),
    /** Routes propagated from a VPN gateway are assumed to cover private (on-premises) blocks only. */
    ASSUMED_PROPAGATED_ROUTES_PRIVATE(true),
    /** A network ACL opens only part of the ephemeral range; clients are assumed to use 32768-65535. */
    ASSUMED_CLIENT_EPHEMERAL_PORTS(true),
    /** The transit gateway attachment subnet in the destination VPC was chosen without an AZ match. */
    ASSUMED_TGW_ATTACHMENT_SUBNET(true),
    /** On-premises blocks are neither declared nor in the templates. */
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
