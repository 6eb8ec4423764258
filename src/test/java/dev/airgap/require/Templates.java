package dev.airgap.require;

/** The article's three patterns, as in examples/article-patterns (this repository, same licence). */
final class Templates {

    private Templates() {
    }

    static final String PATTERN1 = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
                  EnableDnsSupport: true
                  EnableDnsHostnames: true
              InternetGateway:
                Type: AWS::EC2::InternetGateway
              GatewayAttachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties:
                  VpcId: !Ref Vpc
                  InternetGatewayId: !Ref InternetGateway
              PublicSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]
                  AvailabilityZone: !Select [0, !GetAZs ""]
                  MapPublicIpOnLaunch: true
              PublicRouteTable:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              DefaultRoute:
                Type: AWS::EC2::Route
                DependsOn: GatewayAttachment
                Properties:
                  RouteTableId: !Ref PublicRouteTable
                  DestinationCidrBlock: 0.0.0.0/0
                  GatewayId: !Ref InternetGateway
              PublicSubnetRouteTable:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref PublicSubnet
                  RouteTableId: !Ref PublicRouteTable
            """;

    static final String PATTERN2 = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.1.0.0/16
              PrivateSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.1.1.0/24
                  AvailabilityZone: !Select [0, !GetAZs ""]
              PrivateRouteTable:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              PrivateSubnetRouteTable:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref PrivateSubnet
                  RouteTableId: !Ref PrivateRouteTable
              S3GatewayEndpoint:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  ServiceName: !Sub com.amazonaws.${AWS::Region}.s3
                  RouteTableIds:
                    - !Ref PrivateRouteTable
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal: "*"
                        Action: "*"
                        Resource:
                          - arn:aws:s3:::test-us-west-bt
                          - arn:aws:s3:::test-us-west-bt/*
            """;

    /** Pattern 3 with a VPN gateway, the route back to 192.168.0.0/16 and HTTPS from it (on-premises access). */
    static final String PATTERN3 = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.2.0.0/16
                  EnableDnsSupport: true
                  EnableDnsHostnames: true
              PrivateSubnet:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.2.2.0/24
                  AvailabilityZone: !Select [0, !GetAZs ""]
              PrivateRouteTable:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref Vpc
              PrivateSubnetRouteTable:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref PrivateSubnet
                  RouteTableId: !Ref PrivateRouteTable
              InstanceSecurityGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: The instance; all outbound traffic allowed (the default)
                  VpcId: !Ref Vpc
              EndpointSecurityGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: HTTPS from the instance only
                  VpcId: !Ref Vpc
                  SecurityGroupIngress:
                    - IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      SourceSecurityGroupId: !Ref InstanceSecurityGroup
                    - IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      CidrIp: 192.168.0.0/16
              VpnGateway:
                Type: AWS::EC2::VPNGateway
                Properties:
                  Type: ipsec.1
              VpnGatewayAttachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties:
                  VpcId: !Ref Vpc
                  VpnGatewayId: !Ref VpnGateway
              OnPremisesRoute:
                Type: AWS::EC2::Route
                DependsOn: VpnGatewayAttachment
                Properties:
                  RouteTableId: !Ref PrivateRouteTable
                  DestinationCidrBlock: 192.168.0.0/16
                  GatewayId: !Ref VpnGateway
              S3InterfaceEndpoint:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: !Ref Vpc
                  VpcEndpointType: Interface
                  ServiceName: !Sub com.amazonaws.${AWS::Region}.s3
                  PrivateDnsEnabled: false
                  SubnetIds:
                    - !Ref PrivateSubnet
                  SecurityGroupIds:
                    - !Ref EndpointSecurityGroup
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal: "*"
                        Action: "*"
                        Resource:
                          - arn:aws:s3:::test-us-west-bt
                          - arn:aws:s3:::test-us-west-bt/*
              Instance:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-0123456789abcdef0
                  InstanceType: t3.micro
                  SubnetId: !Ref PrivateSubnet
                  SecurityGroupIds:
                    - !Ref InstanceSecurityGroup
            """;
}
