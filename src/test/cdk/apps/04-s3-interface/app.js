#!/usr/bin/env node
// 04-s3-interface: isolated subnets in 3 AZs, an S3 interface endpoint with private DNS off whose
// security group admits tcp/443 only from the instance's security group, and an EC2 instance (role
// with AmazonS3ReadOnlyAccess) in an isolated subnet. With private DNS off, clients must use the
// endpoint-specific DNS name (--endpoint-url); the regional name leads nowhere (no route out).
// SPDX-License-Identifier: Apache-2.0
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');

class S3InterfaceStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.4.0.0/16'),
      maxAzs: 3,
      natGateways: 0,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
    });
    const instanceSg = new ec2.SecurityGroup(this, 'InstanceSg', { vpc, description: 'app instance' });
    const endpointSg = new ec2.SecurityGroup(this, 'EndpointSg', {
      vpc,
      description: 'S3 interface endpoint',
      allowAllOutbound: false,
    });
    endpointSg.addIngressRule(instanceSg, ec2.Port.tcp(443), 'https from the app instance');
    vpc.addInterfaceEndpoint('S3Interface', {
      service: ec2.InterfaceVpcEndpointAwsService.S3,
      privateDnsEnabled: false,
      open: false,
      securityGroups: [endpointSg],
      subnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    });
    new ec2.Instance(this, 'Instance', {
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      securityGroup: instanceSg,
      role: new iam.Role(this, 'InstanceRole', {
        assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
        managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3ReadOnlyAccess')],
      }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      machineImage: ec2.MachineImage.genericLinux({ 'ap-northeast-1': 'ami-0123456789abcdef0' }),
    });
  }
}

const app = new cdk.App();
new S3InterfaceStack(app, 'S3InterfaceStack', { env: { account: '123456789012', region: 'ap-northeast-1' } });
