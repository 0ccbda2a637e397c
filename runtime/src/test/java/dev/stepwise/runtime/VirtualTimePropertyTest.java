package dev.stepwise.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded property tests of deadlines on the virtual clock: generated timelines (handlers that sleep and
 * beat at chosen instants; callbacks beaten and answered by the test) against generated TimeoutSeconds,
 * HeartbeatSeconds, execution timeouts, Waits and Retry settings. Each run's outcome and event timestamps must equal
 * an independent model of AWS's rules written here: a Task's timeout counts from its scheduling and a heartbeat
 * never moves it; the heartbeat deadline counts from the start or the last beat; the execution's deadline ends
 * everything at exactly its instant; when limits fall on one instant the execution's wins, then the Task's timeout;
 * a retry waits {@code min(interval * rate^(n-1), MaxDelaySeconds)}.
 */
class VirtualTimePropertyTest {

    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";
    private static final String CALLBACK = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
    private static final int CASES = 400;

    /** One attempt's handler script: sleeps (seconds) and heartbeats (-1), then it returns or throws "Boom". */
    private record Attempt(List<Long> steps, boolean fails) {
    }

    private record Retry(List<String> errors, long interval, double rate, int maxAttempts, long maxDelay) {
        double delay(int n) {
            double delay = interval * Math.pow(rate, n - 1);
            return maxDelay > 0 ? Math.min(delay, maxDelay) : delay;
        }
    }

    /** What the model predicts. */
    private record Expected(ExecutionStatus status, String error, long endSecond, List<Long> scheduled,
            List<Long> attemptEnds, List<String> attemptOutcomes) {
    }

    @Test
    void handlersSleepingAndBeatingOnTheClockEndAtTheInstantsAwsWouldGive() {
        Random random = new Random(20261207L);
        for (int c = 0; c < CASES; c++) {
            long seed = random.nextLong();
            runHandlerCase(new Random(seed), "seed " + seed);
        }
    }

    private void runHandlerCase(Random random, String label) {
        long timeout = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(100);
        long heartbeat = random.nextBoolean() ? 0 : 1 + random.nextInt(timeout == 0 ? 60 : (int) timeout);
        if (timeout > 0 && heartbeat >= timeout) {
            heartbeat = 0; // AWS requires HeartbeatSeconds < TimeoutSeconds
        }
        long executionTimeout = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(300);
        long wait = random.nextInt(3) == 0 ? 1 + random.nextInt(50) : 0;
        boolean catches = random.nextBoolean();
        Retry retry = random.nextBoolean() ? null : new Retry(pick(random, List.of("Boom", "States.Timeout",
                "States.HeartbeatTimeout")), 1 + random.nextInt(20), new double[] {1.0, 2.0, 3.0}[random.nextInt(3)],
                1 + random.nextInt(3), random.nextBoolean() ? 0 : 1 + random.nextInt(30));
        List<Attempt> attempts = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            List<Long> steps = new ArrayList<>();
            int count = random.nextInt(5);
            for (int s = 0; s < count; s++) {
                steps.add(random.nextInt(4) == 0 ? -1L : (long) random.nextInt(60));
            }
            attempts.add(new Attempt(steps, random.nextInt(3) == 0));
        }

        Expected expected = modelHandlerRun(timeout, heartbeat, executionTimeout, wait, catches, retry, attempts);

