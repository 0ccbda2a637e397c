package dev.stepwise.runtime.engine;

import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.clock.Clock;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntUnaryOperator;

/**
 * A Map Run as its Distributed Map runs it: its settings (which UpdateMapRun changes), its status and dates, and the
 * state of each child workflow execution: its status and dates as a few numbers, and what DescribeExecution and
 * GetExecutionHistory read of it in a {@link ChildRun}. Its name and ARN are derived from the run's ARN and its
 * index, so they repeat under a virtual clock.
 */
final class MapRunTracker implements MapRun {

    /** A child's state: {@link #NOT_STARTED}, else the {@link ExecutionStatus} ordinal plus one. */
    private static final byte NOT_STARTED = 0;

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

    private byte[] states = new byte[0];
    /** Epoch nanoseconds; 0 before the child starts or stops. */
    private long[] starts = new long[0];
    private long[] stops = new long[0];
    /** Items per child; {@code null} when each has one (no ItemBatcher). */
    private int[] items;
    /** How often each child was redriven; {@code null} until one is. */
    private int[] redrives;
    private long[] redriveDates;
    /** What each started child keeps for DescribeExecution and GetExecutionHistory. */
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
        if (states.length == count) {
            return;
        }
        states = new byte[count];
        runs = new ChildRun[count];
        indexByName = null;
        starts = new long[count];
        stops = new long[count];
        items = null;
        redrives = null;
        redriveDates = null;
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

    synchronized void childStarted(int i, ChildRun run) {
        runs[i] = run;
        long now = nanos(clock.now());
        if (states[i] == NOT_STARTED) {
            starts[i] = now;
        } else { // run before and did not succeed: a redrive runs it again under its own ARN
            if (redrives == null) {
                redrives = new int[states.length];
                redriveDates = new long[states.length];
            }
            redrives[i]++;
            redriveDates[i] = now;
        }
        states[i] = state(ExecutionStatus.RUNNING);
        stops[i] = 0;
    }

    synchronized void childEnded(int i, ExecutionStatus end) {
        states[i] = state(end);
        stops[i] = nanos(clock.now());
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

    /** Items ({@code byItem}) or child executions per state. */
    private MapRunCounts counts(boolean byItem) {
        long[] perState = new long[ExecutionStatus.values().length + 1];
        long total = 0;
        for (int i = 0; i < states.length; i++) {
            long weight = byItem && items != null ? items[i] : 1;
            perState[states[i]] += weight;
            total += weight;
        }
        long succeeded = perState[state(ExecutionStatus.SUCCEEDED)];
        // resultsWritten counts the succeeded ones: AWS reported 2 of 2 succeeded items without a ResultWriter
        // (LocalStack's AWS-validated test_list_map_runs_and_describe_map_run snapshot)
        return new MapRunCounts(perState[NOT_STARTED], perState[state(ExecutionStatus.RUNNING)], succeeded,
                perState[state(ExecutionStatus.FAILED)], perState[state(ExecutionStatus.TIMED_OUT)],
                perState[state(ExecutionStatus.ABORTED)], total, succeeded);
    }

    @Override
    public synchronized List<ChildExecution> childExecutions() {
        List<ChildExecution> children = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            if (states[i] != NOT_STARTED) {
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
            for (int i = 0; i < states.length; i++) {
                indexByName.put(childName(i), i);
            }
        }
        Integer i = indexByName.get(executionArn.substring(arnPrefix.length()));
        return i == null || runs[i] == null ? null : new ChildExecutionRecord(listed(i), arn, runs[i], parentRefusal);
    }

    /** Child {@code i} as ListExecutions lists it. */
    private ChildExecution listed(int i) {
        String name = childName(i);
        ExecutionStatus childStatus = ExecutionStatus.values()[states[i] - 1];
        return new ChildExecution(childArnPrefix() + name, name, stateMachineArn, childStatus, instant(starts[i]),
                childStatus.isFinished() ? instant(stops[i]) : null, items == null ? 1 : items[i],
                redrives == null ? 0 : redrives[i], redrives == null || redrives[i] == 0 ? null
                        : instant(redriveDates[i]));
    }

    /** A child's name, derived from the run's ARN and its index so that it repeats under a virtual clock. */
    private String childName(int i) {
        return UUID.nameUUIDFromBytes((arn + "/" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code arn:...:execution:<machine>/<label>:}, the start of every child's execution ARN. */
    private String childArnPrefix() {
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":";
    }

    private static byte state(ExecutionStatus status) {
        return (byte) (status.ordinal() + 1);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
