#!/usr/bin/env node
// 02-nat: public + private-with-egress subnets in 3 AZs, one NAT gateway (in the first public subnet)
// shared by all private-with-egress subnets, plus an isolated tier that reaches nothing outside the VPC
// (no route, no endpoint: S3 access NONE). Synthesized with --no-path-metadata.
// SPDX-License-Identifier: Apache-2.0
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

class NatStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.2.0.0/16'),
      maxAzs: 3,
      natGateways: 1,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 20 },
        { name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
    });
  }
}

const app = new cdk.App();
new NatStack(app, 'NatStack', { env: { account: '123456789012', region: 'us-west-2' } });
