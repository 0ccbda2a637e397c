package dev.stepwise.test;

import static dev.stepwise.test.StepwiseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension, run on fixture test classes through JUnit's EngineTestKit. */
class StepwiseExtensionTest {

    static final String GREETER = "{'StartAt':'greet','States':{'greet':{'Type':'Task',"
            + "'Resource':'arn:aws:states:::lambda:invoke','Retry':[{'ErrorEquals':['Greeter.Busy'],"
            + "'IntervalSeconds':30,'MaxAttempts':3}],'End':true}}}";

    static StateMachine greeter(LocalRuntime runtime) {
        return runtime.load("Greeter", Json.parse(GREETER.replace('\'', '"')));
    }

    /** Runtimes handed to the fixtures, to compare across tests. */
    static final List<LocalRuntime> SEEN = new CopyOnWriteArrayList<>();

    private String printed;

    private EngineExecutionResults run(DiscoverySelector selector) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return EngineTestKit.engine("junit-jupiter").configurationParameter(OnlyUnderTestKit.PARAMETER, "true")
                    .selectors(selector).execute();
        } finally {
            System.setOut(original);
            printed = captured.toString(StandardCharsets.UTF_8);
        }
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class FreshRuntimes {
        @Test
        void first(LocalRuntime runtime, LocalRuntime same) {
            assertThat(same).isSameAs(runtime);
            assertThat(runtime.clock().isVirtual()).isTrue();
            SEEN.add(runtime);
        }

        @Test
        void second(LocalRuntime runtime) {
            // a Wait of a day takes no time on the virtual clock
            Execution run = runtime.start(runtime.load("Day", Json.parse("{\"StartAt\":\"w\",\"States\":{\"w\":"
                    + "{\"Type\":\"Wait\",\"Seconds\":86400,\"End\":true}}}")), Json.parse("{}"));
            assertThat(run).succeeded().tookExactly(Duration.ofDays(1));
            SEEN.add(runtime);
        }
    }

    @Test
    void eachTestGetsAFreshRuntimeOnTheVirtualClock() {
        SEEN.clear();
        run(selectClass(FreshRuntimes.class)).testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
        assertThat(printed).isEmpty();
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class ConstructorInjection {
        private final LocalRuntime runtime;
        private final ExecutionRecorder recorder;

        ConstructorInjection(LocalRuntime runtime, ExecutionRecorder recorder) {
            this.runtime = runtime;
            this.recorder = recorder;
        }

        @Test
        void one(LocalRuntime parameter) {
            assertThat(parameter).isSameAs(runtime);
            SEEN.add(runtime);
        }

        @Test
        void two() {
            Execution run = runtime.start(runtime.load("P", Json.parse("{\"StartAt\":\"p\",\"States\":{\"p\":"
                    + "{\"Type\":\"Pass\",\"End\":true}}}")), Json.parse("{}"));
            assertThat(recorder.statusChanges(run)).hasStatuses(ExecutionStatus.RUNNING, ExecutionStatus.SUCCEEDED);
            assertThat(recorder.logs(run)).containsTypes("PassStateEntered"); // logging ALL by default
            SEEN.add(runtime);
        }
    }

    @Test
    void theConstructorGetsTheRuntimeOfEachTest() {
        SEEN.clear();
        run(selectClass(ConstructorInjection.class)).testEvents()
                .assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    @MockConfig(file = "mocks/Greeter.json", testCase = "Hello")
    static class MockedGreeter {
        @Test
        void classTestCase(LocalRuntime runtime) {
            assertThat(runtime.start(greeter(runtime), Json.parse("{}"))).succeeded()
                    .hasOutput("{\"greeting\":\"hello\"}");
        }

        @Test
        @MockConfig(file = "/mocks/Greeter.json", testCase = "Busy")
        void methodTestCaseWins(LocalRuntime runtime) {
            // retried after 30 s, then 60 s (BackoffRate 2 by default)
            assertThat(runtime.start(greeter(runtime), Json.parse("{}"))).succeeded().retried("greet", 2)
                    .tookExactly(Duration.ofSeconds(90)).hasOutput("{\"greeting\":\"hello at last\"}");
        }

        @Test
        @MockConfig(file = "mocks/Greeter.json")
        void withoutATestCaseTheStartNamesOne(LocalRuntime runtime) {
            StateMachine machine = greeter(runtime);
            assertThat(runtime.start(machine, null, Json.parse("{}"), "Busy")).succeeded().retried("greet", 2);
            assertThat(runtime.start(machine, Json.parse("{}"))).failedWith("States.TaskFailed");
        }

        @Test
        @MockConfig(file = "../runtime/src/test/resources/mock/MockConfigFile.json", testCase = "HappyPath")
        void aFileRelativeToTheWorkingDirectory(LocalRuntime.Builder builder) throws Exception {
            LocalRuntime runtime = builder.handler("arn:aws:states:::sqs:sendMessage", (in, ctx) -> in).build();
            StateMachine machine = runtime.load("LambdaSQSIntegration", Json.parse(java.nio.file.Files.readString(
                    java.nio.file.Path.of("../runtime/src/test/resources/mock/LambdaSQSIntegration.asl.json"))));
            assertThat(runtime.start(machine, Json.parse("{}"))).succeeded().enteredStates("LambdaState", "SQSState")
                    .output().extracting(out -> out.get("MessageId").asText())
                    .isEqualTo("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
        }

        @Test
        @MockConfig(file = "mocks/Nowhere.json")
        void aMissingFile(LocalRuntime runtime) {
        }

        @Test
        @MockConfig(file = "mocks/Greeter.json", testCase = "Helo")
        void aTestCaseTheFileDoesNotHave(LocalRuntime runtime) {
        }

        @Test
        @MockConfig(file = "mocks/Mistaken.json")
        void aFileWithMistakes(LocalRuntime runtime) {
        }

        @Test
        @MockConfig(file = "mocks")
        void aFolder(LocalRuntime runtime) {
        }

        @Test
        @MockConfig(file = "")
        void noFile(LocalRuntime runtime) {
        }

        @Test
        @MockConfig(file = "mocks/Latin1.json")
        void aClassPathFileNotInUtf8(LocalRuntime runtime) {
        }

        @Test
        @MockConfig(file = "src/test/resources/mocks/Latin1.json")
        void aFileNotInUtf8ByItsPath(LocalRuntime runtime) {
        }

        @Test
        @MockConfig(file = "src/test")
        void aFolderByItsPath(LocalRuntime runtime) {
        }
    }

    @Test
    void mockConfigOnTheClassOrTheMethodFromTheClassPathOrAFile() {
        EngineExecutionResults results = run(selectClass(MockedGreeter.class));

        results.testEvents().assertStatistics(stats -> stats.succeeded(4).failed(8));
        // a folder reads as the list of its files: not a file with bad JSON
        results.testEvents().assertThatEvents().haveExactly(1, event(test("aFolder"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message("@MockConfig(file = \"mocks\"): the class "
                        + "path resource mocks is a folder; name the mock configuration file in it"))));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("noFile"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message("@MockConfig(file = \"\") names no file; "
                        + "name the mock configuration, such as \"MockConfigFile.json\" in src/test/resources"))));
        // among several mock files, the one with the mistakes is named
        results.testEvents().assertThatEvents().haveExactly(1, event(test("aFileWithMistakes"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(
                        "@MockConfig(file = \"mocks/Mistaken.json\"): Invalid mock configuration class path resource "
                                + "mocks/Mistaken.json (1 mistake):\n  no mocked response named 'SaysHi' in "
                                + "MockedResponses (at /StateMachines/Greeter/TestCases/Hello/greet)"))));
        // a misspelt test case would otherwise run every execution unmocked
        results.testEvents().assertThatEvents().haveExactly(1, event(test("aTestCaseTheFileDoesNotHave"),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(
                        "@MockConfig(file = \"mocks/Greeter.json\", testCase = \"Helo\"): no state machine of the file "
                                + "has the test case 'Helo'; its test cases are {Greeter=[Hello, Busy]}"))));
        // JSON is UTF-8 (RFC 8259): from the class path or a path alike, a file in another encoding is pointed at
        // rather than read with its bytes replaced (class path) or failing with the decoder's 'Input length = 1'
        for (String method : List.of("aClassPathFileNotInUtf8", "aFileNotInUtf8ByItsPath")) {
            results.testEvents().assertThatEvents().haveExactly(1, event(test(method), finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class), message(text -> text.startsWith("@MockConfig")
                            && text.endsWith("(1 mistake):\n  not UTF-8 text: the byte 0xE9 on line 3 is not UTF-8 "
                                    + "(JSON is UTF-8 text); save the file as UTF-8 (at the document)")))));
        }
        results.testEvents().assertThatEvents().haveExactly(1, event(test("aFolderByItsPath"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message(text -> text.startsWith(
                        "@MockConfig(file = \"src/test\"): ") && text.endsWith(" is a folder; name the mock "
                                + "configuration file in it")))));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("aMissingFile"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(text -> text.startsWith("@MockConfig(file = \"mocks/Nowhere.json\"): no class path resource "
                        + "mocks/Nowhere.json and no file ")))));
    }

    /** Declares a nested class that each concrete subclass runs with its own {@code @MockConfig}. */
    abstract static class GreeterContract {
        @Nested
        class Greets {
            @Test
            void hello(LocalRuntime runtime) {
                assertThat(runtime.start(greeter(runtime), Json.parse("{}"))).succeeded()
                        .hasOutput("{\"greeting\":\"hello\"}");
            }
        }
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    @MockConfig(file = "mocks/Greeter.json", testCase = "Hello")
    static class MockedContract extends GreeterContract {
    }

    @Test
    void anInheritedNestedClassRunsWithTheMockConfigOfTheClassItRunsIn() {
        run(selectClass(MockedContract.class)).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class MockConfigOnASetUp {
        @BeforeEach
        @MockConfig(file = "mocks/Greeter.json", testCase = "Hello")
        void setUp(LocalRuntime runtime) {
        }

        @Test
        void greets(LocalRuntime runtime) {
            assertThat(runtime.start(greeter(runtime), Json.parse("{}"))).succeeded();
        }
    }

    @Test
    void aMockConfigOnAMethodThatIsNoTestIsRefusedRatherThanIgnored() {
        EngineExecutionResults results = run(selectClass(MockConfigOnASetUp.class));

        results.containerEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message("@MockConfig on MockConfigOnASetUp.setUp(), "
                        + "which is not a test, would be ignored; put it on the test methods or on the test class"))));
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class FailingTest {
        @Test
        @MockConfig(file = "mocks/Greeter.json", testCase = "Busy")
        void expectsNoRetry(LocalRuntime runtime) {
            assertThat(runtime.start(greeter(runtime), "greet-1", Json.parse("{\"to\":\"you\"}"))).retried("greet", 0);
        }

        @Test
        void passes(LocalRuntime runtime) {
            runtime.start(greeter(runtime), "unseen", Json.parse("{}"));
        }

        @Test
        void isSkipped(LocalRuntime runtime) {
            runtime.start(greeter(runtime), "unseen", Json.parse("{}"));
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "not today");
        }
    }

    @Test
    void aFailedTestPrintsTheHistoryOfItsExecutionsAsATable() {
        EngineExecutionResults results = run(selectMethod(FailingTest.class, "expectsNoRetry",
                LocalRuntime.class.getName()));

        results.testEvents().assertThatEvents().haveExactly(1, event(test("expectsNoRetry"), finishedWithFailure(
                message(text -> text.contains("to retry state 'greet' 0 times, but it retried it 2 times")))));
        assertThat(printed).startsWith("History of arn:aws:states:us-east-1:123456789012:execution:Greeter:greet-1:\n"
                + "id  prev  time  type                state  details\n"
                + " 1     0  +0s   ExecutionStarted\n"
                + " 2     0  +0s   TaskStateEntered    greet\n"
                + " 3     2  +0s   TaskScheduled       greet\n"
                + " 4     3  +0s   TaskStarted         greet\n"
                + " 5     4  +0s   TaskFailed          greet  Greeter.Busy: try later\n"
                + " 6     5  +30s  TaskScheduled       greet\n"
                + " 7     6  +30s  TaskStarted         greet\n"
                + " 8     7  +30s  TaskFailed          greet  Greeter.Busy: try later\n"
                + " 9     8  +90s  TaskScheduled       greet\n"
                + "10     9  +90s  TaskStarted         greet\n"
                + "11    10  +90s  TaskSucceeded       greet  output {\"greeting\":\"hello at last\"}\n"
                + "12    11  +90s  TaskStateExited     greet  output {\"greeting\":\"hello at last\"}\n"
                + "13    12  +90s  ExecutionSucceeded         output {\"greeting\":\"hello at last\"}\n\n");
        assertThat(results.allEvents().reportingEntryPublished().count()).isEqualTo(2);
    }

    @Test
    void aFailedTestWritesAnHtmlReportOfEachExecutionUnderTarget() throws Exception {
        java.nio.file.Path report = ReportFiles.REPORTS.resolve(FailingTest.class.getName())
                .resolve("expectsNoRetry.html");
        java.nio.file.Files.deleteIfExists(report);

        run(selectMethod(FailingTest.class, "expectsNoRetry", LocalRuntime.class.getName()));

        assertThat(printed).endsWith("Report of arn:aws:states:us-east-1:123456789012:execution:Greeter:greet-1: "
                + report.toAbsolutePath() + "\n");
        assertThat(java.nio.file.Files.readString(report)).startsWith("<!DOCTYPE html>")
                .contains("data-state=\"greet\"", "\"type\":\"TaskFailed\"", "Greeter.Busy");
    }

    @Test
    void aPassingTestPrintsNothing() {
        run(selectMethod(FailingTest.class, "passes", LocalRuntime.class.getName())).testEvents()
                .assertThatEvents().haveExactly(1, event(test("passes"), finishedSuccessfully()));
        assertThat(printed).isEmpty();
    }

    @Test
    void aSkippedTestPrintsNothing() {
        run(selectMethod(FailingTest.class, "isSkipped", LocalRuntime.class.getName())).testEvents()
                .assertStatistics(stats -> stats.aborted(1).failed(0));
        assertThat(printed).isEmpty();
    }

    /** A Distributed Map over three items whose child fails the second: its Map Run fails past no tolerance. */
    static StateMachine batches(LocalRuntime runtime, String executionType) {
        return runtime.load("Batches", Json.parse("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "Label": "each", "End": true,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "%s"},
                    "StartAt": "Check", "States": {
                      "Check": {"Type": "Choice", "Default": "Done",
                        "Choices": [{"Variable": "$.n", "NumericEquals": 2, "Next": "Reject"}]},
                      "Reject": {"Type": "Fail", "Error": "Batch.Rejected", "Cause": "item 2 is no good"},
                      "Done": {"Type": "Succeed"}}}}}}""".formatted(executionType)));
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class FailingMapRun {
        static final String ITEMS = "[{\"n\": 1}, {\"n\": 2}, {\"n\": 3}]";

        @Test
        void standardChildren(LocalRuntime runtime) {
            assertThat(runtime.start(batches(runtime, "STANDARD"), "standard", Json.parse(ITEMS))).succeeded();
        }

        @Test
        void expressChildren(LocalRuntime runtime) {
            assertThat(runtime.start(batches(runtime, "EXPRESS"), "express", Json.parse(ITEMS))).succeeded();
        }
    }

    @Test
    void aFailedTestPrintsTheChildExecutionsThatFailedItsMapRunWithAStandardOnesHistory() {
        run(selectMethod(FailingMapRun.class, "standardChildren", LocalRuntime.class.getName()));

        // the parent's history says only that the Map Run failed; why is in the child that failed
        assertThat(printed).containsPattern("Map Run arn:aws:states:us-east-1:123456789012:mapRun:Batches/each:\\S+: "
                        + "1 of \\d+ child executions started did not succeed\n"
                        + "  \\S+  FAILED  Batch.Rejected: item 2 is no good\n"
                        + "    id  prev  time  type +state +details\n")
                .containsPattern("    \\d+ +\\d+  \\+0s   FailStateEntered +Reject\n");
    }

    @Test
    void aFailedTestPrintsTheExpressChildThatFailedItsMapRunWhichHasNoHistory() {
        run(selectMethod(FailingMapRun.class, "expressChildren", LocalRuntime.class.getName()));

        assertThat(printed).containsPattern("Map Run \\S+: 1 of \\d+ child executions started did not succeed\n"
                + "  \\S+  FAILED  Batch.Rejected: item 2 is no good\n\n");
    }
}
