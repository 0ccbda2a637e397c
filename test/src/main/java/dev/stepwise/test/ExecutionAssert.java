package dev.stepwise.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.DefinitionStates;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.JsonBinding;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on a finished {@link Execution}: its outcome, output, the states it entered, retries, caught errors and
 * history events. Every failure message ends with the path the execution took (each state entered, in order, with
 * the errors raised in it and whether they were retried or caught).
 */
public class ExecutionAssert extends AbstractAssert<ExecutionAssert, Execution> {

    /** The events after which a Task waits for a callback or an activity worker. */
    private static final Set<String> WAITING = Set.of("TaskSubmitted", "TaskStarted", "ActivityScheduled",
            "ActivityStarted");

    protected ExecutionAssert(Execution actual) {
        super(actual, ExecutionAssert.class);
    }

    /** The execution succeeded. */
    public ExecutionAssert succeeded() {
        return hasStatus(ExecutionStatus.SUCCEEDED);
    }

    /** The execution ended with this status. */
    public ExecutionAssert hasStatus(ExecutionStatus status) {
        isNotNull();
        if (actual.status() != status) {
            failComparing(status, actual.status(), "to have status %s, but it is %s", status, actual.status());
        }
        return this;
    }

    /** The execution is still running (waiting for a callback, an activity worker, or on the system clock). */
    public ExecutionAssert isRunning() {
        return hasStatus(ExecutionStatus.RUNNING);
    }

    /**
     * The execution is running and waits in {@code state} for an answer from outside: a {@code .waitForTaskToken}
     * callback ({@code runtime.sendTaskSuccess} with the token {@code execution.awaitTaskToken(state)} gives) or an
     * activity worker ({@code runtime.getActivityTask}).
     */
    public ExecutionAssert waitsForAnswerIn(String state) {
        isRunning();
        checkable("to wait for an answer in state '" + state + "'", state);
        List<HistoryEvent> history = actual.history();
        Map<Long, Long> entryOf = ExecutionPath.entries(history);
        Long latest = null;
        for (HistoryEvent event : history) {
            if (event.type().endsWith("StateEntered") && state.equals(event.detail("name").asText())) {
                latest = event.id();
            }
        }
        if (latest == null) {
            fail("to wait for an answer in state '%s', but it never entered that state", state);
        }
        HistoryEvent last = null;
        for (HistoryEvent event : history) {
            if (latest.equals(entryOf.get(event.id()))) {
                last = event;
            }
        }
        if (!WAITING.contains(last.type())) {
            fail("to wait for an answer in state '%s', but the state's last event is %s", state, last.type());
        }
        String resource = last.detail("resource") == null ? "" : last.detail("resource").asText();
        if (last.type().startsWith("Task") && !resource.endsWith(".waitForTaskToken")) {
            // a Task on any other integration answers itself (a .sync job may be answered early, but it waits on
            // its job, not for an answer): its handler is still at work
            fail("to wait for an answer in state '%s', but its integration %s:%s is no .waitForTaskToken callback;"
                    + " the state is still running its call (%s)", state, last.detail("resourceType").asText(),
                    resource, last.type());
        }
        return this;
    }

    /** The execution failed (whatever the error). */
    public ExecutionAssert failed() {
        return hasStatus(ExecutionStatus.FAILED);
    }

    /** The execution failed with this error, whatever the cause. */
    public ExecutionAssert failedWith(String error) {
        failed();
        if (!Objects.equals(actual.error(), error)) {
            failComparing(error, actual.error(), "to fail with error %s, but it failed with %s", quote(error),
                    quote(actual.error()));
        }
        return this;
    }

    /** The execution failed with this error and cause. */
    public ExecutionAssert failedWith(String error, String cause) {
        failedWith(error);
        if (!Objects.equals(actual.cause(), cause)) {
            failComparing(cause, actual.cause(), "to fail with cause %s, but the cause is %s", quote(cause),
                    quote(actual.cause()));
        }
        return this;
    }

    /** The execution timed out (its TimeoutSeconds passed). */
    public ExecutionAssert timedOut() {
        return hasStatus(ExecutionStatus.TIMED_OUT);
    }

    /** The execution timed out exactly this long after it started (in the clock's time: virtual in a test). */
    public ExecutionAssert timedOutAfter(Duration duration) {
        timedOut();
        Duration took = Duration.between(actual.startDate(), actual.stopDate());
        if (!took.equals(duration)) {
            fail("to time out after %s, but it timed out after %s", duration, took);
        }
        return this;
    }

