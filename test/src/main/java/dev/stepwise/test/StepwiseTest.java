package dev.stepwise.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class with the {@link StepwiseExtension}: each test gets a fresh {@code LocalRuntime} on the
 * virtual clock as a parameter (of the test method or the constructor), or a {@code LocalRuntime.Builder} so
 * configured to add handlers to, and an {@link ExecutionRecorder} holding what its executions logged and reported;
 * {@link MockConfig} adds Step Functions Local's mocked responses. When a test fails, the history of every
 * execution it ran is printed as a table.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(StepwiseExtension.class)
public @interface StepwiseTest {
}
