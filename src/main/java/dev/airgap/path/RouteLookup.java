package dev.airgap.path;

import dev.airgap.network.Cidrs;
import dev.airgap.network.Known;
import dev.airgap.network.PrefixList;
import dev.airgap.network.PrefixListCatalog;
import dev.airgap.network.RegionNetwork;
import dev.airgap.network.Route;
import dev.airgap.network.RouteDestination;
import dev.airgap.network.RouteTarget;
import dev.airgap.network.Vpc;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Longest-prefix match in one route table. A route either certainly matches the destination (with a rank: its
 * prefix length; a service prefix list ranks above {@code 0.0.0.0/0}), certainly does not, or may match (a public
 * block that may or may not hold the service's addresses, a destination the templates cannot give); a route that may
 * match and could win makes the lookup unknown rather than a guess.
 */
final class RouteLookup {

    /** A service prefix list is more specific than a default route and than any block shorter than /8. */
    private static final int PREFIX_LIST_RANK = 8;

    private final RegionNetwork network;
    private final List<IPAddress> onPremises;

    RouteLookup(RegionNetwork network, List<IPAddress> onPremises) {
        this.network = network;
        this.onPremises = onPremises;
    }

    /** The outcome of a lookup. */
    record Result(Route winner, String unknownReason, List<Code> notes) {
        boolean unknown() {
            return unknownReason != null;
        }
    }

    private enum Fit { NONE, DEFINITE, MAYBE }

    /** @param why for MAYBE, what the templates do not say (null: which addresses the route covers) */
    private record Match(Fit fit, int rank, String why) {
        static final Match NONE = new Match(Fit.NONE, -1);

        Match(Fit fit, int rank) {
            this(fit, rank, null);
        }
    }

    Result lookup(List<Route> routes, Destination d) {
        Route winner = null;
        int best = -1;
        List<Route> maybes = new ArrayList<>();
        List<Code> notes = new ArrayList<>();
        for (Route r : routes) {
            if (r.target() instanceof RouteTarget.VpnPropagation && !(d instanceof Destination.Block)) {
                // Propagated routes carry what on-prem advertises; assumed private, never a public default.
                if (!notes.contains(Code.ASSUMED_PROPAGATED_ROUTES_PRIVATE)) {
                    notes.add(Code.ASSUMED_PROPAGATED_ROUTES_PRIVATE);
                }
                continue;
            }
            Match m = match(r, d);
            if (m.fit() == Fit.DEFINITE) {
                boolean better = m.rank() > best
                        || (m.rank() == best && winner != null && isPropagated(winner) && !isPropagated(r));
                if (better) {
                    winner = r;
                    best = m.rank();
                }
            } else if (m.fit() == Fit.MAYBE) {
                maybes.add(r);
            }
        }
        if (d instanceof Destination.Internet && winner != null) {
            // Some internet address goes where the winner sends it, whatever narrower public routes cover.
            maybes.clear();
        }
        for (Route maybe : maybes) {
            Match m = match(maybe, d);
            boolean couldWin = m.rank() < 0 || m.rank() > best || winner == null;
            if (couldWin && (winner == null || !sameTarget(maybe, winner))) {
                return new Result(winner, "route " + maybe.describe() + " (" + maybe.id().logicalId()
                        + ") may also carry this traffic; " + (m.why() != null ? m.why()
                        : "the templates do not say which addresses it covers"), notes);
            }
        }
        if (!(d instanceof Destination.Block)) {
            for (Route unplaced : network.unplacedRoutes()) {
                Match m = match(unplaced, d);
                if (m.fit() != Fit.NONE && (winner == null || m.rank() < 0 || m.rank() > best)) {
                    notes.add(Code.ASSUMED_UNPLACED_ROUTES_ELSEWHERE);
                    break;
                }
            }
        }
        return new Result(winner, null, notes);
    }

    private static boolean isPropagated(Route r) {
        return r.target() instanceof RouteTarget.VpnPropagation;
    }

    private static boolean sameTarget(Route a, Route b) {
        return a.target().equals(b.target());
    }

    private Match match(Route r, Destination d) {
        RouteDestination dest = r.destination();
        if (dest instanceof RouteDestination.Cidr c) {
            return matchBlock(c.block(), d);
        }
        if (dest instanceof RouteDestination.ServicePrefixList pl) {
            return d instanceof Destination.Service s && s.service().equals(pl.service())
                    ? new Match(Fit.DEFINITE, PREFIX_LIST_RANK) : Match.NONE;
        }
        if (dest instanceof RouteDestination.PrefixList pl) {
            if (pl.list().isKnown()) {
                PrefixList list = network.prefixList(pl.list().get()).orElse(null);
                if (list != null && list.entries().isKnown()) {
                    Match best = Match.NONE;
                    for (IPAddress e : list.entries().get()) {
                        Match m = matchBlock(e, d);
                        if (m.fit() == Fit.DEFINITE && (best.fit() != Fit.DEFINITE || m.rank() > best.rank())) {
                            best = m;
                        } else if (m.fit() == Fit.MAYBE && best.fit() == Fit.NONE) {
                            best = m;
                        }
                    }
                    return best;
                }
            }
            if (pl.literalId() != null && !(pl.list().isKnown() && network.prefixList(pl.list().get()).isPresent())) {
                // An AWS-managed list: exactly its service's public addresses, when the catalog knows the ID here.
                Known<PrefixListCatalog.Entry> managed = PrefixListCatalog.bundled().lookup(network.region(),
                        pl.literalId());
                if (managed.isKnown()) {
                    return d instanceof Destination.Service s && s.service().equals(managed.get().service())
                            ? new Match(Fit.DEFINITE, PREFIX_LIST_RANK) : Match.NONE;
                }
                return new Match(Fit.MAYBE, -1, managed.reason());
            }
            return new Match(Fit.MAYBE, -1);
        }
        if (r.target() instanceof RouteTarget.VpnPropagation && d instanceof Destination.Block b) {
            return matchPropagated(r, b);
        }
        return new Match(Fit.MAYBE, -1);
    }

    private Match matchPropagated(Route r, Destination.Block b) {
        if (!b.block().isKnown()) {
            return new Match(Fit.MAYBE, -1);
        }
        IPAddress block = b.block().get();
        // Propagated routes never override the local route.
        Vpc vpc = network.routeTable(r.routeTable()).flatMap(t -> t.vpc().value()).flatMap(network::vpc).orElse(null);
        if (vpc != null) {
            for (Known<IPAddress> c : vpc.cidrs()) {
                if (c.isKnown() && Cidrs.contains(c.get(), block)) {
                    return Match.NONE;
                }
            }
        }
        for (IPAddress p : onPremises) {
            if (Cidrs.contains(p, block)) {
                return new Match(Fit.DEFINITE, Cidrs.prefixLength(p));
            }
        }
        return onPremises.isEmpty() && Cidrs.isPrivateV4(block) ? new Match(Fit.MAYBE, -1) : Match.NONE;
    }

    private static Match matchBlock(IPAddress routeBlock, Destination d) {
        if (d instanceof Destination.Block b) {
            if (!b.block().isKnown()) {
                return new Match(Fit.MAYBE, -1);
            }
            IPAddress block = b.block().get();
            if (Cidrs.contains(routeBlock, block)) {
                return new Match(Fit.DEFINITE, Cidrs.prefixLength(routeBlock));
            }
            return Cidrs.overlaps(routeBlock, block) ? new Match(Fit.MAYBE, Cidrs.prefixLength(routeBlock))
                    : Match.NONE;
        }
        // Public destinations (a service's addresses, the internet): IPv4 only.
        if (!routeBlock.isIPv4()) {
            return Match.NONE;
        }
        if (Cidrs.prefixLength(routeBlock) == 0) {
            return new Match(Fit.DEFINITE, 0);
        }
        if (Cidrs.isPrivateV4(routeBlock)) {
            return Match.NONE;
        }
        return new Match(Fit.MAYBE, Cidrs.prefixLength(routeBlock));
    }
}
