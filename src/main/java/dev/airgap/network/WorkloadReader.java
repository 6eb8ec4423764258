package dev.airgap.network;

import dev.airgap.resolve.Resource;
import dev.airgap.resolve.ResourceId;
import dev.airgap.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the workloads that live in subnets: where they run, their security groups and whether they get a public
 * IPv4 — from the resource itself, its network interfaces, its launch template or launch configuration.
 */
final class WorkloadReader {

    private final NetworkModelBuilder.Region region;
    private Map<ResourceId, Resource> launchTemplates;
    private Map<String, Resource> launchTemplatesByName;
    private Map<ResourceId, Resource> launchConfigurations;

    WorkloadReader(NetworkModelBuilder.Region region) {
        this.region = region;
    }

    void read(List<Resource> resources, Map<ResourceId, Resource> templates, Map<String, Resource> templatesByName,
              Map<ResourceId, Resource> configurations) {
        this.launchTemplates = templates;
        this.launchTemplatesByName = templatesByName;
        this.launchConfigurations = configurations;
        for (Resource r : resources) {
            switch (r.type()) {
                case "AWS::EC2::Instance": instance(r); break;
                case "AWS::AutoScaling::AutoScalingGroup": autoScalingGroup(r); break;
                case "AWS::Lambda::Function": lambda(r); break;
                default: ecs(r);
            }
        }
    }

    private void instance(Resource r) {
        Value.MapValue template = launchTemplateData(r.property("LaunchTemplate"));
        List<Known<ResourceId>> subnets = new ArrayList<>();
        List<Known<ResourceId>> groups = new ArrayList<>();
        PublicIp publicIp = PublicIp.SUBNET_DEFAULT;
        String reason = "";
        Value.MapValue primary = primaryInterface(r.property("NetworkInterfaces"));
        if (primary == null && template != null) {
            primary = primaryInterface(template.get("NetworkInterfaces"));
        }
        if (!Values.absent(r.property("SubnetId"))) {
            subnets.add(Values.ref(r.property("SubnetId"), "SubnetId"));
        }
        if (primary != null) {
            Known<ResourceId> eni = Values.ref(primary.get("NetworkInterfaceId"), "NetworkInterfaceId");
            if (eni.isKnown() && region.networkInterfaces.containsKey(eni.get())) {
                NetworkInterface n = region.networkInterfaces.get(eni.get());
                subnets.add(n.subnet());
                groups.addAll(n.securityGroups());
                if (region.publicAddresses.contains(eni.get())) {
                    publicIp = PublicIp.YES;
                }
            }
            if (subnets.isEmpty() && !Values.absent(primary.get("SubnetId"))) {
                subnets.add(Values.ref(primary.get("SubnetId"), "NetworkInterfaces.SubnetId"));
            }
            if (groups.isEmpty()) {
                groups.addAll(region.groupRefs(primary.get("GroupSet")));
                groups.addAll(region.groupRefs(primary.get("Groups")));
            }
            Value assoc = primary.get("AssociatePublicIpAddress");
            if (!Values.absent(assoc) && publicIp != PublicIp.YES) {
                Known<Boolean> b = Values.bool(assoc, false, "AssociatePublicIpAddress");
                publicIp = b.isKnown() ? (b.get() ? PublicIp.YES : PublicIp.NO) : PublicIp.UNKNOWN;
                reason = b.reason();
            }
        }
        if (groups.isEmpty()) {
            groups.addAll(region.groupRefs(r.property("SecurityGroupIds")));
        }
        if (groups.isEmpty() && template != null) {
            groups.addAll(region.groupRefs(template.get("SecurityGroupIds")));
        }
        if (groups.isEmpty() && !Values.absent(r.property("SecurityGroups"))) {
            groups.add(Known.unknown("SecurityGroups names groups by name, which only the default VPC resolves"));
        }
        if (subnets.isEmpty()) {
            subnets.add(Known.unknown("the instance names no subnet: it launches in the default VPC"));
        }
        if (region.publicAddresses.contains(r.id())) {
            publicIp = PublicIp.YES;
        }
        Value profile = r.property("IamInstanceProfile");
        Known<ResourceId> profileId = Values.absent(profile) ? Known.unknown("no instance profile")
                : profileRef(profile);
        if (!profileId.isKnown() && Values.absent(profile) && template != null
                && template.get("IamInstanceProfile") instanceof Value.MapValue ip) {
            profileId = profileRef(!Values.absent(ip.get("Arn")) ? ip.get("Arn") : ip.get("Name"));
        }
        region.addWorkload(new Workload(r.id(), r.type(), r.constructPath(), subnets, groups, publicIp, reason,
                profileId, Known.unknown("EC2 instances take their role from the instance profile")));
    }

