package dev.airgap.resolve;

import dev.airgap.template.MapNode;
import java.util.Map;

/** {@code Fn::Transform}: macros (including {@code AWS::Include}) run inside CloudFormation at deployment. */
final class TransformFunction {

    private TransformFunction() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Fn::Transform", TransformFunction::transform);
    }

    private static Value transform(Call call) {
        String name = call.argument() instanceof MapNode m ? m.text("Name").orElse("?") : "?";
        String reason = "AWS::Include".equals(name)
                ? "AWS::Include inserts a template snippet from S3 at deployment; airgap does not fetch it"
                : "macro " + name + " runs inside CloudFormation at deployment; airgap cannot run it";
        return call.unknown("Fn::Transform " + Render.quote(name), reason);
    }
}
