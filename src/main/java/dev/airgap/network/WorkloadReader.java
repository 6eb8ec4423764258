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

    private final RegionBuilder region;
    private Map<ResourceId, Resource> launchTemplates;
    private Map<String, Resource> launchTemplatesByName;
    private Map<ResourceId, Resource> launchConfigurations;

    WorkloadReader(RegionBuilder region) {
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
                case "AWS::ECS::Service":
                case "AWS::ECS::TaskSet": ecs(r); break;
                default:
                    WorkloadKinds.Kind kind = WorkloadKinds.BY_TYPE.get(r.type());
                    if (kind != null) {
                        known(r, kind);
                    } else if (!WorkloadKinds.excluded(r.type())) {
                        generalRule(r);
                    }
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
        if (!PropertyValues.absent(r.property("SubnetId"))) {
            subnets.add(PropertyValues.ref(r.property("SubnetId"), "SubnetId"));
        }
        if (primary != null) {
            Known<ResourceId> eni = PropertyValues.ref(primary.get("NetworkInterfaceId"), "NetworkInterfaceId");
            if (eni.isKnown() && region.networkInterfaces.containsKey(eni.get())) {
                NetworkInterface n = region.networkInterfaces.get(eni.get());
                subnets.add(n.subnet());
                groups.addAll(n.securityGroups());
                if (region.publicAddresses.contains(eni.get())) {
                    publicIp = PublicIp.YES;
                }
            }
            if (subnets.isEmpty() && !PropertyValues.absent(primary.get("SubnetId"))) {
                subnets.add(PropertyValues.ref(primary.get("SubnetId"), "NetworkInterfaces.SubnetId"));
            }
            if (groups.isEmpty()) {
                groups.addAll(region.filterReader.groupRefs(primary.get("GroupSet")));
                groups.addAll(region.filterReader.groupRefs(primary.get("Groups")));
            }
            Value assoc = primary.get("AssociatePublicIpAddress");
            if (!PropertyValues.absent(assoc) && publicIp != PublicIp.YES) {
                Known<Boolean> b = PropertyValues.bool(assoc, false, "AssociatePublicIpAddress");
                publicIp = b.isKnown() ? (b.get() ? PublicIp.YES : PublicIp.NO) : PublicIp.UNKNOWN;
                reason = b.reason();
            }
        }
        if (groups.isEmpty()) {
            groups.addAll(region.filterReader.groupRefs(r.property("SecurityGroupIds")));
        }
        if (groups.isEmpty() && template != null) {
            groups.addAll(region.filterReader.groupRefs(template.get("SecurityGroupIds")));
        }
        if (groups.isEmpty() && !PropertyValues.absent(r.property("SecurityGroups"))) {
            groups.add(Known.unknown("SecurityGroups names groups by name, which only the default VPC resolves"));
        }
        if (subnets.isEmpty()) {
            subnets.add(Known.unknown("the instance names no subnet: it launches in the default VPC"));
        }
        if (region.publicAddresses.contains(r.id())) {
            publicIp = PublicIp.YES;
        }
        Value profile = r.property("IamInstanceProfile");
        Known<ResourceId> profileId = PropertyValues.absent(profile) ? Known.unknown("no instance profile")
                : profileRef(profile);
        if (!profileId.isKnown() && PropertyValues.absent(profile) && template != null
                && template.get("IamInstanceProfile") instanceof Value.MapValue ip) {
            profileId = profileRef(!PropertyValues.absent(ip.get("Arn")) ? ip.get("Arn") : ip.get("Name"));
        }
        region.addWorkload(new Workload(r.id(), r.type(), r.constructPath(), subnets, groups, publicIp, reason,
                profileId, Known.unknown("EC2 instances take their role from the instance profile")));
    }

    private void autoScalingGroup(Resource r) {
        List<Known<ResourceId>> subnets = PropertyValues.refs(r.property("VPCZoneIdentifier"), "VPCZoneIdentifier");
        if (subnets.isEmpty()) {
            subnets = List.of(Known.unknown("the group names no VPCZoneIdentifier: it launches in the default VPC"));
        }
        Value spec = r.property("LaunchTemplate");
        if (PropertyValues.absent(spec) && r.property("MixedInstancesPolicy") instanceof Value.MapValue mip
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
                groups.addAll(region.filterReader.groupRefs(primary.get("Groups")));
                Value assoc = primary.get("AssociatePublicIpAddress");
                if (!PropertyValues.absent(assoc)) {
                    Known<Boolean> b = PropertyValues.bool(assoc, false, "AssociatePublicIpAddress");
                    publicIp = b.isKnown() ? (b.get() ? PublicIp.YES : PublicIp.NO) : PublicIp.UNKNOWN;
                    reason = b.reason();
                }
            }
            if (groups.isEmpty()) {
                groups.addAll(region.filterReader.groupRefs(data.get("SecurityGroupIds")));
            }
            if (data.get("IamInstanceProfile") instanceof Value.MapValue ip) {
                profile = profileRef(!PropertyValues.absent(ip.get("Arn")) ? ip.get("Arn") : ip.get("Name"));
            }
        } else if (!PropertyValues.absent(spec)) {
            publicIp = PublicIp.UNKNOWN;
            reason = "the launch template is not in the analysed templates";
            groups.add(Known.unknown(reason));
        }
        Known<ResourceId> lc = PropertyValues.ref(r.property("LaunchConfigurationName"), "LaunchConfigurationName");
        if (lc.isKnown() && launchConfigurations.containsKey(lc.get())) {
            Resource conf = launchConfigurations.get(lc.get());
            groups.addAll(region.filterReader.groupRefs(conf.property("SecurityGroups")));
            Value assoc = conf.property("AssociatePublicIpAddress");
            if (!PropertyValues.absent(assoc)) {
                Known<Boolean> b = PropertyValues.bool(assoc, false, "AssociatePublicIpAddress");
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
        List<Known<ResourceId>> subnets = PropertyValues.refs(vpc.get("SubnetIds"), "VpcConfig.SubnetIds");
        if (subnets.isEmpty()) {
            return;
        }
        region.addWorkload(new Workload(r.id(), r.type(), r.constructPath(), subnets,
                region.filterReader.groupRefs(vpc.get("SecurityGroupIds")), PublicIp.NO,
                "Lambda network interfaces never get a public IPv4",
                Known.unknown("Lambda functions have no instance profile"),
                roleRef(r.property("Role"))));
    }

    private void ecs(Resource r) {
        if (!(r.property("NetworkConfiguration") instanceof Value.MapValue nc)
                || !(nc.get("AwsvpcConfiguration") instanceof Value.MapValue aws)) {
            return;
        }
        List<Known<ResourceId>> subnets = PropertyValues.refs(aws.get("Subnets"), "AwsvpcConfiguration.Subnets");
        if (subnets.isEmpty()) {
            return;
        }
        Known<String> assign = PropertyValues.absent(aws.get("AssignPublicIp")) ? Known.of("DISABLED")
                : PropertyValues.string(aws.get("AssignPublicIp"), "AssignPublicIp");
        PublicIp publicIp = !assign.isKnown() ? PublicIp.UNKNOWN
                : assign.get().equalsIgnoreCase("ENABLED") ? PublicIp.YES : PublicIp.NO;
        region.addWorkload(new Workload(r.id(), r.type(), r.constructPath(), subnets,
                region.filterReader.groupRefs(aws.get("SecurityGroups")), publicIp, assign.reason(),
                Known.unknown("ECS tasks use a task role, not an instance profile"), taskRole(r)));
    }

    /** A type of {@link WorkloadKinds}: its subnets and groups sit at the property paths of its row. */
    private void known(Resource r, WorkloadKinds.Kind kind) {
        List<Known<ResourceId>> subnets = new ArrayList<>();
        for (String path : kind.subnets()) {
            subnets.addAll(subnetsAt(r, path));
        }
        if (subnets.isEmpty()) {
            return; // not in a VPC (a public App Runner service, an EMR cluster in EC2-Classic style): no ENI here
        }
        List<Known<ResourceId>> groups = new ArrayList<>();
        for (String path : kind.groups()) {
            groups.addAll(region.filterReader.groupRefs(at(r.properties().entries(), path)));
        }
        if (kind.type().equals("AWS::EKS::Nodegroup")) {
            Value.MapValue data = nodegroupTemplateData(r.property("LaunchTemplate"));
            if (data != null) {
                groups.addAll(region.filterReader.groupRefs(data.get("SecurityGroupIds")));
            }
        }
        boolean serviceGroup = kind.createdGroup() != null
                && !(kind.type().equals("AWS::EMR::Cluster") && !groups.isEmpty())
                && !(kind.type().equals("AWS::EKS::Nodegroup") && !groups.isEmpty());
        if (serviceGroup) {
            // A group the service makes outside the templates may allow what the declared ones do not.
            groups.add(Known.unknown(kind.createdGroup()));
        }
        region.addWorkload(new Workload(r.id(), r.type(), r.constructPath(), subnets, groups, kind.publicIp(),
                "the service's network interfaces get no public IPv4 (" + kind.source() + ")",
                Known.unknown(r.type() + " has no instance profile"), kindRole(r)));
    }

    /** EKS names a node group's launch template by {@code Id} or {@code Name}, not as EC2 does. */
    private Value.MapValue nodegroupTemplateData(Value spec) {
        if (!(spec instanceof Value.MapValue m)) {
            return null;
        }
        Resource lt = null;
        if (m.get("Id") instanceof Value.Ref ref) {
            lt = launchTemplates.get(ref.target());
        } else if (m.get("Name") instanceof Value.Text t) {
            lt = launchTemplatesByName.get(t.value());
        } else if (m.get("Name") instanceof Value.Ref ref) {
            lt = launchTemplates.get(ref.target());
        }
        return lt == null ? null : PropertyValues.map(lt.property("LaunchTemplateData"));
    }

    private static Known<ResourceId> kindRole(Resource r) {
        String path = WorkloadKinds.ROLES.get(r.type());
        return path == null ? Known.unknown(r.type() + " names no role of its own callers")
                : roleRef(at(r.properties().entries(), path));
    }

    /**
     * DESIGN's general rule for types the table does not know: a resource whose properties hold references to
     * subnets of the run together with references to security groups places interfaces with those groups in those
     * subnets.
     */
    private void generalRule(Resource r) {
        List<Known<ResourceId>> subnets = new ArrayList<>();
        List<Known<ResourceId>> groups = new ArrayList<>();
        for (Value v : r.properties().entries().values()) {
            collect(v, subnets, groups, 0);
        }
        if (subnets.isEmpty() || groups.isEmpty()) {
            return;
        }
        region.addWorkload(new Workload(r.id(), r.type(), r.constructPath(), subnets, groups, PublicIp.UNKNOWN,
                r.type() + " is not in airgap's table of workloads: whether its interfaces get a public IPv4 is"
                        + " unknown",
                Known.unknown(r.type() + " has no instance profile"),
                Known.unknown(r.type() + " is not in airgap's table of workloads")));
    }

    private static final int MAX_DEPTH = 16;

    /** References to subnets and security groups of the run anywhere under {@code v}. */
    private void collect(Value v, List<Known<ResourceId>> subnets, List<Known<ResourceId>> groups, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (v instanceof Value.MapValue m) {
            m.entries().values().forEach(x -> collect(x, subnets, groups, depth + 1));
        } else if (v instanceof Value.ListValue l) {
            l.items().forEach(x -> collect(x, subnets, groups, depth + 1));
        } else if (v instanceof Value.Ref ref && typeOf(ref.target()).equals("AWS::EC2::Subnet")) {
            addOnce(subnets, Known.of(ref.target()));
        } else if (v instanceof Value.Ref ref && typeOf(ref.target()).equals("AWS::EC2::SecurityGroup")
                || v instanceof Value.Attr a && (a.attribute().equals("GroupId")
                && typeOf(a.target()).equals("AWS::EC2::SecurityGroup")
                || a.attribute().equals("DefaultSecurityGroup") && typeOf(a.target()).equals("AWS::EC2::VPC"))) {
            addOnce(groups, region.filterReader.groupRef(v));
        }
    }

    private String typeOf(ResourceId id) {
        Resource target = region.all.get(id);
        return target == null ? "" : target.type();
    }

    private static void addOnce(List<Known<ResourceId>> list, Known<ResourceId> item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    /** The subnets at {@code path}; {@code Name>Path} follows the reference at {@code Name} to a subnet group. */
    private List<Known<ResourceId>> subnetsAt(Resource r, String path) {
        int hop = path.indexOf('>');
        if (hop < 0) {
            return PropertyValues.refs(at(r.properties().entries(), path), path);
        }
        String name = path.substring(0, hop);
        Value v = at(r.properties().entries(), name);
        if (PropertyValues.absent(v)) {
            return List.of(Known.unknown(r.id().logicalId() + " names no " + name + ": it uses the default VPC"));
        }
        Known<ResourceId> group = PropertyValues.ref(v, name);
        Resource target = group.isKnown() ? region.all.get(group.get()) : null;
        if (target == null) {
            return List.of(Known.unknown(group.isKnown() ? name + " " + group.get() + " is not in the run"
                    : group.reason()));
        }
        return PropertyValues.refs(at(target.properties().entries(), path.substring(hop + 1)), name + "." + path.substring(hop + 1));
    }

    /** The value at a dotted property path, or null. */
    private static Value at(Map<String, Value> properties, String path) {
        String[] parts = path.split("\\.");
        Value v = properties.get(parts[0]);
        for (int i = 1; i < parts.length && v != null; i++) {
            v = v instanceof Value.MapValue m ? m.get(parts[i]) : null;
        }
        return v;
    }

    /** The {@code LaunchTemplateData} a launch template specification points at, by ID or by name. */
    private Value.MapValue launchTemplateData(Value spec) {
        if (!(spec instanceof Value.MapValue m)) {
            return null;
        }
        Resource lt = null;
        Known<ResourceId> id = PropertyValues.ref(m.get("LaunchTemplateId"), "LaunchTemplateId");
        if (id.isKnown()) {
            lt = launchTemplates.get(id.get());
        } else if (m.get("LaunchTemplateName") instanceof Value.Text t) {
            lt = launchTemplatesByName.get(t.value());
        } else if (m.get("LaunchTemplateName") instanceof Value.Ref ref) {
            lt = launchTemplates.get(ref.target());
        }
        return lt == null ? null : PropertyValues.map(lt.property("LaunchTemplateData"));
    }

    /** A role named by {@code Fn::GetAtt Role.Arn} (or {@code Ref}). */
    private static Known<ResourceId> roleRef(Value v) {
        if (v instanceof Value.Attr a && a.attribute().equals("Arn")) {
            return Known.of(a.target());
        }
        return PropertyValues.ref(v, "the role");
    }

    /** The task role of an ECS service's task definition, when both are in the run. */
    private Known<ResourceId> taskRole(Resource service) {
        Known<ResourceId> def = PropertyValues.ref(service.property("TaskDefinition"), "TaskDefinition");
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
        return PropertyValues.ref(v, "IamInstanceProfile");
    }

    /** The network interface with {@code DeviceIndex} 0 (or the first one). */
    private static Value.MapValue primaryInterface(Value interfaces) {
        Value.MapValue first = null;
        for (Value v : PropertyValues.items(interfaces)) {
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
