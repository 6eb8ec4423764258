#!/usr/bin/env node
// 05-hybrid-vpn-interface: a VPC connected to on-premises (192.168.0.0/16) through a VPN gateway and a
// site-to-site VPN with static routes; isolated subnets whose route tables get the VPN gateway's routes
// by propagation; an S3 interface endpoint (private DNS on) whose security group admits tcp/443 from the
// VPC (CDK default) and from the on-premises range. On-premises reaches S3 privately through it.
// SPDX-License-Identifier: Apache-2.0
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const ON_PREM = '192.168.0.0/16';

class HybridVpnInterfaceStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.5.0.0/16'),
      maxAzs: 2,
      natGateways: 0,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
      vpnGateway: true,
      vpnConnections: {
        OnPrem: { ip: '203.0.113.10', staticRoutes: [ON_PREM] },
      },
      vpnRoutePropagation: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
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
new HybridVpnInterfaceStack(app, 'HybridVpnInterfaceStack', { env: { account: '123456789012', region: 'us-east-2' } });
