package dev.stepwise.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Step Functions Local mock configuration ({@code MockConfigFile.json}) a {@link StepwiseTest}'s runtime answers
 * mocked states from, on a test class (for all its tests, nested ones too) or a test method (which wins over its
 * class). On any other method, such as a {@code @BeforeEach}, it would have no effect, so the class fails instead.
 *
 * <p>{@link #file} is looked up first as a class path resource (relative to the class path's root, with or without a
 * leading {@code /}: {@code src/test/resources/MockConfigFile.json} is {@code "MockConfigFile.json"}), then as a file
 * path relative to the working directory (a Maven build runs tests in the module's folder). A file that is not
 * found, or that has mistakes, fails the test with every mistake listed.
 *
 * <p>{@link #testCase}, when given, applies to every execution of a state machine the file lists a test case of
 * that name for (matched by the machine's name: a generated workflow's {@code @Workflow(name)}, or the name given to
 * {@code LocalRuntime.load}); other machines run unmocked. A test case no machine of the file has fails the test.
 * Without it, executions run unmocked unless started with
 * {@code runtime.start(machine, name, input, testCase)}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MockConfig {

    /** The mock configuration file: a class path resource, else a path relative to the working directory. */
    String file();

    /** The test case every execution runs with; empty for none. */
    String testCase() default "";
}
