package dev.airgap.policy;

import dev.airgap.resolve.Value;
import dev.airgap.template.SourcePosition;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis knows about a request before it is made: condition keys whose presence (and maybe value) the
 * path decides, the caller, the partition, and the run's {@link Symbols}. A condition key neither present nor known
 * absent is undecidable and makes its condition UNKNOWN.
 */
public final class RequestContext {

    private final Map<String, List<Value>> present;
    private final Set<String> absent;
    private final Caller caller;
    private final String partition;
    private final String region;
    private final Symbols symbols;

    private RequestContext(Builder b) {
        this.present = Map.copyOf(b.present);
        this.absent = Set.copyOf(b.absent);
        this.caller = b.caller;
        this.partition = b.partition;
        this.region = b.region;
        Symbols.Builder sb = b.symbols.toBuilder();
        if (b.partition != null) {
            sb.pseudo("AWS::Partition", new Value.Text(b.partition));
        }
        if (b.region != null) {
            sb.pseudo("AWS::Region", new Value.Text(b.region));
        }
        this.symbols = sb.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The values of a present key, or null when the key is absent or not known. */
    public List<Value> values(String key) {
        return present.get(normalize(key));
    }

    public boolean isAbsent(String key) {
        return absent.contains(normalize(key));
    }

    public Caller caller() {
        return caller;
    }

    /** The partition ({@code aws}, {@code aws-cn}, …), or null when the region is not known. */
    public String partition() {
        return partition;
    }

    /** The partition as a value for building ARNs: text when known, else the {@code AWS::Partition} unknown. */
    Value partitionValue() {
        if (partition != null) {
            return new Value.Text(partition);
        }
        return new Value.Unknown("AWS::Partition", "the region is not known", SourcePosition.UNKNOWN);
    }

    /** The region as a value: text when known, else the {@code AWS::Region} unknown. */
    Value regionValue() {
        if (region != null) {
            return new Value.Text(region);
        }
        return new Value.Unknown("AWS::Region", "the region is not known", SourcePosition.UNKNOWN);
    }

    public Symbols symbols() {
        return symbols;
    }

    /** The partition a region belongs to. */
    public static String partitionOf(String region) {
        if (region == null) {
            return null;
        }
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("us-isob-")) {
            return "aws-iso-b";
        }
        if (region.startsWith("us-iso-")) {
            return "aws-iso";
        }
        return "aws";
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    public static final class Builder {
        private final Map<String, List<Value>> present = new HashMap<>();
        private final Set<String> absent = new HashSet<>();
        private Caller caller;
        private String partition;
        private String region;
        private Symbols symbols = Symbols.none();

        private Builder() {
            // the AWS CLI and SDKs talk HTTPS unless told otherwise
            key("aws:SecureTransport", new Value.Text("true"));
        }

        /** Sets the key's values (the key is then known present); later calls replace earlier ones. */
        public Builder key(String key, Value... values) {
            absent.remove(normalize(key));
            present.put(normalize(key), List.copyOf(Arrays.asList(values)));
            return this;
        }

        /** The key is known not to be in the request. */
        public Builder absent(String key) {
            present.remove(normalize(key));
            absent.add(normalize(key));
            return this;
        }

        /** The request goes through this VPC endpoint (a {@code Ref} to it, or its ID) in this VPC. */
        public Builder throughEndpoint(Value endpoint, Value vpc) {
            key("aws:SourceVpce", endpoint);
            if (vpc != null) {
                key("aws:SourceVpc", vpc);
            }
            return this;
        }

        /** The request reaches the service over the internet (IGW, NAT): the VPC endpoint keys are absent. */
        public Builder notThroughEndpoint() {
            absent("aws:SourceVpce");
            absent("aws:SourceVpc");
            return this;
        }

        public Builder secureTransport(boolean secure) {
            return key("aws:SecureTransport", new Value.Text(Boolean.toString(secure)));
        }

        /** The caller, which also gives {@code aws:PrincipalArn}, {@code aws:PrincipalAccount} and the type. */
        public Builder caller(Caller c) {
            this.caller = c;
            if (c != null) {
                key("aws:PrincipalArn", c.arn());
                key("aws:PrincipalAccount", c.account());
                key("aws:PrincipalType", new Value.Text("AssumedRole"));
            }
            return this;
        }

        /** The target region: sets the partition, {@code AWS::Region} and {@code aws:RequestedRegion}. */
        public Builder region(String r) {
            this.region = r;
            this.partition = partitionOf(r);
            if (r != null) {
                key("aws:RequestedRegion", new Value.Text(r));
            }
            return this;
        }

        public Builder partition(String p) {
            this.partition = p;
            return this;
        }

        public Builder symbols(Symbols s) {
            this.symbols = s;
            return this;
        }

        public RequestContext build() {
            return new RequestContext(this);
        }
    }
}
