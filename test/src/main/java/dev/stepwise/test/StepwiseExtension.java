package dev.stepwise.test;

import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.runtime.mock.MockConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.junit.platform.commons.support.AnnotationSupport;
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
public final class StepwiseExtension implements ParameterResolver, BeforeEachCallback, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler, InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            StepwiseExtension.class);
    /** The ARNs of the executions a class-wide runtime had run before a test began, which are not the test's. */
    private static final String EARLIER_KEY = "stepwise.earlier";
    static final Path REPORTS = ReportFiles.REPORTS;

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
                key -> new TestRuntime(newBuilder(context), mockConfig(context)), TestRuntime.class);
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
        Optional<MockConfig> wanted = mockConfig(context);
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
        mockConfig(context).ifPresent(annotation -> {
            dev.stepwise.runtime.mock.MockConfig config = readMockConfig(annotation.file());
            builder.mockConfig(config);
            if (!annotation.testCase().isEmpty()) {
                requireTestCase(annotation, config);
                builder.testCase(annotation.testCase());
            }
        });
        return builder;
    }

    /**
     * The method's {@link MockConfig}, else its class's, else an enclosing test class's. The enclosing classes are
     * those JUnit runs the nested class in, not the ones it is declared in: a {@code @Nested} class inherited from
     * an abstract base runs inside each concrete subclass, whose {@code @MockConfig} applies to it.
     */
    private static Optional<MockConfig> mockConfig(ExtensionContext context) {
        Optional<MockConfig> found = context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, MockConfig.class));
        if (found.isEmpty() && context.getTestClass().isPresent()) {
            found = AnnotationSupport.findAnnotation(context.getTestClass().get(), MockConfig.class,
                    context.getEnclosingTestClasses());
        }
        return found;
    }

    /**
     * A test case no machine of the file has would leave every execution unmocked without a word (the runtime runs
     * the machines a test case does not list unmocked), so a misspelt name is refused.
     */
    private static void requireTestCase(MockConfig annotation, dev.stepwise.runtime.mock.MockConfig config) {
        Map<String, Set<String>> cases = new LinkedHashMap<>();
        for (String machine : config.stateMachines()) {
            cases.put(machine, config.testCases(machine));
        }
        if (cases.values().stream().noneMatch(names -> names.contains(annotation.testCase()))) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + annotation.file() + "\", testCase = \""
                    + annotation.testCase() + "\"): no state machine of the file has the test case '"
                    + annotation.testCase() + "'; its test cases are " + cases);
        }
    }

    /**
     * A class path resource first, then a path relative to the working directory (see {@link MockConfig#file}); a
     * file with mistakes fails the test naming the annotation and where the file was found.
     */
    static dev.stepwise.runtime.mock.MockConfig readMockConfig(String file) {
        try {
            return findMockConfig(file);
        } catch (MockConfigException e) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + file + "\"): " + e.getMessage(), e);
        }
    }

    private static dev.stepwise.runtime.mock.MockConfig findMockConfig(String file) {
        String resource = file.startsWith("/") ? file.substring(1) : file;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in != null) {
                return dev.stepwise.runtime.mock.MockConfig.parse(new String(in.readAllBytes(),
                        StandardCharsets.UTF_8), "class path resource " + resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class path resource " + resource, e);
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + file + "\"): no class path resource "
                    + resource + " and no file " + path.toAbsolutePath());
        }
        return dev.stepwise.runtime.mock.MockConfig.read(path);
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