    /** The execution ran exactly this long (in the clock's time), whatever its outcome; it has ended. */
    public ExecutionAssert tookExactly(Duration duration) {
        isNotNull();
        if (actual.stopDate() == null) { // still running: it has taken no duration yet
            fail("to take %s, but it is still %s", duration, actual.status());
        }
        Duration took = Duration.between(actual.startDate(), actual.stopDate());
        if (!took.equals(duration)) {
            fail("to take %s, but it took %s", duration, took);
        }
        return this;
    }

    /** The execution's output equals this JSON (given as text, e.g. {@code "{\"total\": 3}"}). */
    public ExecutionAssert hasOutput(String json) {
        requireExpectedOutput(json);
        JsonNode expected;
        try {
            expected = Json.parse(json);
        } catch (IllegalArgumentException e) { // the test's own text, not the execution, is at fault
            throw new IllegalArgumentException("the expected output is not valid JSON: " + e.getMessage(), e);
        }
        return hasOutput(expected);
    }

    /** The execution's output equals this JSON value (numbers by value: 1.0 is 1). */
    public ExecutionAssert hasOutput(JsonNode expected) {
        requireExpectedOutput(expected);
        isNotNull();
        if (actual.output() == null) {
            fail("to have output %s, but it has none", Json.write(expected));
        }
        JsonDifference.first(expected, actual.output()).ifPresent(difference -> failComparing(
                Json.writePretty(expected), Json.writePretty(actual.output()), "to have output %s, but it has %s (%s)",
                Json.write(expected), Json.write(actual.output()), difference));
        return this;
    }

    /** A Java null is no JSON: the test means the JSON {@code null}, or an execution without output. */
    private static void requireExpectedOutput(Object expected) {
        if (expected == null) {
            throw new IllegalArgumentException("the expected output is a Java null; for a JSON null output give "
                    + "\"null\", and for an execution without output use output().isNull()");
        }
    }