    private void autoScalingGroup(Resource r) {
        List<Known<ResourceId>> subnets = Values.refs(r.property("VPCZoneIdentifier"), "VPCZoneIdentifier");
        if (subnets.isEmpty()) {
            subnets = List.of(Known.unknown("the group names no VPCZoneIdentifier: it launches in the default VPC"));
        }
        Value spec = r.property("LaunchTemplate");
        if (Values.absent(spec) && r.property("MixedInstancesPolicy") instanceof Value.MapValue mip
                && mip.get("LaunchTemplate") instanceof Value.MapValue lt) {
            spec = lt.get("LaunchTemplateSpecification");
        }
        List<Known<ResourceId>> groups = new ArrayList<>();
        PublicIp publicIp = PublicIp.SUBNET_DEFAULT;
        String reason = "";
        Known<ResourceId> profile = Known.unknown("no instance profile");
        Value.MapValue data = launchTemplateData(spec);
        if (data != null) {
            Value.MapValue primary = primaryInterface(data.get("NetworkInterfaces"));
            if (primary != null) {
                groups.addAll(region.groupRefs(primary.get("Groups")));
                Value assoc = primary.get("AssociatePublicIpAddress");
                if (!Values.absent(assoc)) {
                    Known<Boolean> b = Values.bool(assoc, false, "AssociatePublicIpAddress");
                    publicIp = b.isKnown() ? (b.get() ? PublicIp.YES : PublicIp.NO) : PublicIp.UNKNOWN;
                    reason = b.reason();
                }
            }
            if (groups.isEmpty()) {
                groups.addAll(region.groupRefs(data.get("SecurityGroupIds")));
            }
            if (data.get("IamInstanceProfile") instanceof Value.MapValue ip) {
                profile = profileRef(!Values.absent(ip.get("Arn")) ? ip.get("Arn") : ip.get("Name"));
            }
        } else if (!Values.absent(spec)) {
            publicIp = PublicIp.UNKNOWN;
            reason = "the launch template is not in the analysed templates";
            groups.add(Known.unknown(reason));
        }
        Known<ResourceId> lc = Values.ref(r.property("LaunchConfigurationName"), "LaunchConfigurationName");
        if (lc.isKnown() && launchConfigurations.containsKey(lc.get())) {
            Resource conf = launchConfigurations.get(lc.get());
            groups.addAll(region.groupRefs(conf.property("SecurityGroups")));
            Value assoc = conf.property("AssociatePublicIpAddress");
            if (!Values.absent(assoc)) {
                Known<Boolean> b = Values.bool(assoc, false, "AssociatePublicIpAddress");
                publicIp = b.isKnown() ? (b.get() ? PublicIp.YES : PublicIp.NO) : PublicIp.UNKNOWN;
                reason = b.reason();
            }
            profile = profileRef(conf.property("IamInstanceProfile"));
        }
        region.addWorkload(new Workload(r.id(), r.type(), r.constructPath(), subnets, groups, publicIp, reason,
                profile, Known.unknown("instances take their role from the instance profile")));
    }

