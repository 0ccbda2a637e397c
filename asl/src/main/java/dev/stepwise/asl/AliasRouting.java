package dev.stepwise.asl;

/**
 * What an alias's RoutingConfiguration may hold, as AWS's API and CloudFormation's schema bound it: one or two
 * versions, each named once, with whole-number weights from 0 to 100 that add up to 100. The runtime's aliases and
 * the processor's deployment checks both keep to these.
 */
public final class AliasRouting {

    /** At most this many versions share an alias's executions. */
    public static final int MAX_ROUTES = 2;
    /** The weights of an alias's routes add up to this (percentages). */
    public static final int TOTAL_WEIGHT = 100;

    private AliasRouting() {
    }

    /** Whether {@code weight} is a percentage one route may have. */
    public static boolean isValidWeight(int weight) {
        return weight >= 0 && weight <= TOTAL_WEIGHT;
    }
}
