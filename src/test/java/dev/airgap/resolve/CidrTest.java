package dev.airgap.resolve;

import static dev.airgap.resolve.Fixtures.list;
import static dev.airgap.resolve.Fixtures.out;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.template.InputException;
import org.junit.jupiter.api.Test;

class CidrTest {

    private static Value cidr(String args) {
        return out("""
                Parameters:
                  Unset: {Type: String}
                Resources:
                  T: {Type: AWS::SNS::Topic}
                Outputs:
                  Out: {Value: !Cidr %s}
                """.formatted(args));
    }

    @Test
    void ipv4Subnets() {
        assertThat(cidr("[10.0.0.0/16, 3, 8]")).isEqualTo(list("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"));
        assertThat(cidr("['192.168.0.0/24', '4', '6']"))
                .isEqualTo(list("192.168.0.0/26", "192.168.0.64/26", "192.168.0.128/26", "192.168.0.192/26"));
        assertThat(cidr("[10.0.0.0/16, 2, 12]")).isEqualTo(list("10.0.0.0/20", "10.0.16.0/20"));
    }

    @Test
    void ipv6Subnets() {
        assertThat(cidr("['2600:1f14:abc:de00::/56', 2, 64]"))
                .isEqualTo(list("2600:1f14:abc:de00::/64", "2600:1f14:abc:de01::/64"));
    }

    @Test
    void unknownBlockComposes() {
        assertThat(cidr("[!Ref Unset, 2, 8]")).isInstanceOfSatisfying(Value.Unknown.class,
                u -> assertThat(u.expression()).isEqualTo("Fn::Cidr[Ref Unset, 2, 8]"));
    }

    @Test
    void invalidLiteralIsAnErrorAtTheBlock() {
        assertThatThrownBy(() -> cidr("[10.0.0.300/16, 2, 8]")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("Test.yaml:6:23: Fn::Cidr: '10.0.0.300/16' is not a valid CIDR block");
        assertThatThrownBy(() -> cidr("[10.0.0.0, 2, 8]")).isInstanceOf(InputException.class)
                .hasMessageContaining("is not a valid CIDR block");
        assertThatThrownBy(() -> cidr("[10.0.0.0/33, 2, 8]")).isInstanceOf(InputException.class);
    }

    @Test
    void badCountIsAnError() {
        assertThatThrownBy(() -> cidr("[10.0.0.0/16, 0, 8]")).isInstanceOf(InputException.class)
                .hasMessageContaining("Fn::Cidr count '0' is not a whole number from 1 to 256");
        assertThatThrownBy(() -> cidr("[10.0.0.0/16, 300, 8]")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> cidr("[10.0.0.0/24, 8, 6]")).isInstanceOf(InputException.class)
                .hasMessageContaining("count 8 is more than the 4 subnets of /26");
        assertThatThrownBy(() -> cidr("[10.0.0.0/24, 1, 9]")).isInstanceOf(InputException.class)
                .hasMessageContaining("larger than the block");
    }

    @Test
    void wrongShapeIsAnError() {
        assertThatThrownBy(() -> cidr("[10.0.0.0/16, 2]")).isInstanceOf(InputException.class)
                .hasMessageContaining("Fn::Cidr takes [ipBlock, count, cidrBits], found a list of 2");
    }
}
