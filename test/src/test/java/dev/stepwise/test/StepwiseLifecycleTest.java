package dev.stepwise.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
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
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension's lifecycle: what tests share, what they report, what is left when they end. */
class StepwiseLifecycleTest {

    static final String PASS = "{\"StartAt\":\"p\",\"States\":{\"p\":{\"Type\":\"Pass\",\"End\":true}}}";
    static final String CALLBACK = "{\"StartAt\":\"t\",\"States\":{\"t\":{\"Type\":\"Task\",\"Resource\":"
            + "\"arn:aws:states:::lambda:invoke.waitForTaskToken\",\"End\":true}}}";

    static final List<Object> SEEN = new CopyOnWriteArrayList<>();

    private String printed;

    private EngineExecutionResults run(Class<?> fixture) {
        SEEN.clear();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return EngineTestKit.engine("junit-jupiter").configurationParameter(OnlyUnderTestKit.PARAMETER, "true")
                    .selectors(selectClass(fixture)).execute();
        } finally {
            System.setOut(original);
            printed = captured.toString(StandardCharsets.UTF_8);
        }
    }

    static Execution pass(LocalRuntime runtime, String name) {
        return runtime.start(runtime.load("P", Json.parse(PASS)), name, Json.parse("{}"));
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @MockConfig(file = "mocks/Greeter.json", testCase = "Hello")
    static class PerClass {
        private final LocalRuntime runtime;

        PerClass(LocalRuntime runtime) {
            this.runtime = runtime;
        }

        @Test
        void first(LocalRuntime parameter) {
            SEEN.add(parameter == runtime);
            pass(runtime, "first-run");
        }

        @Test
        void second() {
            pass(runtime, "second-run");
            throw new AssertionError("second fails");
        }

        @Test
        @MockConfig(file = "mocks/Greeter.json", testCase = "Busy")
        void otherMocks() {
        }

        @Test
        void builder(LocalRuntime.Builder builder) {
        }
    }

    @Test
    void aPerClassRuntimeIsSharedButAFailureReportsOnlyItsTestsExecutionsAndOtherMocksAreRefused() {
        EngineExecutionResults results = run(PerClass.class);

        results.testEvents().assertThatEvents().haveExactly(1, event(test("first"), finishedSuccessfully()));
        assertThat(SEEN).containsExactly(true);
        // the other test's execution is not this failure's
        assertThat(printed).contains("execution:P:second-run").doesNotContain("execution:P:first-run");
        assertThat(Path.of("target", "stepwise-reports", PerClass.class.getName(), "second.html")).exists();
        // a method's @MockConfig would otherwise be silently ignored for the class's runtime
        results.testEvents().assertThatEvents().haveExactly(1, event(test("otherMocks"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message(text -> text.startsWith(
                        "otherMocks() asks for @dev.stepwise.test.MockConfig(")
                        && text.contains("testCase=\"Busy\"") && text.contains("shares the runtime built for its "
                                + "class (in @BeforeAll or a PER_CLASS constructor) with @dev.stepwise.test.")))));
        results.testEvents().assertThatEvents().haveExactly(1, event(test("builder"), finishedWithFailure(
                instanceOf(ParameterResolutionException.class), message("PerClass.builder takes a "
                        + "LocalRuntime.Builder, but the runtime was already built from it (for @BeforeAll, the "
                        + "constructor or an earlier lifecycle method); take the LocalRuntime instead"))));
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class SharedByBeforeAll {
        static LocalRuntime shared;

        @BeforeAll
        static void start(LocalRuntime runtime) {
            shared = runtime;
        }

        @Nested
        @MockConfig(file = "mocks/Greeter.json", testCase = "Hello")
        class Mocked {
            @Test
            void inner(LocalRuntime runtime) {
            }
        }

        @Nested
        class Plain {
            @Test
            void inner(LocalRuntime runtime) {
                SEEN.add(runtime == shared);
            }
        }
    }

    @Test
    void aNestedClassSharingItsOuterClassesRuntimeCannotAskForOtherMocks() {
        EngineExecutionResults results = run(SharedByBeforeAll.class);

        assertThat(SEEN).containsExactly(true);
        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message(text -> text.contains("asks for "
                        + "@dev.stepwise.test.MockConfig(") && text.endsWith("with no @MockConfig; give it the "
                        + "class's @MockConfig, or start its executions with a test case")))));
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class BothInOneList {
        @Test
        void both(LocalRuntime.Builder builder, LocalRuntime runtime) {
        }
    }

    @Test
    void aMethodCannotTakeBothTheBuilderAndTheRuntimeBuiltBeforeItCouldAddToIt() {
        run(BothInOneList.class).testEvents().assertThatEvents().haveExactly(1, event(test("both"),
                finishedWithFailure(instanceOf(ParameterResolutionException.class), message("BothInOneList.both "
                        + "takes both a LocalRuntime and a LocalRuntime.Builder; take the builder and build the "
                        + "runtime from it"))));
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class Templates {
        @ParameterizedTest
        @ValueSource(strings = {"a/b", "c d"})
        void named(String value, LocalRuntime runtime) {
            pass(runtime, null);
            throw new AssertionError(value);
        }

        @RepeatedTest(2)
        void repeated(LocalRuntime runtime) {
            pass(runtime, null);
            throw new AssertionError("again");
        }

        @Test
        void overloaded(LocalRuntime runtime) {
            pass(runtime, null);
            throw new AssertionError("one");
        }

        @Test
        void overloaded(LocalRuntime runtime, ExecutionRecorder recorder) {
            pass(runtime, null);
            throw new AssertionError("other");
        }
    }

    @Test
    void eachInvocationAndOverloadWritesItsOwnReport() throws Exception {
        Path folder = ReportFiles.REPORTS.resolve(Templates.class.getName());
        for (String name : List.of("named[1]", "named[2]", "repeated[1]", "repeated[2]", "overloaded(LocalRuntime)",
                "overloaded(LocalRuntime,ExecutionRecorder)")) {
            Files.deleteIfExists(folder.resolve(name + ".html"));
        }

        run(Templates.class).testEvents().assertStatistics(stats -> stats.failed(6));

        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).contains("named[1].html", "named[2].html",
                    "repeated[1].html", "repeated[2].html", "overloaded(LocalRuntime).html",
                    "overloaded(LocalRuntime,ExecutionRecorder).html");
        }
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class Factory {
        @TestFactory
        Stream<DynamicTest> checks(LocalRuntime runtime) {
            return Stream.of("one", "two").map(name -> DynamicTest.dynamicTest(name, () -> {
                pass(runtime, "dynamic-" + name);
                throw new AssertionError(name);
            }));
        }
    }

    @Test
    void eachFailingDynamicTestExplainsTheExecutionsItStartedInAReportOfItsOwn() throws Exception {
        Path folder = ReportFiles.REPORTS.resolve(Factory.class.getName());
        for (String name : List.of("checks[1]", "checks[2]")) {
            Files.deleteIfExists(folder.resolve(name + ".html"));
        }

        run(Factory.class).testEvents().assertStatistics(stats -> stats.failed(2));

        // the second reports its own execution, not the first one's again
        assertThat(printed).containsOnlyOnce("History of arn:aws:states:us-east-1:123456789012:execution:P:"
                + "dynamic-one:").containsOnlyOnce("History of arn:aws:states:us-east-1:123456789012:execution:P:"
                + "dynamic-two:");
        assertThat(Files.readString(folder.resolve("checks[1].html"))).contains("dynamic-one")
                .doesNotContain("dynamic-two");
        assertThat(Files.readString(folder.resolve("checks[2].html"))).contains("dynamic-two")
                .doesNotContain("dynamic-one");
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class ChecksBeforeAll {
        @BeforeAll
        static void check(LocalRuntime runtime) {
            pass(runtime, "checked-before-all");
            throw new AssertionError("checked before all");
        }

        @Test
        void never() {
        }
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class ChecksAfterAll {
        static LocalRuntime shared;

        @BeforeAll
        static void start(LocalRuntime runtime) {
            shared = runtime;
        }

        @Test
        void runs() {
            pass(shared, "checked-after-all");
        }

        @AfterAll
        static void check() {
            throw new AssertionError("checked after all");
        }
    }

    @Test
    void aFailingBeforeAllOrAfterAllExplainsTheClasssExecutions() throws Exception {
        for (Class<?> fixture : List.of(ChecksBeforeAll.class, ChecksAfterAll.class)) {
            String phase = fixture == ChecksBeforeAll.class ? "beforeAll" : "afterAll";
            Path report = ReportFiles.REPORTS.resolve(fixture.getName()).resolve(phase + ".html");
            Files.deleteIfExists(report);

            run(fixture).containerEvents().assertStatistics(stats -> stats.failed(1));

            String execution = fixture == ChecksBeforeAll.class ? "checked-before-all" : "checked-after-all";
            assertThat(printed).startsWith("History of arn:aws:states:us-east-1:123456789012:execution:P:" + execution
                    + ":").contains("Report of ");
            assertThat(Files.readString(report)).contains(execution);
        }
    }

    @ParameterizedClass
    @ValueSource(strings = {"a", "b"})
    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class ClassTemplate {
        @Parameter
        String value;

        @Test
        void fails(LocalRuntime runtime) {
            pass(runtime, "class-template-" + value);
            throw new AssertionError(value);
        }
    }

    @Test
    void eachInvocationOfAParameterizedClassWritesItsOwnReport() throws Exception {
        Path folder = ReportFiles.REPORTS.resolve(ClassTemplate.class.getName());
        for (String name : List.of("fails[1]", "fails[2]")) {
            Files.deleteIfExists(folder.resolve(name + ".html"));
        }

        run(ClassTemplate.class).testEvents().assertStatistics(stats -> stats.failed(2));

        assertThat(Files.readString(folder.resolve("fails[1].html"))).contains("class-template-a");
        assertThat(Files.readString(folder.resolve("fails[2].html"))).contains("class-template-b");
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class ChecksAfterEach {
        private final LocalRuntime runtime;

        ChecksAfterEach(LocalRuntime runtime) {
            this.runtime = runtime;
        }

        @Test
        void runs() {
            pass(runtime, "checked-later");
        }

        @AfterEach
        void check() {
            throw new AssertionError("checked after");
        }
    }

    @Test
    void aFailingAfterEachExplainsTheTestsExecutions() {
        run(ChecksAfterEach.class).testEvents().assertStatistics(stats -> stats.failed(1));

        assertThat(printed).startsWith("History of arn:aws:states:us-east-1:123456789012:execution:P:checked-later:")
                .contains("Report of ");
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    static class LeavesACallbackWaiting {
        @Test
        void waits(LocalRuntime runtime) {
            SEEN.add(runtime.start(runtime.load("C", Json.parse(CALLBACK)), Json.parse("{}")));
            SEEN.add(runtime);
        }
    }

    @StepwiseTest
    @ExtendWith(OnlyUnderTestKit.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class LeavesACallbackWaitingForTheClass {
        static LocalRuntime shared;

        @BeforeAll
        static void start(LocalRuntime runtime) {
            shared = runtime;
        }

        @Test
        @Order(1)
        void waits() {
            SEEN.add(shared.start(shared.load("C", Json.parse(CALLBACK)), Json.parse("{}")));
        }

        @Test
        @Order(2)
        void findsItStillRunning() {
            SEEN.add(((Execution) SEEN.get(0)).status());
        }
    }

    @Test
    void executionsStillRunningWhenTheirTestOrClassEndsAreStoppedToFreeTheirThreads() {
        run(LeavesACallbackWaiting.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
        Execution left = (Execution) SEEN.get(0);
        // stopped, its thread would no longer wait for an answer nobody will send
        assertThat(left.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(left.error()).isEqualTo("Stepwise.TestEnded");
        LocalRuntime closed = (LocalRuntime) SEEN.get(1); // and its runtime closed, its threads ended
        assertThatThrownBy(() -> closed.start(closed.load("C", Json.parse(CALLBACK)), Json.parse("{}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");

        run(LeavesACallbackWaitingForTheClass.class).testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(SEEN.get(1)).isEqualTo(ExecutionStatus.RUNNING); // the class's runtime lives as long as its class
        assertThat(((Execution) SEEN.get(0)).status()).isEqualTo(ExecutionStatus.ABORTED);
    }
}
