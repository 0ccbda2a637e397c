package dev.stepwise.runtime.engine;

import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.executions.ExecutionRecord;
import dev.stepwise.runtime.mapruns.MapRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Map Runs one execution started, in start order (ListMapRuns), kept across its redrives: a redrive that runs
 * a Distributed Map again runs the same Map Run again, as AWS redrives it.
 */
public final class MapRuns {

    /**
     * Replaced, never changed, so readers need no lock; empty and shared until a Distributed Map starts, since every
     * execution has a MapRuns and most never start one (a list of its own cost each short execution an allocation).
     */
    private volatile List<MapRunTracker> runs = List.of();

    /** A new Map Run, or the one of that ARN again when a redrive runs it once more. */
    synchronized MapRunTracker start(String arn, String executionArn, String stateMachineArn, Clock clock,
            int maxConcurrency, FailureThreshold threshold) {
        for (MapRunTracker run : runs) {
            if (run.arn().equals(arn)) {
                run.redriven();
                return run;
            }
        }
        MapRunTracker run = new MapRunTracker(arn, executionArn, stateMachineArn, clock, maxConcurrency, threshold);
        List<MapRunTracker> more = new ArrayList<>(runs);
        more.add(run);
        runs = List.copyOf(more);
        return run;
    }

    public List<MapRun> all() {
        return List.copyOf(runs);
    }

    /**
     * A child workflow execution of one of these Map Runs, by its execution ARN (DescribeExecution,
     * GetExecutionHistory).
     *
     * @param parentRefusal why RedriveExecution would refuse the execution that started the runs, or {@code null}
     */
    public Optional<ExecutionRecord> child(String executionArn, String parentRefusal) {
        for (MapRunTracker run : runs) {
            ChildExecutionRecord found = run.child(executionArn, parentRefusal);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    public Optional<MapRun> find(String arn) {
        return runs.stream().filter(run -> run.arn().equals(arn)).<MapRun>map(run -> run).findFirst();
    }
}
