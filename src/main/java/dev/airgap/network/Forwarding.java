package dev.airgap.network;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether an instance or network interface that a route names forwards traffic that is not addressed to it. EC2
 * drops such traffic while the source/destination check is on ({@code SourceDestCheck}, default true; EC2 User
 * Guide, "Source/destination checking"), so a route to an instance that keeps it carries nothing. A check left on in
 * the template may still be turned off at boot ({@code aws ec2 modify-instance-attribute --no-source-dest-check} in
 * the user data, the usual NAT-instance recipe), so an instance with user data only "may" forward.
 */
final class Forwarding {

    private Forwarding() {
    }

    /**
     * Per instance and standalone network interface: {@code true} forwards, {@code false} drops forwarded traffic,
     * unknown when the template cannot say.
     */
    static Map<ResourceId, Known<Boolean>> read(Map<ResourceId, Resource> all) {
        Map<ResourceId, Known<Boolean>> out = new HashMap<>();
        Map<ResourceId, ResourceId> bootScriptByEni = new HashMap<>();
        for (Resource r : all.values()) {
            if (r.type().equals("AWS::EC2::Instance") && hasUserData(r, all)) {
                for (Value v : PropertyValues.items(r.property("NetworkInterfaces"))) {
                    if (v instanceof Value.MapValue m) {
                        PropertyValues.ref(m.get("NetworkInterfaceId"), "").value().ifPresent(e -> bootScriptByEni.put(e,
                                r.id()));
                    }
                }
            }
            if (r.type().equals("AWS::EC2::NetworkInterfaceAttachment")) {
                PropertyValues.ref(r.property("NetworkInterfaceId"), "").value().ifPresent(e -> {
                    Known<ResourceId> instance = PropertyValues.ref(r.property("InstanceId"), "");
                    if (!instance.isKnown() || all.get(instance.get()) == null
                            || hasUserData(all.get(instance.get()), all)) {
                        bootScriptByEni.put(e, instance.value().orElse(r.id()));
                    }
                });
            }
        }
        for (Resource r : all.values()) {
            if (r.type().equals("AWS::EC2::NetworkInterface")) {
                out.put(r.id(), forwards(r, bootScriptByEni.get(r.id()), "network interface"));
            }
        }
        for (Resource r : all.values()) {
            if (!r.type().equals("AWS::EC2::Instance")) {
                continue;
            }
            Known<Boolean> own = forwards(r, hasUserData(r, all) ? r.id() : null, "instance");
            // An instance whose primary interface is a standalone ENI takes that ENI's check unless it sets its own.
            ResourceId primaryEni = primaryEni(r);
            if (PropertyValues.absent(r.property("SourceDestCheck")) && primaryEni != null && out.containsKey(primaryEni)) {
                own = out.get(primaryEni);
            }
            out.put(r.id(), own);
        }
        return out;
    }

    private static Known<Boolean> forwards(Resource r, ResourceId bootScript, String what) {
        Known<Boolean> check = PropertyValues.bool(r.property("SourceDestCheck"), true, "SourceDestCheck");
        if (!check.isKnown()) {
            return Known.unknown(check.reason());
        }
        if (!check.get()) {
            return Known.of(true);
        }
        if (bootScript != null) {
            return Known.unknown(what + " " + r.id().logicalId() + " keeps SourceDestCheck on in the template, but "
                    + "the user data of " + bootScript.logicalId() + " may turn it off at boot");
        }
        return Known.of(false);
    }

    private static ResourceId primaryEni(Resource r) {
        for (Value v : PropertyValues.items(r.property("NetworkInterfaces"))) {
            if (v instanceof Value.MapValue m && m.get("DeviceIndex") instanceof Value.Text t
                    && t.value().trim().equals("0")) {
                return PropertyValues.ref(m.get("NetworkInterfaceId"), "").value().orElse(null);
            }
        }
        return null;
    }

    /** User data on the instance or in its launch template: a boot script that may change the instance. */
    private static boolean hasUserData(Resource r, Map<ResourceId, Resource> all) {
        if (!PropertyValues.absent(r.property("UserData"))) {
            return true;
        }
        if (r.property("LaunchTemplate") instanceof Value.MapValue spec) {
            Known<ResourceId> id = PropertyValues.ref(spec.get("LaunchTemplateId"), "");
            Resource lt = id.isKnown() ? all.get(id.get()) : null;
            if (lt == null) {
                return true; // a launch template outside the run, or named: it may carry user data
            }
            Value.MapValue data = PropertyValues.map(lt.property("LaunchTemplateData"));
            return data == null || !PropertyValues.absent(data.get("UserData"));
        }
        return false;
    }
}
