package dev.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recording tool's treatment of Parallel events, checked on history shapes taken from the corpus: our full
 * history on one side, what the recording kept on the other.
 */
class ParallelEventSortingTest {

    /** scenarios__test_parallel_state_order's shape: two branches, one Pass each. */
    private static final List<String> OURS = List.of("ExecutionStarted", "ParallelStateEntered",
            "ParallelStateStarted", "PassStateEntered", "PassStateExited", "PassStateEntered", "PassStateExited",
            "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded");

    @Test
    void aSucceededParallelLosesItsSucceededEventAndItsBranchEventsAreBlanked() {
        List<ParallelEventSorting.Event> normalized = ParallelEventSorting.apply(OURS);

        assertThat(normalized).extracting(ParallelEventSorting.Event::type).containsExactly("ExecutionStarted",
                "ParallelStateEntered", "ParallelStateStarted", "PassStateEntered", "PassStateExited",
                "PassStateEntered", "PassStateExited", "ParallelStateExited", "ExecutionSucceeded");
        assertThat(normalized).extracting(ParallelEventSorting.Event::blanked)
                .containsExactly(false, false, false, true, true, true, true, false, false);
    }

    @Test
    void blankedEventsCompareInAnyOrderAndTheOthersInOrder() {
        List<String> recorded = List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
                "PassStateEntered", "PassStateEntered", "PassStateExited", "PassStateExited", "ParallelStateExited",
                "ExecutionSucceeded");

        assertThat(ParallelEventSorting.matches(recorded, OURS)).isTrue();
        List<String> exitedBeforeStarted = List.of("ExecutionStarted", "ParallelStateEntered",
                "PassStateEntered", "PassStateEntered", "PassStateExited", "PassStateExited", "ParallelStateStarted",
                "ParallelStateExited", "ExecutionSucceeded");
        assertThat(ParallelEventSorting.matches(exitedBeforeStarted, OURS)).isFalse();
        List<String> oneBranchEventMissing = List.of("ExecutionStarted", "ParallelStateEntered",
                "ParallelStateStarted", "PassStateEntered", "PassStateEntered", "PassStateExited",
                "ParallelStateExited", "ExecutionSucceeded");
        assertThat(ParallelEventSorting.matches(oneBranchEventMissing, OURS)).isFalse();
    }

    /** scenarios__test_parallel_state_nested: the tool does not handle nesting, and drops three end events. */
    @Test
    void nestedParallelStatesLoseTheirInnerEndEvents() {
        List<String> ours = List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
                "ParallelStateEntered", "ParallelStateStarted", "PassStateEntered", "PassStateExited",
                "ParallelStateSucceeded", "ParallelStateExited", "ParallelStateSucceeded", "ParallelStateExited",
                "ExecutionSucceeded");
        List<String> recorded = List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
                "ParallelStateEntered", "ParallelStateStarted", "PassStateEntered", "PassStateExited",
                "ParallelStateExited", "ExecutionSucceeded");

        assertThat(ParallelEventSorting.apply(ours)).extracting(ParallelEventSorting.Event::type)
                .containsExactlyElementsOf(recorded);
        assertThat(ParallelEventSorting.matches(recorded, ours)).isTrue();
    }

    /**
     * states_variables__test_parallel_catch_error__PARALLEL_CATCH_ERROR_OUTPUT_WITH_RETRY: the retry's
     * ParallelStateStarted restarts the window, so the first attempt's events stay in AWS's order, and the
     * ParallelStateFailed before ParallelStateExited is dropped.
     */
    @Test
    void aRetriedAndCaughtParallelLosesItsFailedEvent() {
        List<String> attempt = List.of("TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskFailed",
                "TaskStateAborted");
        List<String> ours = concat(List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted"),
                attempt, List.of("ParallelStateStarted"), attempt, List.of("ParallelStateFailed",
                        "ParallelStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"));
        List<String> recorded = concat(List.of("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted"),
                attempt, List.of("ParallelStateStarted", "TaskStateEntered", "TaskFailed", "TaskScheduled",
                        "TaskStarted", "TaskStateAborted", "ParallelStateExited", "PassStateEntered",
                        "PassStateExited", "ExecutionSucceeded"));

        assertThat(ParallelEventSorting.matches(recorded, ours)).isTrue();
        List<String> withoutRetry = concat(List.of("ExecutionStarted", "ParallelStateEntered",
                "ParallelStateStarted"), attempt, List.of("ParallelStateFailed", "ParallelStateExited",
                "PassStateEntered", "PassStateExited", "ExecutionSucceeded"));
        assertThat(ParallelEventSorting.matches(recorded, withoutRetry)).isFalse();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
