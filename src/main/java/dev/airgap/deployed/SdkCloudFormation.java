package dev.airgap.deployed;

import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClientBuilder;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.GetTemplateRequest;
import software.amazon.awssdk.services.cloudformation.model.GetTemplateResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesRequest;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesResponse;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/**
 * {@link CloudFormationApi} through the AWS SDK for Java v2 with the JDK's HTTP client. The only class of the plugin
 * that names CloudFormation SDK types. Retries are the SDK's (its standard strategy retries throttling and transient
 * errors with backoff); what still fails becomes an {@link InputException} that says what to do and never carries
 * credentials or the caller's identity.
 */
final class SdkCloudFormation implements CloudFormationApi {

    /** The IAM actions the README's minimal policy grants, named in access-denied messages. */
    static final String PERMISSIONS = "cloudformation:DescribeStacks, cloudformation:GetTemplate and "
            + "cloudformation:ListStackResources";

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnauthorizedOperation", "UnauthorizedException");
    private static final Set<String> BAD_CREDENTIALS = Set.of("ExpiredToken", "ExpiredTokenException",
            "InvalidClientTokenId", "UnrecognizedClientException", "SignatureDoesNotMatch", "InvalidAccessKeyId",
            "IncompleteSignature", "MissingAuthenticationToken");
    private static final Set<String> THROTTLED = Set.of("Throttling", "ThrottlingException", "ThrottledException",
            "RequestLimitExceeded", "TooManyRequestsException", "RequestThrottled", "SlowDown");

    private final CloudFormationClient client;
    private final String region;
    private final String endpoint;
    /** The credential chain this class created (the client does not close a provider it was given); or null. */
    private AutoCloseable ownedCredentials;

    SdkCloudFormation(CloudFormationClient client, String region, String endpoint) {
        this.client = client;
        this.region = region;
        this.endpoint = endpoint;
    }

    /** A client for {@code region} with the default credential chain (or the options' profile). */
    static SdkCloudFormation open(DeployedOptions options, String region) {
        DefaultCredentialsProvider.Builder creds = DefaultCredentialsProvider.builder();
        if (options.profile() != null) {
            creds.profileName(options.profile());
        }
        DefaultCredentialsProvider chain = creds.build();
        try {
            SdkCloudFormation api = open(options, region, chain, null);
            api.ownedCredentials = chain;
            return api;
        } catch (RuntimeException e) {
            chain.close();
            throw e;
        }
    }

    /**
     * @param credentials where credentials come from; resolved once here so that a missing credential is reported
     *                    as such, not as the failure of whichever call came first
     * @param override    client overrides (tests shorten the retry backoff); null for the SDK's defaults
     */
    static SdkCloudFormation open(DeployedOptions options, String region, AwsCredentialsProvider credentials,
                                  ClientOverrideConfiguration override) {
        try {
            credentials.resolveCredentials();
        } catch (RuntimeException e) {
            throw new InputException(SourcePosition.of("airgap.stacks"),
                    "no AWS credentials to read the deployed stacks" + (options.profile() == null ? ""
                            : " (profile '" + options.profile() + "')"),
                    "provide them the way the AWS CLI finds them: AWS_PROFILE or -Dairgap.awsProfile=NAME (after "
                            + "'aws sso login' for SSO profiles), AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or the "
                            + "role of the machine or container; or remove <stacks> to analyse local templates only");
        }
        CloudFormationClientBuilder b = CloudFormationClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (options.endpointUrl() != null) {
            b.endpointOverride(endpointUri(options.endpointUrl()));
        }
        if (override != null) {
            b.overrideConfiguration(override);
        }
        String shown = options.endpointUrl() != null ? options.endpointUrl() : "CloudFormation in " + region;
        return new SdkCloudFormation(b.build(), region, shown);
    }

    /** The region of the SDK's default chain (AWS_REGION, the profile's region, …). */
    static String defaultRegion(String profile, String stack) {
        try {
            DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
            if (profile != null) {
                chain.profileName(profile);
            }
            return chain.build().getRegion().id();
        } catch (RuntimeException e) {
            throw new InputException(SourcePosition.of("airgap.stacks"),
                    "no AWS region for the deployed stack '" + stack + "'",
                    "set <awsRegion> or -Dairgap.awsRegion=REGION (or AWS_REGION), or name the stack by its ARN");
        }
    }

