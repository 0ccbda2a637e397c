package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.history.History;
import dev.stepwise.runtime.mapruns.ChildExecution;
import dev.stepwise.runtime.mapruns.MapRun;
import dev.stepwise.runtime.mapruns.MapRunCompletedException;
import dev.stepwise.runtime.mapruns.MapRunCounts;
import dev.stepwise.runtime.mapruns.MapRunDescription;
import dev.stepwise.runtime.mapruns.MapRunStatus;
import dev.stepwise.runtime.mapruns.MapRunUpdate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntUnaryOperator;

/**
 * A Map Run as its Distributed Map runs it: its settings (which UpdateMapRun changes), its status and dates, and each
 * child workflow execution's latest {@link ChildRun}. A child's name and ARN are derived from the run's ARN and its
 * index, so they repeat under a virtual clock.
 */
final class MapRunTracker implements MapRun {

    private final String arn;
    private final String executionArn;
    private final String stateMachineArn;
    private final Clock clock;
    private final Instant startDate;
    private MapRunStatus status = MapRunStatus.RUNNING;
    private Instant stopDate;
    private int redriveCount;
    private Instant redriveDate;
    private int maxConcurrency;
    /** {@code null}: not set. */
    private Long toleratedFailureCount;
    private Double toleratedFailurePercentage;

    /** Items per child; {@code null} when each has one (no ItemBatcher). */
    private int[] items;
    /** Each child's latest run; {@code null} until it starts. */
    private ChildRun[] runs = new ChildRun[0];
    /** Child index by execution name, built at the first lookup by ARN. */
    private Map<String, Integer> indexByName;

    MapRunTracker(String arn, String executionArn, String stateMachineArn, Clock clock, int maxConcurrency,
            FailureThreshold threshold) {
        this.arn = arn;
        this.executionArn = executionArn;
        this.stateMachineArn = stateMachineArn;
        this.clock = clock;
        this.startDate = clock.now();
        this.maxConcurrency = maxConcurrency;
        this.toleratedFailureCount = threshold == null ? null : threshold.count();
        this.toleratedFailurePercentage = threshold == null ? null : threshold.percentage();
    }

    @Override
    public String arn() {
        return arn;
    }

    @Override
    public String executionArn() {
        return executionArn;
    }

    @Override
    public String stateMachineArn() {
        return stateMachineArn;
    }

    /** The execution was redriven and runs this Map Run again: its children that did not succeed run again. */
    synchronized void redriven() {
        redriveCount++;
        redriveDate = clock.now();
        status = MapRunStatus.RUNNING;
        stopDate = null;
    }

    /**
     * The children are known: {@code count} of them, child {@code i} with {@code itemsOf(i)} items. A redrive plans
     * the same children again and keeps what they did.
     */
    synchronized void planned(int count, IntUnaryOperator itemsOf) {
        if (runs.length == count) {
            return;
        }
        runs = new ChildRun[count];
        indexByName = null;
        items = null;
        for (int i = 0; i < count; i++) {
            int size = itemsOf.applyAsInt(i);
            if (size != 1 && items == null) {
                items = new int[count];
                java.util.Arrays.fill(items, 0, i, 1);
            }
            if (items != null) {
                items[i] = size;
            }
        }
    }

    /**
     * Child {@code i} starts on {@code input}, recording into {@code history}: for the first time, or again in a
     * redrive (it ran before and did not succeed), which runs it under its own ARN again.
     *
     * @param express an Express child workflow, which has no history on AWS
     */
    synchronized ChildRun childStarted(int i, JsonNode input, History history, boolean express) {
        Instant now = clock.now();
        ChildRun earlier = runs[i];
        runs[i] = earlier == null ? ChildRun.first(input, history, express, now)
                : earlier.redriven(input, history, now);
        return runs[i];
    }

    synchronized void childEnded(ChildRun child, ExecutionStatus end) {
        child.ended(end, clock.now());
    }

    synchronized void ended(MapRunStatus end) {
        status = end;
        stopDate = clock.now();
    }

    /** The tolerated failures as they stand now (UpdateMapRun may have changed them), or the Map Run's default. */
    synchronized FailureThreshold threshold() {
        return FailureThreshold.ofMapRun(FailureThreshold.of(toleratedFailureCount, toleratedFailurePercentage));
    }

