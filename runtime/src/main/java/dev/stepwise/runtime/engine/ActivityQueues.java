package dev.stepwise.runtime.engine;

import dev.stepwise.runtime.activities.Activity;
import dev.stepwise.runtime.activities.ActivityTask;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.executions.ApiRefusedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * A runtime's activities (CreateActivity, DescribeActivity, DeleteActivity, ListActivities) and the queue of
 * scheduled tasks of each, which workers take with GetActivityTask.
 */
public final class ActivityQueues {

    public static final String ACTIVITY_DOES_NOT_EXIST = "ActivityDoesNotExist";
    public static final String INVALID_NAME = "InvalidName";
    public static final String INVALID_ARN = "InvalidArn";

    /**
     * AWS's name rule for activities, as for state machines: no blanks, brackets, wildcards or control characters.
     * Compiled when an activity is first named, not with every runtime: a fresh JVM's first regex costs milliseconds.
     */
    private static final class BadNameCharacter {
        static final Pattern PATTERN = Pattern.compile("[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1f\\x7f-\\x9f]");
    }

    private final String arnPrefix;
    private final Clock clock;
    private final Map<String, Activity> byArn = new ConcurrentHashMap<>();
    private final Map<String, Queue<PendingTask>> queues = new ConcurrentHashMap<>();

    /** @param arnPrefix {@code arn:aws:states:<region>:<account>:activity:} */
    public ActivityQueues(String arnPrefix, Clock clock) {
        this.arnPrefix = arnPrefix;
        this.clock = clock;
    }

    /** CreateActivity: idempotent for the same name, as on AWS. */
    public Activity create(String name) {
        if (name == null || name.isEmpty() || name.length() > 80 || BadNameCharacter.PATTERN.matcher(name).find()) {
            throw new ApiRefusedException(INVALID_NAME, "Invalid Name: '" + name + "'");
        }
        return byArn.computeIfAbsent(arnPrefix + name, arn -> new Activity(name, arn, clock.now()));
    }

    /** DescribeActivity. */
    public Activity describe(String arn) {
        Activity activity = arn == null ? null : byArn.get(arn);
        if (activity == null) {
            throw new ApiRefusedException(ACTIVITY_DOES_NOT_EXIST, "Activity Does Not Exist: '" + arn + "'");
        }
        return activity;
    }

    /** DeleteActivity: later Task states naming it fail; tasks already scheduled stay answerable. */
    public void delete(String arn) {
        if (arn == null || !arn.startsWith(arnPrefix)) {
            throw new ApiRefusedException(INVALID_ARN, "Invalid Arn: '" + arn + "'");
        }
        byArn.remove(arn);
    }

    /** ListActivities, oldest first. */
    public List<Activity> list() {
        List<Activity> all = new ArrayList<>(byArn.values());
        all.sort(Comparator.comparing(Activity::creationDate).thenComparing(Activity::name));
        return all;
    }

    boolean exists(String arn) {
        return byArn.containsKey(arn);
    }

    void schedule(String arn, PendingTask task) {
        Queue<PendingTask> queue = queues.computeIfAbsent(arn, key -> new ConcurrentLinkedQueue<>());
        queue.add(task);
        synchronized (queue) {
            queue.notifyAll();
        }
        if (clock instanceof VirtualClock virtual) {
            virtual.changed();
        }
    }

    void unschedule(String arn, PendingTask task) {
        Queue<PendingTask> queue = queues.get(arn);
        if (queue != null) {
            queue.remove(task);
        }
    }

    /**
     * GetActivityTask: the oldest task scheduled for the activity, taken for {@code workerName}, or empty when none
     * comes within {@code longPoll} (virtual time under a virtual clock, which this wait lets pass).
     */
    public Optional<ActivityTask> take(String arn, String workerName, Duration longPoll) {
        describe(arn);
        Queue<PendingTask> queue = queues.computeIfAbsent(arn, key -> new ConcurrentLinkedQueue<>());
        if (clock instanceof VirtualClock virtual) {
            VirtualClock.Alarm end = virtual.alarm(virtual.now().plus(longPoll));
            try {
                while (true) {
                    Optional<ActivityTask> task = poll(queue, workerName);
                    if (task.isPresent()) {
                        return task;
                    }
                    if (!virtual.drive(() -> (!queue.isEmpty() && virtual.settled()) || end.hasRung(), null)
                            || queue.isEmpty()) {
                        return Optional.empty();
                    }
                }
            } finally {
                end.wake(); // a poll that ended early leaves no deadline behind to move time to
            }
        }
        long deadline = System.nanoTime() + longPoll.toNanos();
        while (true) {
            Optional<ActivityTask> task = poll(queue, workerName);
            long left = deadline - System.nanoTime();
            if (task.isPresent() || left <= 0) {
                return task;
            }
            synchronized (queue) {
                if (!queue.isEmpty()) {
                    continue;
                }
                try {
                    queue.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    private static Optional<ActivityTask> poll(Queue<PendingTask> queue, String workerName) {
        PendingTask next;
        while ((next = queue.poll()) != null) {
            if (next.take(workerName)) {
                return Optional.of(new ActivityTask(next.token(), next.input()));
            }
        }
        return Optional.empty();
    }
}
