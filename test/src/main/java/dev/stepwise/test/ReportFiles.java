package dev.stepwise.test;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Where the reports of a failed test go: {@code target/stepwise-reports/<test class>/<test>.html}, one name per test
 * so that no test's reports overwrite another's: the method's name, with its parameter types when the class has
 * several methods of that name, and with the invocation's number for each run of a {@code @ParameterizedTest},
 * {@code @RepeatedTest} or other template (not its display name, which may hold any character).
 */
final class ReportFiles {

    /** Where reports of failed tests go: the build's output folder of the module under test. */
    static final Path REPORTS = Path.of("target", "stepwise-reports");

    /** The last segment of an invocation's unique ID, as JUnit Jupiter writes it. */
    private static final Pattern INVOCATION = Pattern.compile("\\[test-template-invocation:#(\\d+)]$");

    private ReportFiles() {
    }

    /** The report of execution {@code index} (from 0) of {@code count} the test ran. */
    static Path of(ExtensionContext context, int index, int count) {
        return REPORTS.resolve(context.getRequiredTestClass().getName())
                .resolve(name(context) + (count > 1 ? "-" + (index + 1) : "") + ".html");
    }

    static String name(ExtensionContext context) {
        StringBuilder name = new StringBuilder();
        context.getTestMethod().ifPresentOrElse(method -> {
            name.append(method.getName());
            if (overloaded(context.getRequiredTestClass(), method)) {
                name.append(Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")")));
            }
        }, () -> name.append("test"));
        Matcher invocation = INVOCATION.matcher(context.getUniqueId());
        if (invocation.find()) {
            name.append('[').append(invocation.group(1)).append(']');
        }
        return name.toString();
    }

    private static boolean overloaded(Class<?> type, Method method) {
        return ReflectionSupport.findMethods(type, other -> other.getName().equals(method.getName()),
                HierarchyTraversalMode.TOP_DOWN).size() > 1;
    }
}