    /** The output, read with Jackson as {@code type} (a generated {@code Output} record, say), for further checks. */
    public <T> ObjectAssert<T> outputAs(Class<T> type) {
        isNotNull();
        if (actual.output() == null) {
            fail("to have an output to read as %s, but it has none", type.getSimpleName());
        }
        try {
            return Assertions.assertThat(JsonBinding.MAPPER.treeToValue(actual.output(), type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            fail("to have an output readable as %s, but %s", type.getName(),
                    e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage());
            throw new AssertionError(e); // not reached: fail throws
        }
    }

    /** The output as JSON, for further checks. */
    public ObjectAssert<JsonNode> output() {
        isNotNull();
        return Assertions.assertThatObject(actual.output());
    }

    /** The execution entered exactly these states, in this order (a state entered twice is listed twice). */
    public ExecutionAssert enteredStates(String... states) {
        isNotNull();
        checkable("to enter exactly the states " + Arrays.asList(states), states);
        List<String> entered = path().enteredStates();
        if (!entered.equals(Arrays.asList(states))) {
            fail("to enter exactly the states %s, but it entered %s", Arrays.asList(states), entered);
        }
        return this;
    }

    /** The execution entered each of these states (at least one) at least once, in any order. */
    public ExecutionAssert entered(String... states) {
        isNotNull();
        Expectations.requireSome("entered", "state", states);
        checkable("to enter " + Arrays.asList(states), states);
        List<String> entered = path().enteredStates();
        List<String> missing = Arrays.stream(states).filter(state -> !entered.contains(state)).toList();
        if (!missing.isEmpty()) {
            fail("to enter %s, but it never entered %s", Arrays.asList(states), missing);
        }
        return this;
    }

    /** The execution entered none of these states (at least one). */
    public ExecutionAssert neverEntered(String... states) {
        isNotNull();
        Expectations.requireSome("neverEntered", "state", states);
        checkable("never to enter " + Arrays.asList(states), states);
        List<String> entered = path().enteredStates();
        List<String> found = Arrays.stream(states).filter(entered::contains).toList();
        if (!found.isEmpty()) {
            fail("never to enter %s, but it entered %s", Arrays.asList(states), found);
        }
        return this;
    }

    /** A Retry of the state ran it again exactly {@code times} times in all (0: never retried). */
    public ExecutionAssert retried(String state, int times) {
        isNotNull();
        checkable("to retry state '" + state + "' " + times + " time" + (times == 1 ? "" : "s"), state);
        long retries = path().retries(state);
        if (retries != times) {
            fail("to retry state '%s' %d time%s, but it retried it %d time%s", state, times, times == 1 ? "" : "s",
                    retries, retries == 1 ? "" : "s");
        }
        return this;
    }

    /** The state raised {@code error} and one of its Catch rules handled it. */
    public ExecutionAssert caught(String state, String error) {
        isNotNull();
        checkable("to catch " + error + " in state '" + state + "'", state);
        ExecutionPath path = path();
        if (!path.caught(state, error)) {
            List<String> raised = path.failuresOf(state);
            fail("to catch %s in state '%s', but %s", error, state, !path.enteredStates().contains(state)
                    ? "it never entered that state"
                    : raised.isEmpty() ? "no error was raised there" : "the errors raised there were " + raised);
        }
        return this;
    }

    /** The history holds these event types (at least one) in this order, possibly with other events between. */
    public ExecutionAssert hasEventsInOrder(String... types) {
        isNotNull();
        Expectations.requireSome("hasEventsInOrder", "event type", types);
        checkableEvents("to record the events " + Arrays.asList(types) + " in this order", types);
        List<String> all = types();
        int at = 0;
        for (String type : all) {
            if (at < types.length && type.equals(types[at])) {
                at++;
            }
        }
        if (at < types.length) {
            fail("to record the events %s in this order, but %s is missing after %s; the events were %s",
                    Arrays.asList(types), types[at], Arrays.asList(types).subList(0, at), all);
        }
        return this;
    }

    /** The history holds exactly {@code count} events of this type. */
    public ExecutionAssert hasEventCount(String type, int count) {
        isNotNull();
        checkableEvents("to record " + count + " " + type + " event" + (count == 1 ? "" : "s"), type);
        long found = types().stream().filter(type::equals).count();
        if (found != count) {
            fail("to record %d %s event%s, but it recorded %d", count, type, count == 1 ? "" : "s", found);
        }
        return this;
    }

    /** The history events of one type, in order, for further checks. */
    public ListAssert<HistoryEvent> events(String type) {
        isNotNull();
        checkableEvents("to have its " + type + " events checked", type);
        return Assertions.assertThat(ExecutionHistory.events(actual, type));
    }

    /** The whole history, for further checks. */
    public ListAssert<HistoryEvent> history() {
        isNotNull();
        checkableEvents("to have its history checked");
        return Assertions.assertThat(actual.history());
    }

    /**
     * Fails unless the history can tell about these states: the runtime kept it, and the machine has each state. An
     * assertion about a state that does not exist (a misspelt name), or over no history, could not fail.
     */
    private void checkable(String expectation, String... states) {
        checkableEvents(expectation);
        Set<String> known = DefinitionStates.of(actual.stateMachine().definition()).keySet();
        List<String> unknown = Arrays.stream(states).filter(state -> !known.contains(state)).distinct().toList();
        if (!unknown.isEmpty()) {
            fail("%s, but its state machine '%s' has no state named %s; its states are %s", expectation,
                    actual.stateMachine().name(), unknown.size() == 1 ? "'" + unknown.get(0) + "'" : unknown, known);
        }
    }

    /** Fails unless the runtime kept the history and each type is one AWS records (see {@link #checkable}). */
    private void checkableEvents(String expectation, String... types) {
        if (actual.history().isEmpty()) { // a kept history starts with ExecutionStarted
            fail("%s, but its runtime kept no history to tell (LocalRuntime.Builder.keepHistory(false))",
                    expectation);
        }
        Set<String> unknown = HistoryEventTypes.unknown(types);
        if (!unknown.isEmpty()) {
            fail("%s, but Step Functions records no event of the type%s %s", expectation,
                    unknown.size() == 1 ? "" : "s", String.join(", ", unknown));
        }
    }

    private List<String> types() {
        return actual.history().stream().map(HistoryEvent::type).toList();
    }

    private ExecutionPath path() {
        return ExecutionPath.of(actual);
    }

    private void fail(String expectation, Object... arguments) {
        failWithMessage(template(expectation), withNameAndPath(arguments));
    }

    /**
     * {@link #fail} carrying the expected and actual values, as AssertJ's own {@code isEqualTo} does, so that an IDE
     * or build report can show them side by side (an opentest4j {@code AssertionFailedError}).
     */
    private void failComparing(Object expected, Object actualValue, String expectation, Object... arguments) {
        failWithActualExpectedAndMessage(actualValue, expected, template(expectation), withNameAndPath(arguments));
    }

    /** Every failure names the execution, says what was expected, then shows the path it took. */
    private static String template(String expectation) {
        return "%nExpecting execution '%s' " + expectation + "%n%n%s";
    }

    private Object[] withNameAndPath(Object[] arguments) {
        return concat(actual.name(), arguments, ExecutionPath.describe(actual));
    }

    private static Object[] concat(Object first, Object[] middle, Object last) {
        Object[] all = new Object[middle.length + 2];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        all[all.length - 1] = last;
        return all;
    }

    private static String quote(String text) {
        return text == null ? "none" : "'" + text + "'";
    }
}
