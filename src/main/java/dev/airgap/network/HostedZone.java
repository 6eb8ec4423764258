package dev.airgap.network;

import dev.airgap.resolve.ResourceId;
import java.util.List;

/**
 * An {@code AWS::Route53::HostedZone} with {@code VPCs}: a private hosted zone, authoritative for its name inside
 * the VPCs associated with it. A public zone (no {@code VPCs}) changes nothing a client in a VPC resolves and is not
 * kept.
 *
 * @param name    the zone's name in lower case without the final dot; unknown when the template computes it
 * @param vpcs    the associated VPCs (a VPC of another stack or account is an unknown one)
 * @param records the record sets the templates put in it
 */
public record HostedZone(ResourceId id, Known<String> name, List<Known<ResourceId>> vpcs, List<DnsRecord> records) {

    public HostedZone {
        vpcs = List.copyOf(vpcs);
        records = List.copyOf(records);
    }

    /** Whether the zone is associated with the VPC; unknown when an association the templates cannot name may be it. */
    public Known<Boolean> associatedWith(ResourceId vpc) {
        String unknown = null;
        for (Known<ResourceId> v : vpcs) {
            if (v.isKnown() && v.get().equals(vpc)) {
                return Known.of(true);
            }
            if (!v.isKnown()) {
                unknown = v.reason();
            }
        }
        return unknown == null ? Known.of(false) : Known.unknown("a VPC associated with zone " + id.logicalId()
                + " is unknown (" + unknown + ")");
    }
}
