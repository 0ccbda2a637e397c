package dev.stepwise.test;

import dev.stepwise.runtime.mock.MockConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** Finds the {@link MockConfig} that applies to a test and reads the file it names. */
final class MockConfigs {

    private MockConfigs() {
    }

    /**
     * The method's {@link MockConfig}, else its class's, else an enclosing test class's. The enclosing classes are
     * those JUnit runs the nested class in, not the ones it is declared in: a {@code @Nested} class inherited from
     * an abstract base runs inside each concrete subclass, whose {@code @MockConfig} applies to it.
     */
    static Optional<MockConfig> of(ExtensionContext context) {
        Optional<MockConfig> found = context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, MockConfig.class));
        if (found.isEmpty() && context.getTestClass().isPresent()) {
            found = AnnotationSupport.findAnnotation(context.getTestClass().get(), MockConfig.class,
                    context.getEnclosingTestClasses());
        }
        return found;
    }

    /**
     * Refuses a {@link MockConfig} on a method that is not a test ({@code @BeforeEach}, {@code @BeforeAll}, a
     * helper): only a test method's or a class's applies, so one there would be ignored without a word and its
     * executions run unmocked.
     */
    static void requireOnTestsOnly(Class<?> testClass) {
        List<Method> misplaced = ReflectionSupport.findMethods(testClass,
                method -> AnnotationSupport.isAnnotated(method, MockConfig.class)
                        && !AnnotationSupport.isAnnotated(method, Testable.class), HierarchyTraversalMode.TOP_DOWN);
        if (!misplaced.isEmpty()) {
            Method method = misplaced.get(0);
            throw new ExtensionConfigurationException("@MockConfig on " + method.getDeclaringClass().getSimpleName()
                    + "." + method.getName() + "(), which is not a test, would be ignored; put it on the test methods "
                    + "or on the test class");
        }
    }

    /**
     * Reads the file of {@code annotation}: a class path resource first, then a path relative to the working
     * directory (see {@link MockConfig#file}); a file with mistakes, or without the test case the annotation names,
     * fails the test naming the annotation and where the file was found.
     */
    static dev.stepwise.runtime.mock.MockConfig read(MockConfig annotation) {
        dev.stepwise.runtime.mock.MockConfig config;
        try {
            config = find(annotation.file());
        } catch (MockConfigException e) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + annotation.file() + "\"): "
                    + e.getMessage(), e);
        }
        if (!annotation.testCase().isEmpty()) {
            requireTestCase(annotation, config);
        }
        return config;
    }

    private static dev.stepwise.runtime.mock.MockConfig find(String file) {
        String resource = file.startsWith("/") ? file.substring(1) : file;
        if (resource.isBlank()) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + file + "\") names no file; name the "
                    + "mock configuration, such as \"MockConfigFile.json\" in src/test/resources");
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource(resource);
        if (url != null) {
            return parse(url, file, resource);
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + file + "\"): no class path resource "
                    + resource + ", and not a file path: " + e.getMessage(), e);
        }
        if (Files.isDirectory(path)) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + file + "\"): " + path.toAbsolutePath()
                    + " is a folder; name the mock configuration file in it");
        }
        if (!Files.isRegularFile(path)) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + file + "\"): no class path resource "
                    + resource + " and no file " + path.toAbsolutePath());
        }
        try {
            return dev.stepwise.runtime.mock.MockConfig.read(path);
        } catch (UncheckedIOException e) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + file + "\"): " + e.getMessage(), e);
        }
    }

    /** A folder on the class path reads as the list of its files, which would be reported as bad JSON. */
    private static dev.stepwise.runtime.mock.MockConfig parse(URL url, String file, String resource) {
        try {
            URLConnection connection = url.openConnection();
            boolean folder = connection instanceof JarURLConnection jar ? jar.getJarEntry().isDirectory()
                    : "file".equals(url.getProtocol()) && Files.isDirectory(Path.of(url.toURI()));
            if (folder) {
                throw new ExtensionConfigurationException("@MockConfig(file = \"" + file + "\"): the class path "
                        + "resource " + resource + " is a folder; name the mock configuration file in it");
            }
            try (InputStream in = connection.getInputStream()) {
                return dev.stepwise.runtime.mock.MockConfig.parse(in.readAllBytes(),
                        "class path resource " + resource);
            }
        } catch (IOException | URISyntaxException e) {
            throw new ExtensionConfigurationException("@MockConfig(file = \"" + file + "\"): cannot read the class "
                    + "path resource " + resource + ": " + e.getMessage(), e);
        }
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
}
