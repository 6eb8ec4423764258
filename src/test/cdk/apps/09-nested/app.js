#!/usr/bin/env node
// 09-nested: a parent stack with two NestedStacks: Network (public + isolated subnets, no NAT) and
// Endpoints (an S3 interface endpoint, private DNS on, in the isolated subnets of Network). CDK wires
// the VPC and subnet IDs through nested-stack Outputs and Parameters of the parent. Private DNS is a
// VPC-wide setting: it also sends the public subnets' default S3 traffic to the endpoint.
// Synthesized twice: with and without path metadata.
// SPDX-License-Identifier: Apache-2.0
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

class NetworkNested extends cdk.NestedStack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.10.0.0/16'),
      maxAzs: 2,
      natGateways: 0,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
    });
  }
}

class EndpointsNested extends cdk.NestedStack {
  constructor(scope, id, props) {
    super(scope, id, props);
    new ec2.InterfaceVpcEndpoint(this, 'S3Interface', {
      vpc: props.vpc,
      service: ec2.InterfaceVpcEndpointAwsService.S3,
      privateDnsEnabled: true,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    });
  }
}

class NestedParentStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const network = new NetworkNested(this, 'Network');
    new EndpointsNested(this, 'Endpoints', { vpc: network.vpc });
  }
}

const app = new cdk.App();
new NestedParentStack(app, 'NestedParentStack', { env: { account: '123456789012', region: 'eu-central-1' } });
