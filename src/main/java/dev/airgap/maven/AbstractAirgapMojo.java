package dev.airgap.maven;

import dev.airgap.AnalysisRequest;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The inputs every analysing goal shares: which templates, which regions, which parameter values. Only
 * configuration lives here; {@link AnalysisParameters} turns it into a request for the analysis library.
 */
abstract class AbstractAirgapMojo extends AbstractMojo {

    /**
     * Templates to analyse: files or folders, comma-separated on the command line. A folder with a
     * {@code manifest.json} is a CDK cloud assembly; any other folder is searched for {@code *.json},
     * {@code *.yaml}, {@code *.yml} and {@code *.template} files. Relative paths are relative to the project's base
     * directory. When not set: {@code cdk.out} if it exists, plus {@code src/main/cloudformation} if it exists.
     * <pre>
     * &lt;templates&gt;
     *   &lt;template&gt;cdk.out&lt;/template&gt;
     *   &lt;template&gt;src/main/cloudformation/network.yaml&lt;/template&gt;
     * &lt;/templates&gt;
     * </pre>
     */
    @Parameter(property = "airgap.templates")
    List<String> templates;

    /**
     * The local templates of nested stacks whose {@code TemplateURL} is in S3 (as {@code aws cloudformation package}
     * writes it), as {@code URL-or-glob=local file} ({@code *} any characters, {@code ?} one; the file relative to
     * the project). Without an entry for a URL, the one template of the run with the URL's file name is used.
     * <pre>
     * &lt;nestedTemplates&gt;
     *   &lt;nestedTemplate&gt;https://s3.amazonaws.com/my-bucket/*&#47;vpc.yaml=templates/vpc.yaml&lt;/nestedTemplate&gt;
     * &lt;/nestedTemplates&gt;
     * </pre>
     */
    @Parameter(property = "airgap.nestedTemplates")
    List<String> nestedTemplates;

    /**
     * Target regions for environment-agnostic stacks (CDK stacks without {@code env}, plain templates): each such
     * stack is analysed once per region. Stacks bound to a region are analysed for their own region only. When empty,
     * {@code AWS::Region} stays unknown and verdicts that depend on it say so.
     * <pre>
     * &lt;regions&gt;&lt;region&gt;ap-northeast-1&lt;/region&gt;&lt;region&gt;ap-northeast-3&lt;/region&gt;&lt;/regions&gt;
     * </pre>
     */
    @Parameter(property = "airgap.regions")
    List<String> regions;

    /**
     * Values for template parameters, as {@code Name=Value} ({@code Name} applies to every stack that declares it,
     * {@code StackName.Name} to one stack). They override the templates' {@code Default}s. A parameter without
     * default and without a value here is unknown, and so is whatever depends on it.
     * <pre>
     * &lt;parameters&gt;
     *   &lt;parameter&gt;VpcCidr=10.0.0.0/16&lt;/parameter&gt;
     *   &lt;parameter&gt;network-prod.EnableNat=false&lt;/parameter&gt;
     * &lt;/parameters&gt;
     * </pre>
     */
    @Parameter(property = "airgap.parameters")
    List<String> parameters;

    /**
     * Availability-zone names per region for {@code Fn::GetAZs}, replacing the bundled list (for example when the
     * account sees a different set of AZs), as {@code region=az1 az2 az3}.
     * <pre>
     * &lt;availabilityZones&gt;
     *   &lt;availabilityZone&gt;us-east-1=us-east-1a us-east-1b us-east-1c&lt;/availabilityZone&gt;
     * &lt;/availabilityZones&gt;
     * </pre>
     */
    @Parameter(property = "airgap.availabilityZones")
    List<String> availabilityZones;

    /**
     * Services to analyse per subnet, by endpoint service suffix ({@code s3}, {@code dynamodb}, {@code ssm},
     * {@code ecr.dkr}, …). Default: {@code s3} plus every service that has a VPC endpoint in the templates.
     */
    @Parameter(property = "airgap.services")
    List<String> services;

    /**
     * On-premises networks (CIDR blocks) that reach the VPCs over VPN or Direct Connect, in addition to those the
     * templates give (VPN static routes). Used to decide whether on-premises clients reach services privately.
     */
    @Parameter(property = "airgap.onPremisesCidrs")
    List<String> onPremisesCidrs;

