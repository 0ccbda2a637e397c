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

    String maxConcurrencyPath() default "";

    int toleratedFailureCount() default -1;

    String toleratedFailureCountPath() default "";

    /** {@code ToleratedFailurePercentage}, 0 to 100. */
    double toleratedFailurePercentage() default -1;

    String toleratedFailurePercentagePath() default "";

    /** The {@link Flow} class run for each item. */
    Class<?> processor();

    Mode mode() default Mode.INLINE;

    /** Where iterations run: inside this execution, or as child executions. */
    enum Mode { INLINE, DISTRIBUTED }
}
