package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.StateMachineSettings;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.logging.JsonLinesFileSink;
import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.runtime.logging.Slf4jLogSink;
import dev.stepwise.workflow.TaskMethod;
import dev.stepwise.workflow.WorkflowMetadata;
import dev.stepwise.workflow.WorkflowSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

/** CloudWatch-style execution logs: record format, level filtering, execution data, sinks. */
class ExecutionLoggingTest {

    /** A Task that fails once and is retried, a caught failure, then a Fail state: every kind of event. */
    private static final String TROUBLED = "{'StartAt':'Call','States':{"
            + "'Call':{'Type':'Task','Resource':'" + Machines.FN + "','Retry':[{'ErrorEquals':['Flaky'],"
            + "'MaxAttempts':1}],'Next':'Give up'},"
            + "'Give up':{'Type':'Fail','Error':'Gave.Up','Cause':'enough'}}}";

    private final List<ObjectNode> records = new CopyOnWriteArrayList<>();
    private final AtomicBoolean firstCall = new AtomicBoolean(true);

    private LocalRuntime runtime() {
        return LocalRuntime.builder().clock(Clocks.virtual()).logSink(records::add)
                .handler(Machines.FN, (input, ctx) -> {
                    if (firstCall.getAndSet(false)) {
                        throw new StatesError("Flaky", "once");
                    }
                    return json("{'ok':true}");
                }).build();
    }

    private Execution run(LogLevel level, boolean includeData) {
        LocalRuntime runtime = runtime();
        StateMachine machine = runtime.load("Troubled", json(TROUBLED),
                StateMachineSettings.of(StateMachineType.STANDARD, LoggingConfiguration.of(level, includeData)));
        return runtime.start(machine, "run-1", json("{'card':'4111'}")).await();
    }

    private List<String> loggedTypes() {
        return records.stream().map(r -> r.get("type").asText()).toList();
    }

