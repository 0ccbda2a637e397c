package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The output of a JSONata state: a JSONata expression ({@code $states.input}, {@code $states.result}, variables),
 * with or without {@code {% %}}. Without it a Task, Parallel or Map state outputs its result and any other state
 * its input. JSONPath states shape their output with {@link ResultPath} and {@link OutputPath} instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Output {
    String value();
}
