package dev.airgap.resolve;

import dev.airgap.template.Excerpt;
import dev.airgap.template.InputException;
import dev.airgap.template.ListNode;
import dev.airgap.template.Node;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code Fn::Cidr [ipBlock, count, cidrBits]}: the first {@code count} subnets of {@code ipBlock} that keep
 * {@code cidrBits} host bits, in address order. The arithmetic is the ipaddress library's.
 */
final class CidrFunction {

    /** The shape of a CIDR literal; the library accepts more forms (masks, ranges) than CloudFormation does. */
    private static final Pattern CIDR = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)"
            + "/\\d{1,3}");
    private static final int MAX_COUNT = 256;

    private CidrFunction() {
    }

    static void register(Map<String, IntrinsicFunction> table) {
        table.put("Fn::Cidr", CidrFunction::cidr);
    }

    private static Value cidr(Call call) {
        ListNode args = call.list(3, "[ipBlock, count, cidrBits]");
        Value block = call.eval(args.get(0));
        Value count = call.eval(args.get(1));
        Value bits = call.eval(args.get(2));
        for (Value v : List.of(block, count, bits)) {
            if (!(v instanceof Value.Text)) {
                return call.compose("Fn::Cidr[" + Render.of(block) + ", " + render(count) + ", " + render(bits) + "]",
                        v);
            }
        }
        String key = "Fn::Cidr " + ((Value.Text) block).value() + " " + ((Value.Text) count).value() + " "
                + ((Value.Text) bits).value();
        return call.scope().run().pure(key, () -> subnets(args, (Value.Text) block, (Value.Text) count,
                (Value.Text) bits));
    }

    private static Value subnets(ListNode args, Value.Text block, Value.Text count, Value.Text bits) {
        IPAddress network = parse(block.value(), args.get(0));
        int n = number(count.value(), args.get(1), "count", 1, MAX_COUNT);
        int hostBits = number(bits.value(), args.get(2), "cidrBits", 1, network.getBitCount());
        int prefix = network.getBitCount() - hostBits;
        int blockPrefix = network.getNetworkPrefixLength();
        if (prefix < blockPrefix) {
            throw new InputException(args.get(2).position(), "Fn::Cidr cidrBits " + hostBits + " asks for /"
                    + prefix + " subnets, larger than the block " + network + " itself",
                    "use at most " + (network.getBitCount() - blockPrefix) + " cidrBits for this block");
        }
        BigInteger available = BigInteger.ONE.shiftLeft(prefix - blockPrefix);
        if (available.compareTo(BigInteger.valueOf(n)) < 0) {
            throw new InputException(args.get(1).position(), "Fn::Cidr count " + n + " is more than the " + available
                    + " subnets of /" + prefix + " that " + network + " holds",
                    "lower the count or the cidrBits");
        }
        List<Value> subnets = new ArrayList<>(n);
        Iterator<? extends IPAddress> it = network.setPrefixLength(prefix, false).prefixBlockIterator();
        for (int i = 0; i < n && it.hasNext(); i++) {
            subnets.add(new Value.Text(it.next().toCanonicalString()));
        }
        return new Value.ListValue(subnets);
    }

    private static String render(Value v) {
        return v instanceof Value.Text t ? t.value() : Render.of(v);
    }

    private static IPAddress parse(String text, Node node) {
        String trimmed = text.trim();
        if (CIDR.matcher(trimmed).matches()) {
            try {
                IPAddress address = new IPAddressString(trimmed).toAddress();
                if (address != null && address.getNetworkPrefixLength() != null) {
                    return address.toPrefixBlock();
                }
            } catch (AddressStringException e) {
                throw new InputException(node.position(), "Fn::Cidr: '" + Excerpt.of(text)
                        + "' is not a valid CIDR block (" + Excerpt.of(e.getMessage()) + ")",
                        "write the block as address/prefix, e.g. 10.0.0.0/16");
            }
        }
        throw new InputException(node.position(), "Fn::Cidr: '" + Excerpt.of(text) + "' is not a valid CIDR block",
                "write the block as address/prefix, e.g. 10.0.0.0/16");
    }

    private static int number(String text, Node node, String what, int min, int max) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(node.position(), "Fn::Cidr " + what + " '" + Excerpt.of(text)
                + "' is not a whole number from " + min + " to " + max, "give a " + what + " between " + min + " and " + max);
    }
}
