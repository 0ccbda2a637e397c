package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code Map} state: runs the {@link Flow} class {@code processor} for each item of the array at {@code items}.
 * Numeric attributes left at -1 are unset.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Map {

    /** {@code ItemsPath}; the whole input when empty. */
    String items() default "";

    /** {@code ItemSelector} as raw JSON; may read {@code $$.Map.Item.Value} and {@code $$.Map.Item.Index}. */
    String itemSelector() default "";

    /** {@code MaxConcurrency}: 0 is unlimited. */
    int maxConcurrency() default -1;

    /**
     * The concurrency read when the state runs: in a JSONPath state a path in the state input
     * ({@code MaxConcurrencyPath}); in a JSONata state an expression such as {@code $states.input.width}, with or
     * without {@code {% %}}, written as {@code MaxConcurrency} itself (JSONata states have no {@code ...Path}
     * fields). The other {@code ...Path} attributes work the same way.
     */
    String maxConcurrencyPath() default "";

    int toleratedFailureCount() default -1;

    /** {@code ToleratedFailureCountPath}, or a JSONata expression: see {@link #maxConcurrencyPath()}. */
    String toleratedFailureCountPath() default "";

    /** {@code ToleratedFailurePercentage}, 0 to 100. */
    double toleratedFailurePercentage() default -1;

    /** {@code ToleratedFailurePercentagePath}, or a JSONata expression: see {@link #maxConcurrencyPath()}. */
    String toleratedFailurePercentagePath() default "";

    /** The {@link Flow} class run for each item. */
    Class<?> processor();

    Mode mode() default Mode.INLINE;

    /**
     * {@code ProcessorConfig.ExecutionType} of a DISTRIBUTED Map: its child executions run as Standard workflows, or
     * as Express ones (at most five minutes, at-least-once; no {@code .sync} or {@code .waitForTaskToken} task).
     */
    ExecutionType executionType() default ExecutionType.STANDARD;

    /** {@code Label} of a DISTRIBUTED Map: names its Map Run and child executions; empty leaves it out. */
    String label() default "";

    /**
     * Where iterations run: inside this execution, or as child executions (which {@link ItemReader},
     * {@link ItemBatcher} and {@link ResultWriter} need).
     */
    enum Mode { INLINE, DISTRIBUTED }

    /** The kind of workflow a DISTRIBUTED Map's child executions are. */
    enum ExecutionType { STANDARD, EXPRESS }
}
