package dev.stepwise.test;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
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
 * {@code target/stepwise-reports/<test class>/<test method>.html}, its path published as {@code stepwise.report}.
 */
public final class StepwiseExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            StepwiseExtension.class);
    private static final String REPORT_KEY = "stepwise.history";
    private static final String REPORT_FILE_KEY = "stepwise.report";
    /** Where reports of failed tests go: the build's output folder of the module under test. */
    static final Path REPORTS = Path.of("target", "stepwise-reports");

    /** What one test shares between its parameters. */
    private static final class TestRuntime {
        final ExecutionRecorder recorder = new ExecutionRecorder();
        final LocalRuntime.Builder builder;
        LocalRuntime runtime;

        TestRuntime(LocalRuntime.Builder builder) {
            this.builder = recorder.attachTo(builder);
        }

        synchronized LocalRuntime runtime() {
            if (runtime == null) {
                runtime = builder.build();
            }
            return runtime;
        }
    }

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
        TestRuntime test = context.getStore(NAMESPACE).getOrComputeIfAbsent(TestRuntime.class,
                key -> new TestRuntime(newBuilder(context)), TestRuntime.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == LocalRuntime.class) {
            return test.runtime();
        }
        if (type == LocalRuntime.Builder.class) {
            if (test.runtime != null) {
                throw new ParameterResolutionException("a test takes either a LocalRuntime or a LocalRuntime.Builder "
                        + "to build one from, not both");
            }
            return test.builder;
        }
        return test.recorder;
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

    /** The method's {@link MockConfig}, else its class's (or an enclosing class's). */
    private static Optional<MockConfig> mockConfig(ExtensionContext context) {
        Optional<MockConfig> found = context.getTestMethod().flatMap(method -> find(method));
        for (Optional<Class<?>> type = context.getTestClass(); found.isEmpty() && type.isPresent();
                type = Optional.ofNullable(type.get().getEnclosingClass())) {
            found = find(type.get());
        }
        return found;
    }

    private static Optional<MockConfig> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, MockConfig.class);
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

    /** A class path resource first, then a path relative to the working directory (see {@link MockConfig#file}). */
    static dev.stepwise.runtime.mock.MockConfig readMockConfig(String file) {
        String resource = file.startsWith("/") ? file.substring(1) : file;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in != null) {
                return dev.stepwise.runtime.mock.MockConfig.parse(new String(in.readAllBytes(),
                        StandardCharsets.UTF_8));
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
        TestRuntime test = context.getStore(NAMESPACE).get(TestRuntime.class, TestRuntime.class);
        if (test != null && !(thrown instanceof TestAbortedException)) { // a skipped test has nothing to explain
            String report = describe(test.recorder.histories());
            if (!report.isEmpty()) {
                PrintStream out = System.out;
                out.print(report);
                out.flush();
                context.publishReportEntry(REPORT_KEY, report);
            }
            writeReports(context, test.recorder.executions());
        }
        throw thrown;
    }

    /**
     * One HTML report per execution of the failed test, under {@code target/stepwise-reports/<TestClass>/}: its
     * graph coloured by what each state did, inputs and outputs on a click, timeline and history.
     */
    private static void writeReports(ExtensionContext context, List<Execution> executions) {
        Path folder = REPORTS.resolve(context.getRequiredTestClass().getName());
        String method = context.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
        for (int i = 0; i < executions.size(); i++) {
            Path file = folder.resolve(method + (executions.size() > 1 ? "-" + (i + 1) : "") + ".html");
            try {
                executions.get(i).report(file);
                System.out.println("Report of " + executions.get(i).arn() + ": " + file.toAbsolutePath());
                context.publishReportEntry(REPORT_FILE_KEY, file.toAbsolutePath().toString());
            } catch (IOException | RuntimeException e) {
                // the test's own failure matters more than its report
                System.out.println("No report of " + executions.get(i).arn() + ": " + e);
            }
        }
    }

    private static String describe(Map<String, List<HistoryEvent>> histories) {
        StringBuilder text = new StringBuilder();
        histories.forEach((arn, events) -> text.append("History of ").append(arn).append(":\n")
                .append(HistoryTable.format(events)).append('\n'));
        return text.toString();
    }
}
