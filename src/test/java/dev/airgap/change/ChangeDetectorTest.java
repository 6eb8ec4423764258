package dev.airgap.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airgap.Check;
import dev.airgap.path.Access;
import dev.airgap.path.Egress;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeDetectorTest {

    @Test
    void theSameBuildIsNoNetworkChange() throws Exception {
        Changes changes = Changes.between(Builds.snapshot("base"), Builds.snapshot("base"));
        assertTrue(changes.none(), changes.lines().toString());
        assertEquals(List.of("airgap: against baseline base: no network change"), changes.lines());
    }

    @Test
    void aRenamedBucketIsNoNetworkChange() throws Exception {
        Changes changes = Changes.between(Builds.snapshot("base"), Builds.snapshot("renamed-bucket"));
        assertTrue(changes.none(), changes.lines().toString());
    }

    @Test
    void anInternetGatewayRouteOnTheIsolatedTableIsARegressionWithItsNewViolation() throws Exception {
        Check now = Builds.check("igw");
        Changes changes = Changes.between(Builds.snapshot("base"),
                SnapshotReader.read(Builds.json(now), "current"));
        List<Change> regressions = changes.regressions();
        Change.Internet opened = (Change.Internet) regressions.get(0);
        assertEquals(Egress.NONE, opened.was());
        assertEquals(Egress.INTERNET_GATEWAY, opened.now());
        assertEquals("Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnet) in us-west-1: internet egress opened: "
                + "NONE → INTERNET_GATEWAY", opened.message());
        assertTrue(regressions.stream().anyMatch(c -> c instanceof Change.Violation v && v.added()
                && v.violation().requirement().equals("isolated")), regressions.toString());
        // The baseline already broke noInternet by its public-IP setting; through the new route it breaks it anew.
        List<dev.airgap.require.Violation> fresh = changes.newOf(now.evaluation().violations());
        assertEquals(1, fresh.size());
        assertEquals("InternetGateway", fresh.get(0).component().logicalId());
        assertTrue(changes.isNew(fresh.get(0)));
    }

    @Test
    void theReverseChangeIsAnImprovementAndResolvesTheViolation() throws Exception {
        Changes changes = Changes.between(Builds.snapshot("igw"), Builds.snapshot("base"));
        // What the route hid shows again: the public-IP setting breaks noInternet on its own, a violation of its own.
        assertEquals(1, changes.regressions().size(), changes.regressions().toString());
        assertTrue(changes.regressions().get(0) instanceof Change.Violation v && v.added()
                && v.violation().component().equals("IsolatedSubnet"));
        assertTrue(changes.improvements().get(0) instanceof Change.Internet i && i.what().equals(
                "internet egress closed"), changes.improvements().toString());
        assertTrue(changes.improvements().stream().anyMatch(c -> c instanceof Change.Violation v && !v.added()));
    }

    @Test
    void aSubnetWhoseLogicalIdChangedButNotItsConstructPathIsTheSameSubnet() throws Exception {
        Changes changes = Changes.between(Builds.snapshot("base"), Builds.snapshot("renamed-subnet"));
        assertEquals(1, changes.changes().size(), changes.lines().toString());
        Change.Renamed renamed = (Change.Renamed) changes.others().get(0);
        assertEquals("IsolatedSubnet", renamed.was().logicalId());
        assertEquals("IsolatedSubnetB2C4D6E8", renamed.now().logicalId());
        assertEquals("Network/Vpc/IsolatedSubnet1/Subnet (IsolatedSubnetB2C4D6E8) in us-west-1: logical ID changed, "
                + "construct path Network/Vpc/IsolatedSubnet1/Subnet did not: compared as the same subnet: "
                + "IsolatedSubnet → IsolatedSubnetB2C4D6E8", renamed.message());
    }

    @Test
    void aViolationIsTheSameAcrossARenameOfItsSubnetButNotAcrossAnotherOffender() {
        ViolationState a = new ViolationState("isolated", "noInternet", "N/V/S (A)", "N", "us-west-1", "A",
                "N/V/S", null, null, "Igw", false, "m");
        ViolationState b = new ViolationState("isolated", "noInternet", "N/V/S (B)", "N", "us-west-1", "B",
                "N/V/S", null, null, "Igw", false, "other message");
        assertEquals(a.key(), b.key());
        ViolationState selfA = new ViolationState("isolated", "noInternet", "N/V/S (A)", "N", "us-west-1", "A",
                "N/V/S", null, null, "A", false, "m");
        ViolationState selfB = new ViolationState("isolated", "noInternet", "N/V/S (B)", "N", "us-west-1", "B",
                "N/V/S", null, null, "B", false, "m");
        assertEquals(selfA.key(), selfB.key());
        assertNotEquals(a.key(), selfA.key());
        ViolationState undecided = new ViolationState("isolated", "noInternet", "N/V/S (A)", "N", "us-west-1", "A",
                "N/V/S", null, null, "Igw", true, "m");
        assertNotEquals(a.key(), undecided.key());
    }

    // ---- classification, on snapshots built by hand ----------------------------------------------------------

    private static final SubnetRef SUBNET = new SubnetRef("Net", "Private1", "Net/Vpc/Private1/Subnet", "us-west-1");

    private static Snapshot one(Egress egress, ServiceState s3, BigDecimal cost) {
        return new Snapshot("x", List.of("s3"), List.of(new SubnetState(SUBNET, egress, Map.of("s3", s3))),
                List.of(), List.of(), List.of(), new CostState("USD", Map.of("us-west-1", cost)));
    }

    private static ServiceState s3(Access access, boolean priv, String endpoint, String scope, String... buckets) {
        return new ServiceState(access, priv, endpoint, scope, List.of(buckets));
    }

    @Test
    void droppingTheGatewayEndpointOfAPrivateSubnetIsARegression() {
        Changes changes = Changes.between(
                one(Egress.NAT_GATEWAY, s3(Access.GATEWAY_ENDPOINT, true, "S3Ep", "ALL"), BigDecimal.ZERO),
                one(Egress.NAT_GATEWAY, s3(Access.NAT_GATEWAY, false, null, "ALL"), BigDecimal.ZERO));
        assertEquals(1, changes.changes().size(), changes.lines().toString());
        Change c = changes.regressions().get(0);
        assertEquals("Net/Vpc/Private1/Subnet (Private1) in us-west-1: s3 access no longer private: "
                + "GATEWAY_ENDPOINT via S3Ep (private) → NAT_GATEWAY (not private)", c.message());
    }

    @Test
    void unknownIsARegressionWhenNewAndAnImprovementWhenResolvedPrivately() {
        ServiceState known = s3(Access.INTERFACE_ENDPOINT, true, "Ep", "RESTRICTED", "a");
        ServiceState unknown = s3(Access.UNKNOWN, false, null, "UNKNOWN");
        assertEquals(Effect.REGRESSION, new Change.ServiceAccess(SUBNET, "s3", known, unknown).effect());
        assertEquals(Effect.IMPROVEMENT, new Change.ServiceAccess(SUBNET, "s3", unknown, known).effect());
        // Resolved into a path over the internet: now known to be open, which is worse than "maybe".
        assertEquals(Effect.REGRESSION, new Change.ServiceAccess(SUBNET, "s3", unknown,
                s3(Access.NAT_GATEWAY, false, null, "ALL")).effect());
        assertEquals(Effect.REGRESSION, new Change.Internet(SUBNET, Egress.NONE, Egress.UNKNOWN).effect());
        assertEquals(Effect.IMPROVEMENT, new Change.Internet(SUBNET, Egress.UNKNOWN, Egress.NONE).effect());
        assertEquals(Effect.OTHER, new Change.Internet(SUBNET, Egress.NAT_GATEWAY, Egress.INTERNET_GATEWAY).effect());
    }

    @Test
    void bucketScopeWidensWhenABucketIsAddedAndNarrowsWhenOnlyRemoved() {
        Changes widened = Changes.between(
                one(Egress.NONE, s3(Access.GATEWAY_ENDPOINT, true, "Ep", "RESTRICTED", "a"), BigDecimal.ZERO),
                one(Egress.NONE, s3(Access.GATEWAY_ENDPOINT, true, "Ep", "RESTRICTED", "a", "b"), BigDecimal.ZERO));
        Change w = widened.regressions().get(0);
        assertEquals("Net/Vpc/Private1/Subnet (Private1) in us-west-1: s3 bucket scope widened: RESTRICTED to a → "
                + "RESTRICTED to a, b", w.message());
        Changes narrowed = Changes.between(
                one(Egress.NONE, s3(Access.GATEWAY_ENDPOINT, true, "Ep", "ALL"), BigDecimal.ZERO),
                one(Egress.NONE, s3(Access.GATEWAY_ENDPOINT, true, "Ep", "RESTRICTED", "a"), BigDecimal.ZERO));
        assertEquals("s3 bucket scope narrowed", narrowed.improvements().get(0).what());
    }

    @Test
    void costPerRegionBeforeAndAfter() {
        Changes up = Changes.between(
                one(Egress.NONE, s3(Access.GATEWAY_ENDPOINT, true, "Ep", "ALL"), new BigDecimal("0")),
                one(Egress.NONE, s3(Access.GATEWAY_ENDPOINT, true, "Ep", "ALL"), new BigDecimal("91.254")));
        assertEquals("us-west-1: monthly cost up 91.25 USD: 0.00 USD → 91.25 USD", up.regressions().get(0).message());
        // Below the currency's minor unit nothing any report shows moved.
        Changes same = Changes.between(
                one(Egress.NONE, s3(Access.GATEWAY_ENDPOINT, true, "Ep", "ALL"), new BigDecimal("1.001")),
                one(Egress.NONE, s3(Access.GATEWAY_ENDPOINT, true, "Ep", "ALL"), new BigDecimal("1.002")));
        assertTrue(same.none());
    }

    @Test
    void servicesOnlyOneSideAnalysedAreSaidNotCompared() {
        Snapshot was = one(Egress.NONE, s3(Access.GATEWAY_ENDPOINT, true, "Ep", "ALL"), BigDecimal.ZERO);
        Snapshot now = new Snapshot("y", List.of("s3", "dynamodb"), was.subnets(), List.of(), List.of(), List.of(),
                was.costs());
        Changes changes = Changes.between(was, now);
        assertEquals(1, changes.changes().size());
        assertEquals("services: the baseline analysed s3, this build s3, dynamodb; only s3 are compared",
                changes.others().get(0).message());
        assertFalse(changes.none());
    }
}
