package dev.stepwise.test;

import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit 5 extension behind {@link StepwiseTest}. Per test it prepares a {@code LocalRuntime.Builder} on the
 * virtual clock, with the {@link MockConfig} of the method (else of the class), machines loaded without logging
 * settings of their own logging everything, and an {@link ExecutionRecorder} attached; and it resolves parameters of
 * the test method or constructor of these types:
 *
 * <ul>
 *   <li>{@code LocalRuntime}: the runtime built from that builder (the same instance for every parameter of the
 *       test);</li>
 *   <li>{@code LocalRuntime.Builder}: the builder itself, for a test that adds handlers and builds;</li>
 *   <li>{@link ExecutionRecorder}: what the test's executions logged and reported.</li>
 * </ul>
 *
 * <p>When the test throws, the history of every execution its runtime recorded is printed to standard output as a
 * {@link HistoryTable}, headed by the execution's ARN, and published as a report entry {@code stepwise.history};
 * and each execution is written as an HTML report (see {@code Execution.report}) under
 * {@code target/stepwise-reports/<test class>/<test method>.html} (one file per test: see {@code ReportFiles}), its
 * path published as {@code stepwise.report} (see {@link FailureReport}). The same when a dynamic test of a
 * {@code @TestFactory}, or a {@code @BeforeEach}, {@code @AfterEach}, {@code @BeforeAll} or {@code @AfterAll}
 * method throws.
 *
 * <p>A runtime resolved for {@code @BeforeAll} or the constructor of a {@code PER_CLASS} test class is the class's:
 * its tests, and those of its nested classes, share it, and may not ask for another {@link MockConfig} or for the
 * builder; a failed test reports only the executions it started. When the test (or class) a runtime was made for
 * ends, the executions still running, such as one waiting for a callback, are stopped, freeing their threads.
 */