    @Override
    public synchronized void update(MapRunUpdate update) {
        if (status != MapRunStatus.RUNNING) {
            throw new MapRunCompletedException(arn, status);
        }
        if (update.maxConcurrency() != null) {
            maxConcurrency = update.maxConcurrency();
        }
        if (update.toleratedFailureCount() != null) {
            toleratedFailureCount = update.toleratedFailureCount();
        }
        if (update.toleratedFailurePercentage() != null) {
            toleratedFailurePercentage = update.toleratedFailurePercentage();
        }
    }

    @Override
    public synchronized MapRunDescription describe() {
        return new MapRunDescription(arn, executionArn, status, startDate, stopDate, maxConcurrency,
                toleratedFailurePercentage == null ? 0 : toleratedFailurePercentage,
                toleratedFailureCount == null ? 0 : toleratedFailureCount, counts(true), counts(false), redriveCount,
                redriveDate);
    }

    /** Items ({@code byItem}) or child executions per status; not started ones under {@code null}. */
    private MapRunCounts counts(boolean byItem) {
        Map<ExecutionStatus, Long> perStatus = new EnumMap<>(ExecutionStatus.class);
        long pending = 0;
        long total = 0;
        for (int i = 0; i < runs.length; i++) {
            long weight = byItem && items != null ? items[i] : 1;
            if (runs[i] == null) {
                pending += weight;
            } else {
                perStatus.merge(runs[i].status(), weight, Long::sum);
            }
            total += weight;
        }
        long succeeded = perStatus.getOrDefault(ExecutionStatus.SUCCEEDED, 0L);
        // resultsWritten counts the succeeded ones: AWS reported 2 of 2 succeeded items without a ResultWriter
        // (LocalStack's AWS-validated test_list_map_runs_and_describe_map_run snapshot)
        return new MapRunCounts(pending, perStatus.getOrDefault(ExecutionStatus.RUNNING, 0L), succeeded,
                perStatus.getOrDefault(ExecutionStatus.FAILED, 0L),
                perStatus.getOrDefault(ExecutionStatus.TIMED_OUT, 0L),
                perStatus.getOrDefault(ExecutionStatus.ABORTED, 0L), total, succeeded);
    }

    @Override
    public synchronized List<ChildExecution> childExecutions() {
        List<ChildExecution> children = new ArrayList<>();
        for (int i = 0; i < runs.length; i++) {
            if (runs[i] != null) {
                children.add(listed(i));
            }
        }
        // newest first, as ListExecutions lists; children that started together keep their item order
        Collections.reverse(children);
        children.sort((a, b) -> b.startDate().compareTo(a.startDate()));
        return children;
    }

    /**
     * The started child of that execution ARN, described as of now, or {@code null}.
     *
     * @param parentRefusal why RedriveExecution would refuse the parent execution, or {@code null}
     */
    synchronized ChildExecutionRecord child(String executionArn, String parentRefusal) {
        String arnPrefix = childArnPrefix();
        if (!executionArn.startsWith(arnPrefix)) {
            return null;
        }
        if (indexByName == null) {
            indexByName = new HashMap<>();
            for (int i = 0; i < runs.length; i++) {
                indexByName.put(childName(i), i);
            }
        }
        Integer i = indexByName.get(executionArn.substring(arnPrefix.length()));
        return i == null || runs[i] == null ? null : new ChildExecutionRecord(listed(i), arn, runs[i], parentRefusal);
    }

    /** Started child {@code i} as ListExecutions lists it. */
    private ChildExecution listed(int i) {
        String name = childName(i);
        ChildRun run = runs[i];
        return new ChildExecution(childArnPrefix() + name, name, stateMachineArn, run.status(), run.startDate(),
                run.stopDate(), items == null ? 1 : items[i], run.redriveCount(), run.redriveDate());
    }

    /** A child's name, derived from the run's ARN and its index so that it repeats under a virtual clock. */
    private String childName(int i) {
        return UUID.nameUUIDFromBytes((arn + "/" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code arn:...:execution:<machine>/<label>:}, the start of every child's execution ARN. */
    private String childArnPrefix() {
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":";
    }

}