    @Test
    void levelAllLogsEveryEventInTheCloudWatchFormat() {
        Execution execution = run(LogLevel.ALL, true);

        assertThat(loggedTypes()).isEqualTo(Machines.types(execution));
        ObjectNode first = records.get(0);
        assertThat(iterable(first.fieldNames())).containsExactly("id", "type", "details", "previous_event_id",
                "event_timestamp", "execution_arn", "redrive_count");
        assertThat(first.get("id").isTextual()).isTrue();
        assertThat(first.get("id").asText()).isEqualTo("1");
        assertThat(first.get("previous_event_id").asText()).isEqualTo("0");
        assertThat(first.get("event_timestamp").asText())
                .isEqualTo(Long.toString(execution.startDate().toEpochMilli()));
        assertThat(first.get("execution_arn").asText()).isEqualTo(execution.arn());
        assertThat(first.get("redrive_count").asText()).isEqualTo("0");
        assertThat(first.get("details").get("input").asText()).isEqualTo("{\"card\":\"4111\"}");
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).get("previous_event_id").asText())
                    .isEqualTo(Long.toString(execution.history().get(i).previousEventId()));
        }
    }

    @Test
    void levelErrorLogsFailuresTimeoutsAbortsAndFailStates() {
        run(LogLevel.ERROR, true);
        assertThat(loggedTypes()).containsExactly("LambdaFunctionFailed", "FailStateEntered", "ExecutionFailed");
    }

    @Test
    void levelFatalLogsOnlyTheEndOfAFailedExecution() {
        run(LogLevel.FATAL, true);
        assertThat(loggedTypes()).containsExactly("ExecutionFailed");
    }

    @Test
    void levelOffLogsNothing() {
        run(LogLevel.OFF, true);
        assertThat(records).isEmpty();
    }

    @Test
    void theLevelTableMatchesAws() {
        assertThat(LogLevel.FATAL.logs("ExecutionTimedOut")).isTrue();
        assertThat(LogLevel.FATAL.logs("TaskFailed")).isFalse();
        assertThat(LogLevel.ERROR.logs("TaskStateAborted")).isTrue();
        assertThat(LogLevel.ERROR.logs("LambdaFunctionScheduleFailed")).isTrue();
        assertThat(LogLevel.ERROR.logs("TaskSubmitFailed")).isTrue();
        assertThat(LogLevel.ERROR.logs("ExecutionSucceeded")).isFalse();
        assertThat(LogLevel.ERROR.logs("TaskStateEntered")).isFalse();
        assertThat(LogLevel.ALL.logs("ExecutionRedriven")).isTrue();
        assertThat(LogLevel.parse("error")).isEqualTo(LogLevel.ERROR);
    }

    @Test
    void withoutExecutionDataRecordsCarryNoInputsOrOutputs() {
        run(LogLevel.ALL, false);
        assertThat(records).isNotEmpty().allSatisfy(record -> {
            JsonNode details = record.get("details");
            assertThat(details.has("input")).isFalse();
            assertThat(details.has("output")).isFalse();
            assertThat(details.has("parameters")).isFalse();
        });
        assertThat(records.get(records.size() - 1).get("details").get("error").asText()).isEqualTo("Gave.Up");
    }

    /**
     * AWS's guide, "CloudWatch Logs payloads": an escaped input or output past 248 KB is truncated, and its
     * {@code inputDetails}/{@code outputDetails} say so. 100,000 quotes are 200 KB of JSON, 400 KB once escaped.
     */
    @Test
    void anInputOrOutputPastTheLogsQuotaIsTruncatedAndMarkedSo() {
        LocalRuntime runtime = runtime();
        StateMachine machine = runtime.load("Big", json("{'StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'Parameters':{'small':true},'End':true}}}"),
                StateMachineSettings.of(StateMachineType.STANDARD, LoggingConfiguration.of(LogLevel.ALL, true)));
        ObjectNode input = Json.NODES.objectNode().put("quotes", "\"".repeat(100_000));
        runtime.start(machine, "big", input).await();

        String full = Json.write(input);
        for (ObjectNode record : records.subList(0, 2)) { // ExecutionStarted, PassStateEntered
            JsonNode details = record.get("details");
            String logged = details.get("input").asText();
            assertThat(details.get("inputDetails").get("truncated").asBoolean()).isTrue();
            assertThat(full).startsWith(logged);
            long escaped = Json.write(Json.NODES.textNode(logged)).length() - 2;
            assertThat(escaped).isLessThanOrEqualTo(248 * 1024).isGreaterThan(248 * 1024 - 2);
        }
        JsonNode exited = records.get(2).get("details");
        assertThat(exited.get("output").asText()).isEqualTo("{\"small\":true}");
        assertThat(exited.get("outputDetails").get("truncated").asBoolean()).isFalse();
    }

    @Test
    void recordsAfterARedriveCarryTheRedriveCount() {
        Execution execution = run(LogLevel.ALL, true);
        records.clear();
        execution.redrive().await();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.get("redrive_count").asText()).isEqualTo("1"));
        assertThat(records.get(0).get("type").asText()).isEqualTo("ExecutionRedriven");
    }

    @Test
    void aFailingSinkDoesNotBreakTheExecution() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .logging(LoggingConfiguration.of(LogLevel.ALL, true))
                .logSink(record -> {
                    throw new IllegalStateException("disk full");
                }).build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'End':true}}}")), json("{}")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void theFileSinkWritesOneJsonRecordPerLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("logs/run.jsonl");
        Execution execution;
        try (JsonLinesFileSink sink = new JsonLinesFileSink(file)) {
            LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).logSink(sink)
                    .logging(LoggingConfiguration.of(LogLevel.ALL, true)).build();
            execution = runtime.start(runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Pass',"
                    + "'End':true}}}")), json("{}")).await();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(execution.history().size());
        assertThat(Json.parse(lines.get(lines.size() - 1)).get("type").asText()).isEqualTo("ExecutionSucceeded");
    }

    @Test
    void theSlf4jSinkWarnsOnErrorsAndInformsOnTheRest() {
        List<String> logged = new ArrayList<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .logSink(new Slf4jLogSink(new RecordingLogger(logged)))
                .logging(LoggingConfiguration.of(LogLevel.ALL, true)).build();
        runtime.start(runtime.load(json("{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'E'}}}")),
                json("{}")).await();
        assertThat(logged).hasSize(3);
        assertThat(logged.get(0)).startsWith("INFO ").contains("\"ExecutionStarted\"");
        assertThat(logged.get(1)).startsWith("WARN ").contains("\"FailStateEntered\"");
        assertThat(logged.get(2)).startsWith("WARN ").contains("\"ExecutionFailed\"");
    }

    @Test
    void aGeneratedWorkflowLogsAtTheLevelItsMetadataDeclares() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).logSink(records::add).build();
        WorkflowSpec spec = new WorkflowSpec() {
            @Override
            public String name() {
                return "Declared";
            }

            @Override
            public String definition() {
                return "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\"}}}";
            }

            @Override
            public WorkflowMetadata metadata() {
                return new WorkflowMetadata("STANDARD", 0, Map.of(), "FATAL", false, null, false, null, null);
            }

            @Override
            public Map<String, TaskMethod> tasks() {
                return Map.of();
            }
        };
        runtime.start(spec, Map.of("secret", 1)).await();
        assertThat(loggedTypes()).containsExactly("ExecutionFailed");
    }

    @Test
    void aForcedLevelOverridesWhatTheMachineWasLoadedWith() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).logSink(records::add)
                .forceLogging(LoggingConfiguration.of(LogLevel.FATAL, false)).build();
        StateMachine machine = runtime.load("Loud", json("{'StartAt':'F','States':{'F':{'Type':'Fail'}}}"),
                StateMachineSettings.of(StateMachineType.STANDARD, LoggingConfiguration.of(LogLevel.ALL, true)));
        runtime.start(machine, json("{}")).await();
        assertThat(loggedTypes()).containsExactly("ExecutionFailed");
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /** Keeps "LEVEL message" lines. */
    private static final class RecordingLogger extends LegacyAbstractLogger {
        private final transient List<String> lines;

        RecordingLogger(List<String> lines) {
            this.lines = lines;
            this.name = "recording";
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
                Throwable throwable) {
            lines.add(level + " " + message);
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
