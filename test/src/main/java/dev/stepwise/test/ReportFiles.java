package dev.stepwise.test;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Where the reports of a failed test go: {@code target/stepwise-reports/<test class>/<test>.html}, one name per test
 * so that no test's reports overwrite another's: the method's name, with its parameter types when the class has
 * several methods of that name, and with the number of each invocation it is part of: a run of a
 * {@code @ParameterizedClass}, a {@code @ParameterizedTest}, {@code @RepeatedTest} or other template, a dynamic
 * container or test of a {@code @TestFactory} (numbers, not display names, which may hold any character). A failure
 * of the class's own ({@code @BeforeAll}, {@code @AfterAll}) is named after that phase.
 */
final class ReportFiles {

    /** Where reports of failed tests go: the build's output folder of the module under test. */
    static final Path REPORTS = Path.of("target", "stepwise-reports");

    /** A segment of a unique ID that numbers one invocation, as JUnit Jupiter writes it. */
    private static final Pattern INVOCATION = Pattern.compile(
            "\\[(?:class-template-invocation|test-template-invocation|dynamic-container|dynamic-test):#(\\d+)]");

    private ReportFiles() {
    }

    /**
     * The report of execution {@code index} (from 0) of {@code count} the test ran; {@code phase} names it when the
     * context is a class's, not a test's.
     */
    static Path of(ExtensionContext context, String phase, int index, int count) {
        return REPORTS.resolve(testClass(context).getName())
                .resolve(name(context, phase) + (count > 1 ? "-" + (index + 1) : "") + ".html");
    }

    static String name(ExtensionContext context, String phase) {
        StringBuilder name = new StringBuilder();
        nearest(context, ExtensionContext::getTestMethod).ifPresentOrElse(method -> {
            name.append(method.getName());
            if (overloaded(testClass(context), method)) {
                name.append(Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")")));
            }
        }, () -> name.append(phase));
        Matcher invocation = INVOCATION.matcher(context.getUniqueId());
        while (invocation.find()) {
            name.append('[').append(invocation.group(1)).append(']');
        }
        return name.toString();
    }

    /** A dynamic test's context has neither class nor method: those of its {@code @TestFactory} are its. */
    private static Class<?> testClass(ExtensionContext context) {
        return nearest(context, ExtensionContext::getTestClass).orElseThrow();
    }

    private static <T> Optional<T> nearest(ExtensionContext context,
            Function<ExtensionContext, Optional<T>> property) {
        for (Optional<ExtensionContext> at = Optional.of(context); at.isPresent(); at = at.get().getParent()) {
            Optional<T> found = property.apply(at.get());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean overloaded(Class<?> type, Method method) {
        return ReflectionSupport.findMethods(type, other -> other.getName().equals(method.getName()),
                HierarchyTraversalMode.TOP_DOWN).size() > 1;
    }
}
