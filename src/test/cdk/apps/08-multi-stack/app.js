#!/usr/bin/env node
// 08-multi-stack: a network stack (VPC, isolated subnets) and an app stack in the same environment that
// puts an S3 interface endpoint (and an instance) into the network stack's subnets. Two pairs:
//  - NetworkStack -> AppStack: the project default of cdk.json ("@aws-cdk/core:defaultCrossStackReferences":
//    "weak", what `cdk init` writes today): CDK emits plain Outputs in the producer and
//    Fn::GetStackOutput in the consumer.
//  - NetworkExportStack -> AppImportStack: the consumer asks for strong references: Export in the
//    producer, Fn::ImportValue in the consumer (the classic mechanism).
// SPDX-License-Identifier: Apache-2.0
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const env = { account: '123456789012', region: 'eu-west-1' };

class NetworkStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(props.cidr),
      maxAzs: 2,
      natGateways: 0,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
    });
  }
}

class AppStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    if (props.referenceStrength) {
      // must be set before any child construct exists
      cdk.CrossStackReferences.of(this).consume(props.referenceStrength);
    }
    const vpc = props.vpc;
    new ec2.InterfaceVpcEndpoint(this, 'S3Interface', {
      vpc,
      service: ec2.InterfaceVpcEndpointAwsService.S3,
      privateDnsEnabled: props.privateDnsEnabled,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    });
    if (props.withInstance) {
      new ec2.Instance(this, 'Instance', {
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
        machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      });
    }
  }
}

const app = new cdk.App();
const weakNetwork = new NetworkStack(app, 'NetworkStack', { env, cidr: '10.8.0.0/16' });
new AppStack(app, 'AppStack', { env, vpc: weakNetwork.vpc, privateDnsEnabled: true, withInstance: true });

const strongNetwork = new NetworkStack(app, 'NetworkExportStack', { env, cidr: '10.9.0.0/16' });
new AppStack(app, 'AppImportStack', {
  env,
  vpc: strongNetwork.vpc,
  privateDnsEnabled: false,
  referenceStrength: cdk.ReferenceStrength.STRONG,
});
