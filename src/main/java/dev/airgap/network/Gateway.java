package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/**
 * An internet, egress-only internet, VPN (virtual private), carrier or transit gateway.
 *
 * @param vpc the VPC for gateways created in one (egress-only, carrier); for the others see
 *            {@link GatewayAttachment}
 * @param defaultRouteTableAssociation for a transit gateway: {@code DefaultRouteTableAssociation} (default enable)
 * @param defaultRouteTablePropagation for a transit gateway: {@code DefaultRouteTablePropagation} (default enable)
 */
public record Gateway(ResourceId id, String path, Kind kind, Known<ResourceId> vpc,
                      boolean defaultRouteTableAssociation, boolean defaultRouteTablePropagation) {

    public enum Kind { INTERNET, EGRESS_ONLY_INTERNET, VPN, CARRIER, TRANSIT, CUSTOMER }

    public String typeName() {
        switch (kind) {
            case INTERNET: return "AWS::EC2::InternetGateway";
            case EGRESS_ONLY_INTERNET: return "AWS::EC2::EgressOnlyInternetGateway";
            case VPN: return "AWS::EC2::VPNGateway";
            case CARRIER: return "AWS::EC2::CarrierGateway";
            case TRANSIT: return "AWS::EC2::TransitGateway";
            default: return "AWS::EC2::CustomerGateway";
        }
    }
}
