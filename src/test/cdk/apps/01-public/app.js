#!/usr/bin/env node
// 01-public: a VPC with public subnets only (internet gateway, MapPublicIpOnLaunch).
// Synthesized twice: bound to an explicit environment (concrete AZ names) and environment-agnostic
// (AZs become Fn::Select/Fn::GetAZs). Keeps CDK's default-security-group restriction custom resource
// (@aws-cdk/aws-ec2:restrictDefaultSecurityGroup is on in cdk.json), as real projects have it.
// SPDX-License-Identifier: Apache-2.0
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

class PublicOnlyStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(props.cidr),
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 }],
    });
    const sg = new ec2.SecurityGroup(this, 'WebSg', { vpc, description: 'web servers' });
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https from anywhere');
  }
}

const app = new cdk.App();
new PublicOnlyStack(app, 'PublicOnlyStack', {
  env: { account: '123456789012', region: 'us-east-1' },
  cidr: '10.1.0.0/16',
});
new PublicOnlyStack(app, 'PublicOnlyEnvAgnosticStack', { cidr: '10.101.0.0/16' });
