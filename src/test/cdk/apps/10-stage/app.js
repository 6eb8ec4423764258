#!/usr/bin/env node
// 10-stage: an app whose stack lives in a CDK Stage ("Prod"), so the cloud assembly has a nested
// assembly folder (assembly-Prod) referenced from the top-level manifest. The VPC has public and
// private-with-egress subnets in 2 AZs with one NAT gateway, and an S3 gateway endpoint on the private
// subnets only: the private subnets reach S3 through the endpoint (its prefix-list route beats
// 0.0.0.0/0 -> NAT), everything else they reach through the NAT; the public subnets use the IGW.
// SPDX-License-Identifier: Apache-2.0
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

class NetworkStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.11.0.0/16'),
      maxAzs: 2,
      natGateways: 1,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
      ],
    });
    vpc.addGatewayEndpoint('S3Endpoint', {
      service: ec2.GatewayVpcEndpointAwsService.S3,
      subnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }],
    });
  }
}

class ProdStage extends cdk.Stage {
  constructor(scope, id, props) {
    super(scope, id, props);
    new NetworkStack(this, 'Network');
  }
}

const app = new cdk.App();
new ProdStage(app, 'Prod', { env: { account: '123456789012', region: 'eu-west-2' } });