    /**
     * Questions to answer for every subnet's S3 path, as {@code ACTION BUCKET}: may an instance there do this? The
     * answer (ALLOW, DENY, UNKNOWN) names the policy statement that decided it, from the endpoint policy, the
     * instance role's policies and the bucket policies in the templates.
     * <pre>
     * &lt;accessChecks&gt;
     *   &lt;accessCheck&gt;s3:GetObject test-us-west-bt&lt;/accessCheck&gt;
     *   &lt;accessCheck&gt;s3:ListBucket test-us-west-bt2&lt;/accessCheck&gt;
     *   &lt;accessCheck&gt;s3:CreateBucket test-us-west-bt6&lt;/accessCheck&gt;
     * &lt;/accessChecks&gt;
     * </pre>
     */
    @Parameter(property = "airgap.accessChecks")
    List<String> accessChecks;

    /**
     * Resources trusted not to change routing or filtering although they are handed a route table, subnet, security
     * group or other network identifier (a custom resource's Lambda, a third-party type), as
     * {@code TYPE-OR-LOGICAL-ID-GLOB=REASON}; the reason is mandatory and is logged and listed in the reports.
     * Without an entry such a resource makes every verdict of its VPC UNKNOWN.
     * <pre>
     * &lt;trustedResources&gt;
     *   &lt;trustedResource&gt;Custom::TagRouteTables=only tags route tables, reviewed in PR 42&lt;/trustedResource&gt;
     * &lt;/trustedResources&gt;
     * </pre>
     */
    @Parameter(property = "airgap.trustedResources")
    List<String> trustedResources;

    /**
     * Deployed stacks to analyse with the local templates, by name or stack ARN (comma-separated on the command
     * line). Each is read through CloudFormation ({@code DescribeStacks}, {@code GetTemplate},
     * {@code ListStackResources}) with the AWS SDK's default credentials; nested stacks are followed. Their templates
     * join the analysis like local ones (a local stack importing a deployed stack's exports resolves them), with the
     * parameter values they were deployed with. Opt-in: when empty, nothing is called and the SDK is not loaded.
     * <pre>
     * &lt;stacks&gt;&lt;stack&gt;shared-network-prod&lt;/stack&gt;&lt;/stacks&gt;
     * </pre>
     */
    @Parameter(property = "airgap.stacks")
    List<String> stacks;

    /**
     * The region of the deployed {@code <stacks>} named without ARN. Default: the SDK's region chain
     * ({@code AWS_REGION}, the profile's {@code region}).
     */
    @Parameter(property = "airgap.awsRegion")
    String awsRegion;

    /**
     * The named profile (from {@code ~/.aws/config} / {@code ~/.aws/credentials}) whose credentials and region read
     * the deployed {@code <stacks>}. Default: the SDK's default credential chain ({@code AWS_PROFILE}, environment
     * variables, SSO, container or instance role).
     */
    @Parameter(property = "airgap.awsProfile")
    String awsProfile;

    /**
     * A CloudFormation endpoint to call instead of AWS's, such as a VPC interface endpoint's DNS name, a proxy or a
     * local emulator ({@code http(s)://host[:port]}). Default: the region's endpoint, or
     * {@code AWS_ENDPOINT_URL_CLOUDFORMATION} when it is set.
     */
    @Parameter(property = "airgap.endpointUrl")
    String endpointUrl;

    /**
     * Compares each deployed stack with the local template of the same stack name: the run is analysed with each
     * version (both with the deployed parameter values) and every subnet verdict that differs (internet egress, a
     * service's access or privacy, a subnet only one side has) is logged as a warning. The reports keep the local
     * templates. Without it, a stack that is both deployed and local is an error.
     */
    @Parameter(property = "airgap.compare", defaultValue = "false")
    boolean compare;

    /** Skips the goal. */
    @Parameter(property = "airgap.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File basedir;

    /** The goal's parameters, ready to become a request. */
    AnalysisParameters parameters() {
        return AnalysisParameters.of(this, getLog());
    }

    /** The request the parameters make (a malformed one is a configuration error). */
    AnalysisRequest request() throws MojoExecutionException {
        return parameters().request();
    }
}