    private static URI endpointUri(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InputException(SourcePosition.of("airgap.endpointUrl"), "'" + url + "' is not a URL",
                    "give the CloudFormation endpoint as http(s)://host[:port]");
        }
    }

    @Override
    public StackDescription describe(String stack) {
        List<Stack> found = new ArrayList<>();
        String token = null;
        do {
            DescribeStacksRequest request = DescribeStacksRequest.builder().stackName(stack).nextToken(token).build();
            DescribeStacksResponse page = call("DescribeStacks", stack, () -> client.describeStacks(request));
            found.addAll(page.stacks());
            token = emptyToNull(page.nextToken());
        } while (token != null);
        if (found.isEmpty()) {
            throw missing(stack);
        }
        Stack s = found.get(0);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter p : s.parameters()) {
            String value = p.resolvedValue() != null ? p.resolvedValue() : p.parameterValue();
            if (p.parameterKey() != null && value != null) {
                parameters.put(p.parameterKey(), value);
            }
        }
        List<DeployedStack.Output> outputs = new ArrayList<>();
        for (Output o : s.outputs()) {
            outputs.add(new DeployedStack.Output(o.outputKey(), o.outputValue(), emptyToNull(o.exportName())));
        }
        return new StackDescription(s.stackName(), s.stackId(), s.stackStatusAsString(), parameters, outputs);
    }

    @Override
    public TemplateBody template(String stackId, boolean processed) {
        GetTemplateRequest request = GetTemplateRequest.builder().stackName(stackId)
                .templateStage(processed ? TemplateStage.PROCESSED : TemplateStage.ORIGINAL).build();
        GetTemplateResponse r = call("GetTemplate", stackId, () -> client.getTemplate(request));
        return new TemplateBody(r.templateBody(), r.stagesAvailableAsStrings());
    }

    @Override
    public List<ResourceSummary> resources(String stackId) {
        List<ResourceSummary> out = new ArrayList<>();
        String token = null;
        do {
            ListStackResourcesRequest request = ListStackResourcesRequest.builder().stackName(stackId)
                    .nextToken(token).build();
            ListStackResourcesResponse page = call("ListStackResources", stackId,
                    () -> client.listStackResources(request));
            for (StackResourceSummary r : page.stackResourceSummaries()) {
                out.add(new ResourceSummary(r.logicalResourceId(), r.physicalResourceId(), r.resourceType(),
                        r.resourceStatusAsString()));
            }
            token = emptyToNull(page.nextToken());
        } while (token != null);
        return out;
    }

    @Override
    public void close() {
        client.close();
        if (ownedCredentials != null) {
            try {
                ownedCredentials.close();
            } catch (Exception e) {
                // Closing a credential cache cannot fail in a way the build should hear about.
            }
        }
    }

    private <T> T call(String operation, String stack, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(operation, stack, e);
        }
    }

    /** One message per kind of failure; the AWS message is kept only where it carries no identity. */
    private InputException translate(String operation, String stack, SdkException e) {
        SourcePosition where = SourcePosition.of("deployed stack " + stack + " (" + region + ")");
        if (e instanceof AwsServiceException ase) {
            String code = ase.awsErrorDetails() == null || ase.awsErrorDetails().errorCode() == null ? ""
                    : ase.awsErrorDetails().errorCode();
            String message = ase.awsErrorDetails() == null || ase.awsErrorDetails().errorMessage() == null ? ""
                    : ase.awsErrorDetails().errorMessage();
            if (ACCESS_DENIED.contains(code) || ase.statusCode() == 403 && !BAD_CREDENTIALS.contains(code)) {
                return new InputException(where, "access denied to cloudformation:" + operation,
                        "grant the caller cloudformation:" + operation + " on this stack (the README's minimal "
                                + "policy grants " + PERMISSIONS + ")");
            }
            if (BAD_CREDENTIALS.contains(code)) {
                return new InputException(where, "AWS rejected the credentials (" + code + ")",
                        "refresh them ('aws sso login', new session credentials) or pick another profile with "
                                + "-Dairgap.awsProfile=NAME");
            }
            if (THROTTLED.contains(code) || ase.isThrottlingException()) {
                Integer attempts = e.numAttempts();
                return new InputException(where, "CloudFormation throttled " + operation + " and kept throttling "
                        + "after " + (attempts == null ? "the SDK's retries" : attempts + " attempts"),
                        "try again later, or name fewer stacks in one build");
            }
            if ("ValidationError".equals(code) && message.contains("does not exist")) {
                return missing(stack);
            }
            return new InputException(where, "CloudFormation " + operation + " failed: " + code
                    + (message.isEmpty() ? "" : ": " + message), "");
        }
        return new InputException(where, "cannot call CloudFormation " + operation + " at " + endpoint + ": "
                + rootMessage(e), "check the network, the proxy settings and airgap.endpointUrl");
    }

    private InputException missing(String stack) {
        return new InputException(SourcePosition.of("airgap.stacks"),
                "the deployed stack '" + stack + "' does not exist in " + region,
                "check the stack name, <awsRegion> (-Dairgap.awsRegion) and the account of the credentials");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