    private void lambda(Resource r) {
        if (!(r.property("VpcConfig") instanceof Value.MapValue vpc)) {
            return;
        }
        List<Known<ResourceId>> subnets = Values.refs(vpc.get("SubnetIds"), "VpcConfig.SubnetIds");
        if (subnets.isEmpty()) {
            return;
        }
        region.addWorkload(new Workload(r.id(), r.type(), r.constructPath(), subnets,
                region.groupRefs(vpc.get("SecurityGroupIds")), PublicIp.NO,
                "Lambda network interfaces never get a public IPv4",
                Known.unknown("Lambda functions have no instance profile"),
                roleRef(r.property("Role"))));
    }

    private void ecs(Resource r) {
        if (!(r.property("NetworkConfiguration") instanceof Value.MapValue nc)
                || !(nc.get("AwsvpcConfiguration") instanceof Value.MapValue aws)) {
            return;
        }
        List<Known<ResourceId>> subnets = Values.refs(aws.get("Subnets"), "AwsvpcConfiguration.Subnets");
        if (subnets.isEmpty()) {
            return;
        }
        Known<String> assign = Values.absent(aws.get("AssignPublicIp")) ? Known.of("DISABLED")
                : Values.string(aws.get("AssignPublicIp"), "AssignPublicIp");
        PublicIp publicIp = !assign.isKnown() ? PublicIp.UNKNOWN
                : assign.get().equalsIgnoreCase("ENABLED") ? PublicIp.YES : PublicIp.NO;
        region.addWorkload(new Workload(r.id(), r.type(), r.constructPath(), subnets,
                region.groupRefs(aws.get("SecurityGroups")), publicIp, assign.reason(),
                Known.unknown("ECS tasks use a task role, not an instance profile"), taskRole(r)));
    }

    /** The {@code LaunchTemplateData} a launch template specification points at, by ID or by name. */
    private Value.MapValue launchTemplateData(Value spec) {
        if (!(spec instanceof Value.MapValue m)) {
            return null;
        }
        Resource lt = null;
        Known<ResourceId> id = Values.ref(m.get("LaunchTemplateId"), "LaunchTemplateId");
        if (id.isKnown()) {
            lt = launchTemplates.get(id.get());
        } else if (m.get("LaunchTemplateName") instanceof Value.Text t) {
            lt = launchTemplatesByName.get(t.value());
        } else if (m.get("LaunchTemplateName") instanceof Value.Ref ref) {
            lt = launchTemplates.get(ref.target());
        }
        return lt == null ? null : Values.map(lt.property("LaunchTemplateData"));
    }

    /** A role named by {@code Fn::GetAtt Role.Arn} (or {@code Ref}). */
    private static Known<ResourceId> roleRef(Value v) {
        if (v instanceof Value.Attr a && a.attribute().equals("Arn")) {
            return Known.of(a.target());
        }
        return Values.ref(v, "the role");
    }

    /** The task role of an ECS service's task definition, when both are in the run. */
    private Known<ResourceId> taskRole(Resource service) {
        Known<ResourceId> def = Values.ref(service.property("TaskDefinition"), "TaskDefinition");
        if (!def.isKnown()) {
            return Known.unknown(def.reason());
        }
        Resource d = region.all.get(def.get());
        return d == null ? Known.unknown("task definition " + def.get() + " is not in the run")
                : roleRef(d.property("TaskRoleArn"));
    }

    /** An instance profile named by {@code Ref} or by {@code Fn::GetAtt Profile.Arn}. */
    private static Known<ResourceId> profileRef(Value v) {
        if (v instanceof Value.Attr a && a.attribute().equals("Arn")) {
            return Known.of(a.target());
        }
        return Values.ref(v, "IamInstanceProfile");
    }

    /** The network interface with {@code DeviceIndex} 0 (or the first one). */
    private static Value.MapValue primaryInterface(Value interfaces) {
        Value.MapValue first = null;
        for (Value v : Values.items(interfaces)) {
            if (v instanceof Value.MapValue m) {
                if (first == null) {
                    first = m;
                }
                if (m.get("DeviceIndex") instanceof Value.Text t && t.value().trim().equals("0")) {
                    return m;
                }
            }
        }
        return first;
    }
}
