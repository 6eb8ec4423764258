package dev.airgap.change;

import dev.airgap.cost.MoneyFormat;
import dev.airgap.path.Access;
import dev.airgap.path.Egress;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * One thing a change does to the network, before → after. Every kind says what it is about ({@link #subject()}),
 * the two states in words, and whether it is a regression; {@link #message()} is the line reports show.
 */
public sealed interface Change {

    /** The JSON name of the kind: {@code internet}, {@code access}, … */
    String kind();

    Effect effect();

    /** What changed: a subnet, a VPC, an endpoint, a region, a violation. */
    String subject();

    /** The state in the baseline, in words, or null when the subject is new. */
    String before();

    /** The state now, in words, or null when the subject is gone. */
    String after();

    /** What the change means in a few words ({@code internet egress opened}). */
    String what();

    /** The line reports show. */
    default String message() {
        String states = before() != null && after() != null ? ": " + before() + " → " + after()
                : after() != null ? ": " + after() : before() != null ? ": was " + before() : "";
        return subject() + ": " + what() + states;
    }

    /** A change to one subnet, named by it. */
    sealed interface OfSubnet extends Change {
        SubnetRef subnet();

        default String subject() {
            return subnet().display();
        }
    }

    /** A subnet's internet egress moved. */
    record Internet(SubnetRef subnet, Egress was, Egress now) implements OfSubnet {
        public String kind() {
            return "internet";
        }

        public Effect effect() {
            if (now == Egress.UNKNOWN || was == Egress.NONE) {
                return Effect.REGRESSION;
            }
            if (now == Egress.NONE) {
                return Effect.IMPROVEMENT;
            }
            // UNKNOWN → a known gateway is now known to be open; gateway → other gateway is neither.
            return was == Egress.UNKNOWN ? Effect.REGRESSION : Effect.OTHER;
        }

        public String before() {
            return was.name();
        }

        public String after() {
            return now.name();
        }

        public String what() {
            if (now == Egress.UNKNOWN) {
                return "internet egress now UNKNOWN";
            }
            if (was == Egress.UNKNOWN) {
                return "internet egress no longer UNKNOWN";
            }
            return was == Egress.NONE ? "internet egress opened" : now == Egress.NONE ? "internet egress closed"
                    : "internet egress through another gateway";
        }
    }

    /** How a subnet reaches a service moved: the access, its privacy or the endpoint used. */
    record ServiceAccess(SubnetRef subnet, String service, ServiceState was, ServiceState now) implements OfSubnet {
        public String kind() {
            return "access";
        }

        public Effect effect() {
            if (now.access() == Access.UNKNOWN) {
                return Effect.REGRESSION;
            }
            if (was.access() == Access.UNKNOWN) {
                // Resolved: good when it is private or no path, bad when it is now known to cross the internet.
                return now.overInternet() ? Effect.REGRESSION : Effect.IMPROVEMENT;
            }
            if (was.privatePath() != now.privatePath()) {
                return now.privatePath() ? Effect.IMPROVEMENT : Effect.REGRESSION;
            }
            if (was.access() == Access.NONE && now.overInternet()) {
                return Effect.REGRESSION;
            }
            if (was.overInternet() && now.access() == Access.NONE) {
                return Effect.IMPROVEMENT;
            }
            return Effect.OTHER;
        }

        public String before() {
            return was.describe();
        }

        public String after() {
            return now.describe();
        }

        public String what() {
            if (now.access() == Access.UNKNOWN) {
                return service + " access now UNKNOWN";
            }
            if (was.access() == Access.UNKNOWN) {
                return service + " access no longer UNKNOWN";
            }
            if (was.privatePath() && !now.privatePath()) {
                return service + " access no longer private";
            }
            if (!was.privatePath() && now.privatePath()) {
                return service + " access now private";
            }
            if (was.access() == Access.NONE && now.overInternet()) {
                return service + " now reached over the internet";
            }
            if (was.overInternet() && now.access() == Access.NONE) {
                return service + " no longer reached over the internet";
            }
            return service + " access changed";
        }
    }

    /** The buckets (or DynamoDB tables) a subnet may reach widened or narrowed. */
    record BucketScope(SubnetRef subnet, String service, ServiceState was, ServiceState now) implements OfSubnet {
        public String kind() {
            return "bucketScope";
        }

        public Effect effect() {
            if ("UNKNOWN".equals(now.scope())) {
                return Effect.REGRESSION;
            }
            if ("UNKNOWN".equals(was.scope())) {
                return Effect.IMPROVEMENT;
            }
            int a = rank(was.scope());
            int b = rank(now.scope());
            if (a != b) {
                return b > a ? Effect.REGRESSION : Effect.IMPROVEMENT;
            }
            // Both restricted: any bucket newly reachable widens the scope, whatever else was dropped.
            return added().isEmpty() ? Effect.IMPROVEMENT : Effect.REGRESSION;
        }

        public String before() {
            return describe(was);
        }

        public String after() {
            return describe(now);
        }

        public String what() {
            String noun = "dynamodb".equals(service) ? "table" : "bucket";
            return service + " " + noun + " scope " + switch (effect()) {
                case REGRESSION -> "widened";
                case IMPROVEMENT -> "narrowed";
                case OTHER -> "changed";
            };
        }

        private List<String> added() {
            TreeSet<String> out = new TreeSet<>(now.allowed());
            out.removeAll(was.allowed());
            return List.copyOf(out);
        }

        private static String describe(ServiceState s) {
            return "RESTRICTED".equals(s.scope()) ? "RESTRICTED to " + String.join(", ", s.allowed()) : s.scope();
        }

        private static int rank(String scope) {
            return switch (scope == null ? "NONE" : scope) {
                case "ALL" -> 2;
                case "RESTRICTED" -> 1;
                default -> 0;
            };
        }
    }

    /**
     * A subnet only one build has. A new subnet with internet egress, or whose egress is unknown, opens a path; any
     * other new or gone subnet is a fact to see.
     */
    record Subnet(SubnetRef subnet, SubnetState was, SubnetState now) implements OfSubnet {
        public String kind() {
            return "subnet";
        }

        public Effect effect() {
            return now != null && now.internet() != Egress.NONE ? Effect.REGRESSION : Effect.OTHER;
        }

        public String before() {
            return was == null ? null : "internet egress " + was.internet().name();
        }

        public String after() {
            return now == null ? null : "internet egress " + now.internet().name();
        }

        public String what() {
            return now == null ? "subnet removed" : "new subnet";
        }
    }

    /** A subnet whose logical ID changed while its CDK construct path did not: compared as the same subnet. */
    record Renamed(SubnetRef was, SubnetRef now) implements OfSubnet {
        public String kind() {
            return "identity";
        }

        public Effect effect() {
            return Effect.OTHER;
        }

        public SubnetRef subnet() {
            return now;
        }

        public String before() {
            return was.logicalId();
        }

        public String after() {
            return now.logicalId();
        }

        public String what() {
            return "logical ID changed, construct path " + now.path() + " did not: compared as the same subnet";
        }
    }

    /** How on-premises reaches a service through a VPC moved, or the VPC's connection to on-premises did. */
    record OnPremises(VpcState vpc, String service, Access was, Access now) implements Change {
        public String kind() {
            return "onPremises";
        }

        public Effect effect() {
            if (now == Access.UNKNOWN) {
                return Effect.REGRESSION;
            }
            if (was == Access.UNKNOWN) {
                return Effect.IMPROVEMENT;
            }
            if (was == Access.NONE || now == Access.NONE) {
                return now == Access.NONE ? Effect.REGRESSION : Effect.IMPROVEMENT;
            }
            return Effect.OTHER;
        }

        public String subject() {
            return vpc.display();
        }

        public String before() {
            return was.name();
        }

        public String after() {
            return now.name();
        }

        public String what() {
            return now == Access.NONE ? "on-premises no longer reaches " + service
                    : was == Access.NONE ? "on-premises now reaches " + service
                    : "on-premises access to " + service + " changed";
        }
    }

    /** A VPC endpoint the templates create appeared or went. Its effect on paths shows in the access changes. */
    record Endpoint(EndpointState endpoint, boolean added) implements Change {
        public String kind() {
            return "endpoint";
        }

        public Effect effect() {
            return Effect.OTHER;
        }

        public String subject() {
            return endpoint.display();
        }

        public String before() {
            return null;
        }

        public String after() {
            return null;
        }

        public String what() {
            return added ? "endpoint added" : "endpoint removed";
        }
    }

    /** A violation the baseline did not have (a regression), or one it had that is gone (an improvement). */
    record Violation(ViolationState violation, boolean added) implements Change {
        public String kind() {
            return "violation";
        }

        public Effect effect() {
            return added ? Effect.REGRESSION : Effect.IMPROVEMENT;
        }

        public String subject() {
            return violation.message();
        }

        public String before() {
            return null;
        }

        public String after() {
            return null;
        }

        public String what() {
            return added ? "new violation" : "violation resolved";
        }

        @Override
        public String message() {
            return what() + ": " + violation.message();
        }
    }

    /** A region's monthly cost moved (same currency on both sides). */
    record Cost(String region, String currency, BigDecimal was, BigDecimal now) implements Change {
        public String kind() {
            return "cost";
        }

        public Effect effect() {
            return now.compareTo(was) > 0 ? Effect.REGRESSION : Effect.IMPROVEMENT;
        }

        public String subject() {
            return region;
        }

        public String before() {
            return MoneyFormat.plain(was, currency) + " " + currency;
        }

        public String after() {
            return MoneyFormat.plain(now, currency) + " " + currency;
        }

        public String what() {
            BigDecimal delta = now.subtract(was);
            return "monthly cost " + (delta.signum() > 0 ? "up " : "down ")
                    + MoneyFormat.plain(delta.abs(), currency) + " " + currency;
        }
    }

    /** What the two builds cannot be compared on (other services analysed, another currency). */
    record NotCompared(String subject, String what) implements Change {
        public String kind() {
            return "notCompared";
        }

        public Effect effect() {
            return Effect.OTHER;
        }

        public String before() {
            return null;
        }

        public String after() {
            return null;
        }
    }
}
