package dev.airgap.network;

import dev.airgap.template.InputException;
import dev.airgap.template.SourcePosition;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

/** CIDR parsing and the few questions the analysis asks of address blocks, all through {@code inet.ipaddr}. */
public final class Cidrs {

    /**
     * What a template may write: an address or a block, no wildcard ("*", "10.0.*.*"), range ("10.0.0.1-5"), empty
     * text or IPv6 zone ("fe80::1%eth0"), which the library would otherwise read as sets of addresses that are no
     * block (found by CidrFuzzTest: "*%9" contained and was contained by "*" without being equal to it).
     */
    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowAll(false).allowEmpty(false).allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .getIPv6AddressParametersBuilder().allowZone(false).getParentBuilder()
            .toParams();

    /** Every IPv4 address: the destination of a default route and the block of "anywhere" rules. */
    public static final IPAddress ANY_V4 = parseOrNull("0.0.0.0/0");
    public static final IPAddress ANY_V6 = parseOrNull("::/0");

    private static final IPAddress[] PRIVATE_V4 = {
        parseOrNull("10.0.0.0/8"), parseOrNull("172.16.0.0/12"), parseOrNull("192.168.0.0/16"),
        parseOrNull("100.64.0.0/10"), parseOrNull("169.254.0.0/16"), parseOrNull("127.0.0.0/8")
    };

    private Cidrs() {
    }

    /**
     * Parses a CIDR literal of a template.
     *
     * @throws InputException when it is not a valid CIDR block, with the resource's position
     */
    public static IPAddress parse(String text, SourcePosition where, String what) {
        IPAddress a = parseOrNull(text);
        if (a == null || a.getNetworkPrefixLength() == null) {
            throw new InputException(where, what + " '" + text + "' is not a valid CIDR block",
                    "write it as address/prefix-length, for example 10.0.0.0/16");
        }
        return a.toPrefixBlock();
    }

    /** Parses a CIDR (or a single address, taken as /32 or /128), or null when it is not one. */
    public static IPAddress parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            IPAddress a = new IPAddressString(text.trim(), STRICT).toAddress();
            if (a == null) {
                return null;
            }
            return a.getNetworkPrefixLength() == null ? a : a.toPrefixBlock();
        } catch (AddressStringException | RuntimeException e) {
            // The text is the user's and the parser a library's: any failure means "not a CIDR" (fail closed), not
            // a crash. Found by CidrFuzzTest: "____" (IncompatibleAddressException), "0000000/110000000000"
            // (ArrayIndexOutOfBoundsException from the prefix length overflowing an int).
            return null;
        }
    }

    public static boolean contains(IPAddress outer, IPAddress inner) {
        return outer.isIPv4() == inner.isIPv4() && outer.contains(inner);
    }

    public static boolean overlaps(IPAddress a, IPAddress b) {
        return a.isIPv4() == b.isIPv4() && (a.contains(b) || b.contains(a));
    }

    public static int prefixLength(IPAddress a) {
        Integer p = a.getNetworkPrefixLength();
        return p == null ? a.getBitCount() : p;
    }

    /** True when the block lies entirely in private, shared or link-local IPv4 space (never an AWS public IP). */
    public static boolean isPrivateV4(IPAddress a) {
        if (!a.isIPv4()) {
            return false;
        }
        for (IPAddress p : PRIVATE_V4) {
            if (p.contains(a)) {
                return true;
            }
        }
        return false;
    }

    public static String text(IPAddress a) {
        return a.toPrefixLengthString();
    }
}
