package dev.airgap.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code Fn::GetAZs}: the AZ names of a region; {@code ''} means the stack's own region. */
final class GetAzsFunction {

    private static final String OWN_REGION = "Fn::GetAZs ''";

    private GetAzsFunction() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Fn::GetAZs", GetAzsFunction::getAzs);
    }

    private static Value getAzs(Call call) {
        Value arg = call.eval(call.argument());
        String region;
        String expression;
        if (arg == Value.NoValue.INSTANCE || StringParts.EMPTY.equals(arg)) {
            region = call.scope().region();
            expression = OWN_REGION;
        } else if (arg instanceof Value.Text t) {
            region = t.value();
            expression = "Fn::GetAZs " + Render.quote(region);
        } else if (arg instanceof Value.Unknown u && u.expression().equals("Ref " + PseudoParameters.REGION)) {
            // The same deploy-time value as GetAZs '': keep one spelling so that equal unknowns compare equal.
            return call.unknown(OWN_REGION, u.reason());
        } else {
            return call.compose("Fn::GetAZs " + Render.of(arg), arg);
        }
        if (region == null) {
            return PseudoParameters.unknownRegion(OWN_REGION, call.position());
        }
        Optional<List<String>> zones = call.scope().run().zones().of(region);
        if (zones.isEmpty()) {
            return call.unknown(expression, "airgap has no list of the Availability Zones of " + region
                    + "; give them in the plugin's <availabilityZones>");
        }
        List<Value> items = new ArrayList<>();
        for (String z : zones.get()) {
            items.add(new Value.Text(z));
        }
        return new Value.ListValue(items);
    }
}