public final class StepwiseExtension implements ParameterResolver, BeforeAllCallback, BeforeEachCallback,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler, InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            StepwiseExtension.class);
    /** The ARNs of the executions a class-wide runtime had run before a test began, which are not the test's. */
    private static final String EARLIER_KEY = "stepwise.earlier";

    /** Constructor parameters are resolved in the test method's context, so that each test gets its own runtime. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalRuntime.class || type == LocalRuntime.Builder.class || type == ExecutionRecorder.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // found in this context's store or, when resolved for @BeforeAll or a PER_CLASS constructor, a class's
        TestRuntime test = context.getStore(NAMESPACE).getOrComputeIfAbsent(TestRuntime.class,
                key -> new TestRuntime(newBuilder(context), MockConfigs.of(context)), TestRuntime.class);
        requireSameMocks(test, context);
        Class<?> type = parameter.getParameter().getType();
        if (type == LocalRuntime.class || type == LocalRuntime.Builder.class) {
            requireNotBoth(parameter);
        }
        if (type == LocalRuntime.class) {
            return test.runtime();
        }
        if (type == LocalRuntime.Builder.class) {
            if (test.built()) {
                throw new ParameterResolutionException(describe(parameter) + " takes a LocalRuntime.Builder, but "
                        + "the runtime was already built from it (for @BeforeAll, the constructor or an earlier "
                        + "lifecycle method); take the LocalRuntime instead");
            }
            return test.builder;
        }
        return test.recorder;
    }

    /**
     * A runtime built for a whole class (in {@code @BeforeAll} or a {@code PER_CLASS} constructor) serves all its
     * tests, nested ones too; a test or nested class asking for other mocks would silently run with the class's.
     */
    private static void requireSameMocks(TestRuntime test, ExtensionContext context) {
        Optional<MockConfig> wanted = MockConfigs.of(context);
        if (!wanted.equals(test.mocks)) {
            throw new ExtensionConfigurationException(context.getDisplayName() + " asks for "
                    + wanted.map(Object::toString).orElse("no @MockConfig") + ", but shares the runtime built for its "
                    + "class (in @BeforeAll or a PER_CLASS constructor) with "
                    + test.mocks.map(Object::toString).orElse("no @MockConfig")
                    + "; give it the class's @MockConfig, or start its executions with a test case");
        }
    }

    /** Both in one parameter list would build the runtime before the method could add anything to the builder. */
    private static void requireNotBoth(ParameterContext parameter) {
        List<Class<?>> types = List.of(parameter.getDeclaringExecutable().getParameterTypes());
        if (types.contains(LocalRuntime.class) && types.contains(LocalRuntime.Builder.class)) {
            throw new ParameterResolutionException(describe(parameter) + " takes both a LocalRuntime and a "
                    + "LocalRuntime.Builder; take the builder and build the runtime from it");
        }
    }

    private static String describe(ParameterContext parameter) {
        return parameter.getDeclaringExecutable().getDeclaringClass().getSimpleName() + "."
                + parameter.getDeclaringExecutable().getName();
    }

    /** Refuses, before any test of the class runs, a {@link MockConfig} the kit would ignore. */
    @Override
    public void beforeAll(ExtensionContext context) {
        MockConfigs.requireOnTestsOnly(context.getRequiredTestClass());
    }

    /**
     * When the test shares a class-wide runtime, notes the executions it ran before, so that the test's failure
     * reports only its own; and refuses a test whose {@link MockConfig} that runtime does not have.
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        TestRuntime test = context.getParent()
                .map(parent -> parent.getStore(NAMESPACE).get(TestRuntime.class, TestRuntime.class)).orElse(null);
        if (test != null) {
            requireSameMocks(test, context);
            noteEarlierExecutions(test, context);
        }
    }

    private static void noteEarlierExecutions(TestRuntime test, ExtensionContext context) {
        Set<String> earlier = new HashSet<>();
        test.recorder.executions().forEach(execution -> earlier.add(execution.arn()));
        context.getStore(NAMESPACE).put(EARLIER_KEY, earlier);
    }

    private static LocalRuntime.Builder newBuilder(ExtensionContext context) {
        LocalRuntime.Builder builder = LocalRuntime.builder().clock(Clocks.virtual())
                .logging(LoggingConfiguration.of(LogLevel.ALL, true));
        MockConfigs.of(context).ifPresent(annotation -> {
            builder.mockConfig(MockConfigs.read(annotation));
            if (!annotation.testCase().isEmpty()) {
                builder.testCase(annotation.testCase());
            }
        });
        return builder;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        explain(context, thrown, "test");
        throw thrown;
    }

    /** A test whose {@code @BeforeEach} or {@code @AfterEach} checks its executions fails there. */
    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        explain(context, thrown, "beforeEach");
        throw thrown;
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        explain(context, thrown, "afterEach");
        throw thrown;
    }

    /** A class whose {@code @BeforeAll} or {@code @AfterAll} runs and checks executions fails there. */
    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        explain(context, thrown, "beforeAll");
        throw thrown;
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        explain(context, thrown, "afterAll");
        throw thrown;
    }

    /**
     * JUnit hands a failing dynamic test to no exception handler, so its failure is caught here; the dynamic tests
     * of a {@code @TestFactory} share its runtime, so each reports only the executions it started.
     */
    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
            ExtensionContext context) throws Throwable {
        TestRuntime test = context.getStore(NAMESPACE).get(TestRuntime.class, TestRuntime.class);
        if (test != null) {
            noteEarlierExecutions(test, context);
        }
        try {
            invocation.proceed();
        } catch (Throwable thrown) {
            explain(context, thrown, "test");
            throw thrown;
        }
    }

    private static void explain(ExtensionContext context, Throwable thrown, String phase) {
        TestRuntime test = context.getStore(NAMESPACE).get(TestRuntime.class, TestRuntime.class);
        if (test == null || thrown instanceof TestAbortedException) { // a skipped test has nothing to explain
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> earlier = context.getStore(NAMESPACE).getOrDefault(EARLIER_KEY, Set.class, Set.of());
        FailureReport.explain(context, test.recorder, earlier, phase);
    }
}
