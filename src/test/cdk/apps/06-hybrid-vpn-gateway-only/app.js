#!/usr/bin/env node
// 06-hybrid-vpn-gateway-only: the same VPN connection to on-premises (192.168.0.0/16) as 05, but S3 is
// reached only through a gateway endpoint. Instances in the VPC use it; on-premises cannot (gateway
// endpoints do not serve traffic from a VPN), so on-premises has no private path to S3.
// SPDX-License-Identifier: Apache-2.0
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const ON_PREM = '192.168.0.0/16';

class HybridVpnGatewayOnlyStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.6.0.0/16'),
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
    vpc.addGatewayEndpoint('S3Endpoint', {
      service: ec2.GatewayVpcEndpointAwsService.S3,
      subnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    const sg = new ec2.SecurityGroup(this, 'AppSg', { vpc, description: 'app servers' });
    sg.addIngressRule(ec2.Peer.ipv4(ON_PREM), ec2.Port.tcp(443), 'https from on-premises');
  }
}

const app = new cdk.App();
new HybridVpnGatewayOnlyStack(app, 'HybridVpnGatewayOnlyStack', { env: { account: '123456789012', region: 'us-east-2' } });
