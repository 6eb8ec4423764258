package dev.airgap.path;

/** Concrete fixes, worded the same way everywhere. */
final class Fixes {

    private Fixes() {
    }

    static String noRouteToService(String service, String routeTable, String region) {
        String name = "com.amazonaws." + (region == null ? "REGION" : region) + "." + service;
        if ("s3".equals(service) || "dynamodb".equals(service)) {
            return "add a gateway VPC endpoint for " + name + " with RouteTableIds including " + routeTable
                    + " (free), or an interface endpoint for it in this VPC, or a route 0.0.0.0/0 -> NAT gateway to "
                    + routeTable;
        }
        return "add an interface VPC endpoint for " + name + " in this VPC (PrivateDnsEnabled: true), or a route "
                + "0.0.0.0/0 -> NAT gateway to " + routeTable;
    }

    static String noRouteToInternet(String routeTable) {
        return "add route 0.0.0.0/0 -> InternetGateway (public subnet) or -> NAT gateway (private subnet) to "
                + routeTable;
    }

    static String publicIp(String subnet) {
        return "set MapPublicIpOnLaunch: true on " + subnet + " (or AssociatePublicIpAddress on the instance, or an "
                + "Elastic IP), or route through a NAT gateway or a VPC endpoint instead";
    }

    static String natInVpc(String vpc) {
        return "route to a NAT gateway in a public subnet of " + vpc + ", or reach the other VPC's NAT gateway "
                + "through a transit gateway";
    }

    static String attachIgw(String igw, String vpc) {
        return "attach " + igw + " to " + vpc + " with an AWS::EC2::VPCGatewayAttachment";
    }

    static String allowEgress(String group, int port, String to) {
        return "allow tcp/" + port + " out to " + to + " on " + group;
    }

    static String allowIngress(String group, int port, String from) {
        return "allow tcp/" + port + " from " + from + " on " + group;
    }

    static String aclEntry(String acl, boolean egress, String ports, String peer) {
        return "add an " + (egress ? "outbound" : "inbound") + " allow entry for tcp/" + ports + " "
                + (egress ? "to " : "from ") + peer + " to " + acl + " (numbered before any deny)";
    }
}
