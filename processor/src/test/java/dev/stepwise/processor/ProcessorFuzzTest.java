package dev.stepwise.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing: thousands of workflows a user could write, most of them wrong, none of which may end in
 * {@code [InternalError]} or an exception, and every clean one of which must generate a definition. Reproduce a run
 * with {@code -Dstepwise.fuzz.seed=...}; {@code -Dstepwise.fuzz.sources=...} sets how many sources it generates.
 */
class ProcessorFuzzTest {

    private static final long SEED = Long.getLong("stepwise.fuzz.seed", 0x5eed_2026L);
    private static final int SOURCES = Integer.getInteger("stepwise.fuzz.sources", 2000);
    /** Sources per javac run: a run's fixed cost is shared, and 40 small classes still compile in about a second. */
    private static final int BATCH = 40;

    /** Computed once: the tests read the same campaign. */
    private static List<FuzzCampaign.Outcome> outcomes;
    private static List<FuzzCampaign.Rejection> rejected;

    /** The campaign, printed with its figures the first time. */
    private static synchronized List<FuzzCampaign.Outcome> outcomes() {
        if (outcomes == null) {
            long start = System.nanoTime();
            outcomes = FuzzCampaign.compile(FuzzCampaign.cases(SEED, SOURCES), BATCH);
            rejected = FuzzCampaign.rejectedByRuntime(outcomes);
            long clean = outcomes.stream().filter(FuzzCampaign.Outcome::clean).count();
            long internal = outcomes.stream().mapToLong(o -> o.internalErrors().size()).sum();
            System.out.printf("fuzz (seed %d): %d sources generated, %d compiled clean, %d with errors, %d internal"
                            + " errors, %d javac runs that threw; %d clean sources whose definition the runtime"
                            + " rejects; in %d s%n", SEED, outcomes.size(), clean, outcomes.size() - clean, internal,
                    outcomes.stream().filter(o -> o.crash() != null).count(), rejected.size(),
                    (System.nanoTime() - start) / 1_000_000_000L);
            rejected.forEach(r -> System.out.println("  rejected, case " + r.c().id() + " " + r.c().mutations()
                    + ": " + r.problems().replace("\n", "\n    ")));
        }
        return outcomes;
    }

    @Test
    void theSeedsAreValidWorkflowsTheRuntimeLoads() {
        List<FuzzCampaign.Case> seeds = new java.util.ArrayList<>();
        for (int i = 0; i < FuzzSeeds.all().size(); i++) {
            seeds.add(FuzzCampaign.of(i, FuzzSeeds.all().get(i).replace("PACKAGE", "seed.s" + i), List.of()));
        }
        List<FuzzCampaign.Outcome> compiled = FuzzCampaign.compile(seeds, seeds.size());

        for (FuzzCampaign.Outcome seed : compiled) {
            assertThat(seed.clean()).as("seed %d: %s %s %s", seed.c().id(), seed.errors(), seed.internalErrors(),
                    seed.crash()).isTrue();
            assertThat(seed.definitions()).as("definitions of seed %d", seed.c().id())
                    .containsOnlyKeys(seed.c().qualifiedName());
        }
        assertThat(FuzzCampaign.rejectedByRuntime(compiled)).isEmpty();
    }

    @Test
    void noSourceEndsInAnInternalErrorOrAnException() {
        List<FuzzCampaign.Outcome> failed = outcomes().stream()
                .filter(o -> !o.internalErrors().isEmpty() || o.crash() != null)
                .toList();

        assertThat(failed).as(() -> describe(failed, o -> o.internalErrors() + " " + o.crash())).isEmpty();
    }

    @Test
    void everyCleanWorkflowGeneratesADefinitionAndCodeThatCompiles() {
        List<FuzzCampaign.Outcome> broken = outcomes().stream().filter(FuzzCampaign.Outcome::generatedBadly).toList();

        assertThat(broken).as(() -> describe(broken, o -> "definitions: " + o.definitions().keySet() + ", "
                + o.generatedCodeErrors())).isEmpty();
        // the mutations must leave both kinds of source, or the campaign proves nothing
        long clean = outcomes().stream().filter(FuzzCampaign.Outcome::clean).count();
        assertThat(clean).isGreaterThan(SOURCES / 10);
        assertThat(outcomes().size() - clean).isGreaterThan(SOURCES / 3);
    }

    @Test
    void everySourceThatCompilesCleanlyLoadsInTheRuntime() {
        outcomes();

        assertThat(rejected).as(() -> rejected.stream().limit(20)
                .map(r -> "case " + r.c().id() + " " + r.c().mutations() + ": " + r.problems())
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String describe(List<FuzzCampaign.Outcome> outcomes,
                                   java.util.function.Function<FuzzCampaign.Outcome, String> detail) {
        return outcomes.size() + " sources failed; the first ones:\n" + outcomes.stream().limit(10)
                .map(o -> "case " + o.c().id() + " " + o.c().mutations() + ": " + detail.apply(o) + "\n"
                        + o.c().source())
                .collect(Collectors.joining("\n"));
    }
}
