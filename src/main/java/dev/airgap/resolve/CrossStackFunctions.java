package dev.airgap.resolve;

import dev.airgap.template.MapNode;
import dev.airgap.template.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Fn::ImportValue} against the exports of the other stacks of the run, and {@code Fn::GetStackOutput}
 * (written by CDK for cross-stack references) against the outputs of the named stack of the run.
 */
final class CrossStackFunctions {

    private CrossStackFunctions() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Fn::ImportValue", CrossStackFunctions::importValue);
        table.put("Fn::GetStackOutput", CrossStackFunctions::getStackOutput);
    }

    private static Value importValue(Call call) {
        Value name = call.eval(call.argument());
        String expression = "Fn::ImportValue " + Render.of(name);
        if (!(name instanceof Value.Text text)) {
            return new Value.Unknown(expression, "the name of the imported export is not known: "
                    + StringParts.reason(name), call.position());
        }
        ExportIndex index = call.scope().run().exports();
        if (index == null) {
            return call.unknown(expression, "export names of this run depend on imports themselves");
        }
        List<ExportIndex.Exporter> exporters = index.candidates(text.value(), call.scope());
        if (exporters.isEmpty()) {
            return call.unknown(expression, "no stack in this run exports " + text.value()
                    + "; add the exporting stack's template to airgap.templates");
        }
        List<Value> values = new ArrayList<>();
        List<String> stacks = new ArrayList<>();
        for (ExportIndex.Exporter e : exporters) {
            Value v = e.scope().outputs().value(e.output());
            if (!values.contains(v)) {
                values.add(v);
            }
            stacks.add(e.scope().describe());
        }
        if (values.size() > 1) {
            return call.unknown(expression, text.value() + " is exported by several stacks of this run ("
                    + String.join(", ", stacks) + ") with different values; an export name is unique per region");
        }
        return values.get(0);
    }

    private static Value getStackOutput(Call call) {
        if (!(call.argument() instanceof MapNode args) || !args.has("StackName") || !args.has("OutputName")) {
            throw call.error("Fn::GetStackOutput takes {StackName, OutputName, Region?, RoleArn?}, found "
                    + call.argument().describe(), "write Fn::GetStackOutput: {StackName: name, OutputName: name}");
        }
        Value stack = call.eval(args.get("StackName"));
        Value output = call.eval(args.get("OutputName"));
        Node regionNode = args.get("Region");
        Value region = regionNode == null ? null : call.eval(regionNode);
        String expression = "Fn::GetStackOutput {StackName: " + Render.of(stack) + ", OutputName: "
                + Render.of(output) + (region == null ? "" : ", Region: " + Render.of(region)) + "}";
        for (Value v : new Value[] {stack, output, region}) {
            if (v != null && !(v instanceof Value.Text)) {
                return call.compose(expression, v);
            }
        }
        String stackName = ((Value.Text) stack).value();
        String wanted = region == null ? call.scope().region() : ((Value.Text) region).value();
        StackScope target = call.scope().run().find(stackName, wanted);
        if (target == null) {
            return call.unknown(expression, "no stack named " + stackName + (wanted == null ? "" : " in " + wanted)
                    + " is part of this run; add its template to airgap.templates");
        }
        return target.outputs().valueFor(((Value.Text) output).value(), expression, call.position());
    }
}
