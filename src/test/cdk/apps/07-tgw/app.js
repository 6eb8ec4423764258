#!/usr/bin/env node
// 07-tgw: a VPC attached to a transit gateway (L1 constructs), its isolated subnets routing the
// on-premises range 192.168.0.0/16 to the transit gateway, a site-to-site VPN (BGP) attached to the
// transit gateway, and an S3 interface endpoint (private DNS on) admitting tcp/443 from the VPC and
// from on-premises. The TGW's default route table association/propagation carries the routes.
// SPDX-License-Identifier: Apache-2.0
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const ON_PREM = '192.168.0.0/16';

class TgwStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.7.0.0/16'),
      maxAzs: 2,
      natGateways: 0,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
    });

    const tgw = new ec2.CfnTransitGateway(this, 'TransitGateway', {
      amazonSideAsn: 64512,
      defaultRouteTableAssociation: 'enable',
      defaultRouteTablePropagation: 'enable',
      dnsSupport: 'enable',
      vpnEcmpSupport: 'enable',
      description: 'hub',
    });
    const attachment = new ec2.CfnTransitGatewayAttachment(this, 'TgwAttachment', {
      transitGatewayId: tgw.ref,
      vpcId: vpc.vpcId,
      subnetIds: vpc.isolatedSubnets.map((s) => s.subnetId),
    });
    vpc.isolatedSubnets.forEach((subnet, i) => {
      const route = new ec2.CfnRoute(this, `OnPremRoute${i + 1}`, {
        routeTableId: subnet.routeTable.routeTableId,
        destinationCidrBlock: ON_PREM,
        transitGatewayId: tgw.ref,
      });
      route.node.addDependency(attachment);
    });

    const cgw = new ec2.CfnCustomerGateway(this, 'CustomerGateway', {
      type: 'ipsec.1',
      bgpAsn: 65000,
      ipAddress: '203.0.113.10',
    });
    new ec2.CfnVPNConnection(this, 'VpnConnection', {
      type: 'ipsec.1',
      customerGatewayId: cgw.ref,
      transitGatewayId: tgw.ref,
      staticRoutesOnly: false,
    });

    const endpoint = vpc.addInterfaceEndpoint('S3Interface', {
      service: ec2.InterfaceVpcEndpointAwsService.S3,
      privateDnsEnabled: true,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    });
    endpoint.connections.allowDefaultPortFrom(ec2.Peer.ipv4(ON_PREM), 'https from on-premises');
  }
}

const app = new cdk.App();
new TgwStack(app, 'TgwStack', { env: { account: '123456789012', region: 'ap-southeast-2' } });
