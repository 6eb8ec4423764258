package dev.airgap.network;

import dev.airgap.resolve.ResourceId;

/**
 * One record of a private hosted zone ({@code AWS::Route53::RecordSet}, or one entry of a {@code RecordSetGroup}).
 *
 * @param id     the resource that declares it
 * @param name   lower case, without the final dot; may start with {@code *.} (a wildcard)
 * @param type   A, AAAA, CNAME, …
 * @param answer what a client resolving the name gets
 */
public record DnsRecord(ResourceId id, Known<String> name, String type, Answer answer) {

    /** What the record answers. */
    public sealed interface Answer {
    }

    /**
     * The private IPs of an interface endpoint of the run: an alias to, or a CNAME of, the endpoint's DNS name
     * ({@code Fn::GetAtt Endpoint.DnsEntries}).
     */
    public record Endpoint(ResourceId endpoint) implements Answer {
    }

    /** Something else (addresses, another name): not an endpoint the analysis can follow. */
    public record Other(String text) implements Answer {
    }
}