        VirtualClock clock = Clocks.virtual();
        AtomicInteger attempt = new AtomicInteger();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).handler(FN, (input, ctx) -> {
            Attempt script = attempts.get(attempt.getAndIncrement());
            for (long step : script.steps()) {
                if (step < 0) {
                    ctx.heartbeat();
                } else {
                    ctx.clock().sleep(Duration.ofSeconds(step));
                }
            }
            if (script.fails()) {
                throw new StatesError("Boom", "scripted");
            }
            return Json.NODES.textNode("done");
        }).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(definition(FN, timeout, heartbeat, executionTimeout, wait,
                catches, retry)), Json.NODES.objectNode()).await();

        String description = label + ": timeout " + timeout + ", heartbeat " + heartbeat + ", execution "
                + executionTimeout + ", wait " + wait + ", catch " + catches + ", " + retry + ", " + attempts;
        assertThat(execution.status()).as(description).isEqualTo(expected.status());
        assertThat(execution.error()).as(description).isEqualTo(expected.error());
        assertThat(seconds(start, execution.history().get(execution.history().size() - 1).timestamp()))
                .as(description).isEqualTo(expected.endSecond());
        assertThat(times(execution, start, "LambdaFunctionScheduled")).as(description)
                .isEqualTo(expected.scheduled());
        List<Long> ends = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (HistoryEvent event : execution.history()) {
            if (event.type().startsWith("LambdaFunction") && !event.type().endsWith("Scheduled")
                    && !event.type().endsWith("Started")) {
                ends.add(seconds(start, event.timestamp()));
                outcomes.add(event.type().endsWith("TimedOut") ? event.detail("error").asText()
                        : event.type().endsWith("Failed") ? "Boom" : "ok");
            }
        }
        assertThat(outcomes).as(description).isEqualTo(expected.attemptOutcomes());
        assertThat(ends).as(description).isEqualTo(expected.attemptEnds());
    }

    /** The independent model: AWS's rules, walked second by second of the script. */
    private static Expected modelHandlerRun(long timeout, long heartbeat, long executionTimeout, long wait,
            boolean catches, Retry retry, List<Attempt> attempts) {
        long deadline = executionTimeout > 0 ? executionTimeout : StateMachineType.STANDARD_MAX_SECONDS;
        List<Long> scheduled = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        long t = wait;
        if (t >= deadline) {
            return new Expected(ExecutionStatus.TIMED_OUT, "States.Timeout", deadline, scheduled, ends, outcomes);
        }
        int retries = 0;
        for (Attempt attempt : attempts) {
            scheduled.add(t);
            long timeoutAt = t + (timeout > 0 ? timeout : 99_999_999L);
            long lastBeat = t;
            long now = t;
            String outcome = null;
            for (long step : attempt.steps()) {
                if (step < 0) {
                    lastBeat = now;
                    continue;
                }
                if (step == 0) {
                    continue;
                }
                long heartbeatAt = heartbeat > 0 ? lastBeat + heartbeat : Long.MAX_VALUE;
                long limit = Math.min(Math.min(timeoutAt, heartbeatAt), deadline);
                if (now + step >= limit) {
                    now = limit;
                    outcome = limit == deadline ? "execution" : limit == timeoutAt ? "States.Timeout"
                            : MISSED_HEARTBEAT;
                    break;
                }
                now += step;
            }
            if ("execution".equals(outcome)) {
                return new Expected(ExecutionStatus.TIMED_OUT, "States.Timeout", deadline, scheduled, ends,
                        outcomes);
            }
            if (outcome == null) {
                outcome = attempt.fails() ? "Boom" : "ok";
            }
            ends.add(now);
            outcomes.add(errorName(outcome));
            if (outcome.equals("ok")) {
                return new Expected(ExecutionStatus.SUCCEEDED, null, now, scheduled, ends, outcomes);
            }
            boolean retried = retry != null && (retry.errors().contains(errorName(outcome))
                    || outcome.equals(MISSED_HEARTBEAT) && retry.errors().contains("States.HeartbeatTimeout"));
            if (retried && retries < retry.maxAttempts()) {
                retries++;
                long delayNanos = (long) (retry.delay(retries) * 1_000_000_000L);
                long next = now + delayNanos / 1_000_000_000L;
                if (next >= deadline) {
                    return new Expected(ExecutionStatus.TIMED_OUT, "States.Timeout", deadline, scheduled, ends,
                            outcomes);
                }
                t = next;
                continue;
            }
            if (catches) {
                return new Expected(ExecutionStatus.SUCCEEDED, null, now, scheduled, ends, outcomes);
            }
            return new Expected(ExecutionStatus.FAILED, errorName(outcome), now, scheduled, ends, outcomes);
        }
        throw new IllegalStateException("more attempts than scripted");
    }

    /** A missed heartbeat, which only a Retry or Catch naming States.HeartbeatTimeout tells from a timeout. */
    private static final String MISSED_HEARTBEAT = "missed heartbeat";

    /** The error AWS names in the history and the execution's failure: States.Timeout for a missed heartbeat too. */
    private static String errorName(String outcome) {
        return outcome.equals(MISSED_HEARTBEAT) ? "States.Timeout" : outcome;
    }

    @Test
    void callbacksBeatenAndAnsweredByTheTestEndAtTheInstantsAwsWouldGive() {
        Random random = new Random(7L);
        for (int c = 0; c < CASES; c++) {
            long seed = random.nextLong();
            runCallbackCase(new Random(seed), "seed " + seed);
        }
    }

    private void runCallbackCase(Random random, String label) {
        long timeout = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(100);
        long heartbeat = random.nextBoolean() ? 0 : 1 + random.nextInt(timeout == 0 ? 60 : (int) timeout);
        if (timeout > 0 && heartbeat >= timeout) {
            heartbeat = 0;
        }
        long executionTimeout = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(200);
        // the test's actions, at increasing offsets from the hand-out: beats, then maybe an answer
        List<Long> beats = new ArrayList<>();
        long at = 0;
        int count = random.nextInt(5);
        for (int b = 0; b < count; b++) {
            at += random.nextInt(50);
            beats.add(at);
        }
        Long answer = random.nextInt(4) == 0 ? null : at + random.nextInt(80);

        // the model
        long deadline = executionTimeout > 0 ? executionTimeout : StateMachineType.STANDARD_MAX_SECONDS;
        long timeoutAt = timeout > 0 ? timeout : 99_999_999L;
        long lastBeat = 0;
        Long expiredAt = null;
        String expiry = null;
        List<Boolean> beatAccepted = new ArrayList<>();
        for (long beat : beats) {
            long limit = Math.min(Math.min(timeoutAt, heartbeat > 0 ? lastBeat + heartbeat : Long.MAX_VALUE),
                    deadline);
            if (expiredAt == null && beat >= limit) {
                expiredAt = limit;
                expiry = limit == deadline ? "execution" : "States.Timeout"; // a missed heartbeat's name too
            }
            beatAccepted.add(expiredAt == null);
            if (expiredAt == null) {
                lastBeat = beat;
            }
        }
        long limit = Math.min(Math.min(timeoutAt, heartbeat > 0 ? lastBeat + heartbeat : Long.MAX_VALUE), deadline);
        if (expiredAt == null && (answer == null || answer >= limit)) {
            expiredAt = limit;
            expiry = limit == deadline ? "execution" : "States.Timeout";
        }
        boolean answerAccepted = answer != null && expiredAt == null;

        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        ObjectNode definition = (ObjectNode) definition(CALLBACK, timeout, heartbeat, executionTimeout, 0, false,
                null);
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(definition), Json.NODES.objectNode());
        String token = execution.awaitTaskToken("Work");
        String description = label + ": timeout " + timeout + ", heartbeat " + heartbeat + ", execution "
                + executionTimeout + ", beats " + beats + ", answer " + answer;
        assertThat(clock.now()).as(description).isEqualTo(start);
        for (int b = 0; b < beats.size(); b++) {
            advanceTo(clock, start, beats.get(b));
            assertThat(refusal(() -> runtime.sendTaskHeartbeat(token))).as(description + ", beat " + b)
                    .isEqualTo(beatAccepted.get(b) ? null : "TaskTimedOut");
        }
        if (answer != null) {
            advanceTo(clock, start, answer);
            assertThat(refusal(() -> runtime.sendTaskSuccess(token, Json.NODES.textNode("yes"))))
                    .as(description + ", answer").isEqualTo(answerAccepted ? null : "TaskTimedOut");
        }
        execution.await();

        HistoryEvent end = execution.history().get(execution.history().size() - 1);
        if (answerAccepted) {
            assertThat(execution.status()).as(description).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(seconds(start, end.timestamp())).as(description).isEqualTo(answer);
        } else if ("execution".equals(expiry)) {
            assertThat(execution.status()).as(description).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(seconds(start, end.timestamp())).as(description).isEqualTo(expiredAt);
        } else {
            assertThat(execution.status()).as(description).isEqualTo(ExecutionStatus.FAILED);
            assertThat(execution.error()).as(description).isEqualTo(expiry);
            assertThat(times(execution, start, "TaskTimedOut")).as(description).containsExactly(expiredAt);
        }
    }


    @Test
    void parallelBranchesAndMapIterationsEndWhereConcurrentRunsOnAwsWould() {
        Random random = new Random(99L);
        for (int c = 0; c < CASES / 2; c++) {
            long seed = random.nextLong();
            runParallelCase(new Random(seed), "seed " + seed);
            runMapCase(new Random(seed), "seed " + seed);
        }
    }

    /** Branches of Waits, some ending in a Fail: the first failure ends the state, else the longest branch. */
    private void runParallelCase(Random random, String label) {
        long executionTimeout = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(60);
        int count = 2 + random.nextInt(3);
        ArrayNode branches = Json.NODES.arrayNode();
        long longest = 0;
        long firstFailure = Long.MAX_VALUE;
        for (int b = 0; b < count; b++) {
            int waits = random.nextInt(3);
            boolean fails = random.nextInt(4) == 0;
            ObjectNode branch = branches.addObject();
            ObjectNode states = Json.NODES.objectNode();
            long total = 0;
            String previous = null;
            for (int w = 0; w <= waits; w++) {
                String name = "b" + b + "w" + w;
                boolean last = w == waits;
                ObjectNode state;
                if (last && fails) {
                    state = states.putObject(name).put("Type", "Fail").put("Error", "Boom");
                } else if (last) {
                    state = states.putObject(name).put("Type", "Pass").put("End", true);
                } else {
                    long seconds = random.nextInt(30);
                    total += seconds;
                    state = states.putObject(name).put("Type", "Wait").put("Seconds", seconds);
                }
                if (previous != null) {
                    ((ObjectNode) states.get(previous)).put("Next", name);
                } else {
                    branch.put("StartAt", name);
                }
                previous = name;
            }
            branch.set("States", states);
            if (fails) {
                firstFailure = Math.min(firstFailure, total);
            } else {
                longest = Math.max(longest, total);
            }
        }
        ObjectNode machine = Json.NODES.objectNode();
        if (executionTimeout > 0) {
            machine.put("TimeoutSeconds", executionTimeout);
        }
        machine.put("StartAt", "All");
        machine.putObject("States").putObject("All").put("Type", "Parallel").put("End", true)
                .set("Branches", branches);
        long deadline = executionTimeout > 0 ? executionTimeout : StateMachineType.STANDARD_MAX_SECONDS;
        boolean failed = firstFailure != Long.MAX_VALUE;
        long end = failed ? firstFailure : longest;
        expectEnd(machine, deadline, end, failed, label + " parallel " + machine);
    }

    /** Items that wait their own seconds, MaxConcurrency at a time, each taken when a slot frees. */
    private void runMapCase(Random random, String label) {
        long executionTimeout = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(80);
        int maxConcurrency = random.nextInt(4);
        ArrayNode items = Json.NODES.arrayNode();
        int count = random.nextInt(7);
        java.util.PriorityQueue<Long> slots = new java.util.PriorityQueue<>();
        int width = maxConcurrency == 0 ? Math.max(count, 1) : maxConcurrency;
        for (int slot = 0; slot < width; slot++) {
            slots.add(0L);
        }
        long end = 0;
        for (int i = 0; i < count; i++) {
            long seconds = random.nextInt(20);
            items.addObject().put("s", seconds);
            long finish = slots.poll() + seconds;
            slots.add(finish);
            end = Math.max(end, finish);
        }
        ObjectNode machine = Json.NODES.objectNode();
        if (executionTimeout > 0) {
            machine.put("TimeoutSeconds", executionTimeout);
        }
        machine.put("StartAt", "Each");
        ObjectNode map = machine.putObject("States").putObject("Each").put("Type", "Map").put("End", true)
                .put("MaxConcurrency", maxConcurrency).put("ItemsPath", "$.items");
        ObjectNode processor = map.putObject("ItemProcessor");
        processor.put("StartAt", "Nap").putObject("States").putObject("Nap").put("Type", "Wait")
                .put("SecondsPath", "$.s").put("End", true);
        ObjectNode input = Json.NODES.objectNode();
        input.set("items", items);
        long deadline = executionTimeout > 0 ? executionTimeout : StateMachineType.STANDARD_MAX_SECONDS;
        expectEnd(machine, deadline, end, false, label + " map " + input + " " + machine, input);
    }

    private void expectEnd(ObjectNode machine, long deadline, long end, boolean failed, String description) {
        expectEnd(machine, deadline, end, failed, description, Json.NODES.objectNode());
    }

    /** A state that would end at {@code end} or later than the deadline times out at the deadline. */
    private void expectEnd(ObjectNode machine, long deadline, long end, boolean failed, String description,
            ObjectNode input) {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(machine), input).await();
        long last = seconds(start, execution.history().get(execution.history().size() - 1).timestamp());
        // a Wait that ends at the deadline times the execution out; a failure at an instant before it does not
        boolean timesOut = end >= deadline;
        if (timesOut) {
            assertThat(execution.status()).as(description).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(last).as(description).isEqualTo(deadline);
        } else {
            assertThat(execution.status()).as(description)
                    .isEqualTo(failed ? ExecutionStatus.FAILED : ExecutionStatus.SUCCEEDED);
            assertThat(last).as(description).isEqualTo(end);
        }
    }

    private static void advanceTo(VirtualClock clock, Instant start, long second) {
        Duration by = Duration.between(clock.now(), start.plusSeconds(second));
        clock.advance(by);
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
            return null;
        } catch (ApiRefusedException e) {
            return e.errorCode();
        }
    }

    private static ObjectNode definition(String resource, long timeout, long heartbeat, long executionTimeout,
            long wait, boolean catches, Retry retry) {
        ObjectNode machine = Json.NODES.objectNode();
        if (executionTimeout > 0) {
            machine.put("TimeoutSeconds", executionTimeout);
        }
        machine.put("StartAt", wait > 0 ? "Nap" : "Work");
        ObjectNode states = machine.putObject("States");
        if (wait > 0) {
            states.putObject("Nap").put("Type", "Wait").put("Seconds", wait).put("Next", "Work");
        }
        ObjectNode task = states.putObject("Work").put("Type", "Task").put("Resource", resource);
        if (timeout > 0) {
            task.put("TimeoutSeconds", timeout);
        }
        if (heartbeat > 0) {
            task.put("HeartbeatSeconds", heartbeat);
        }
        if (retry != null) {
            ObjectNode retrier = task.putArray("Retry").addObject();
            ArrayNode errors = retrier.putArray("ErrorEquals");
            retry.errors().forEach(errors::add);
            retrier.put("IntervalSeconds", retry.interval()).put("BackoffRate", retry.rate())
                    .put("MaxAttempts", retry.maxAttempts());
            if (retry.maxDelay() > 0) {
                retrier.put("MaxDelaySeconds", retry.maxDelay());
            }
        }
        if (catches) {
            task.putArray("Catch").addObject().put("Next", "Caught").putArray("ErrorEquals").add("States.ALL");
            states.putObject("Caught").put("Type", "Pass").put("End", true);
        }
        task.put("End", true);
        return machine;
    }

    private static List<String> pick(Random random, List<String> from) {
        List<String> picked = new ArrayList<>();
        for (String name : from) {
            if (random.nextBoolean()) {
                picked.add(name);
            }
        }
        return picked.isEmpty() ? List.of(from.get(random.nextInt(from.size()))) : picked;
    }

    private static List<Long> times(Execution execution, Instant start, String type) {
        return execution.history().stream().filter(e -> e.type().equals(type))
                .map(e -> seconds(start, e.timestamp())).toList();
    }

    private static long seconds(Instant start, Instant at) {
        Duration between = Duration.between(start, at);
        assertThat(between.toNanosPart()).as("a whole second: " + at).isZero();
        return between.getSeconds();
    }
}
