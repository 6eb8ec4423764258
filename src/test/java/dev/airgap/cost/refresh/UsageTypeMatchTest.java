package dev.airgap.cost.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageTypeMatchTest {

    @Test
    void matchesWholeSuffixesWithOrWithoutARegionPrefix() {
        assertThat(UsageTypeMatch.of("APN1-VpcEndpoint-Hours")).contains(UsageTypeMatch.INTERFACE_ENDPOINT_HOURS);
        assertThat(UsageTypeMatch.of("VpcEndpoint-Hours")).contains(UsageTypeMatch.INTERFACE_ENDPOINT_HOURS);
        assertThat(UsageTypeMatch.of("USE1-VpcEndpoint-GWLBE-Hours")).contains(UsageTypeMatch.GWLB_ENDPOINT_HOURS);
        assertThat(UsageTypeMatch.of("USE1-VpcEndpoint-Resource-Hours")).isEmpty();
        assertThat(UsageTypeMatch.of("NatGateway-Bytes")).contains(UsageTypeMatch.NAT_GATEWAY_BYTES);
        assertThat(UsageTypeMatch.of("EUW2-PublicIPv4:InUseAddress")).contains(UsageTypeMatch.PUBLIC_IPV4_IN_USE);
        assertThat(UsageTypeMatch.of("EUW2-PublicIPv4:IdleAddress")).isEmpty();
        assertThat(UsageTypeMatch.of("APN1-BoxUsage:t3.micro")).isEmpty();
        assertThat(UsageTypeMatch.of(null)).isEmpty();
    }
}
