package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code Fail} state: ends the execution with an error. Error names must not start with {@code States.}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Fail {

    /** {@code Error}; in a JSONata state also a {@code {% %}} expression. */
    String error() default "";

    /** {@code Cause}; in a JSONata state also a {@code {% %}} expression. */
    String cause() default "";

    /**
     * The error read when the state runs: in a JSONPath state a path or intrinsic function ({@code ErrorPath}); in
     * a JSONata state an expression such as {@code $states.input.error}, with or without {@code {% %}}, written as
     * {@code Error} itself (JSONata states have no {@code ...Path} fields).
     */
    String errorPath() default "";

    /** The cause read when the state runs: {@code CausePath}, or a JSONata expression, as {@link #errorPath()}. */
    String causePath() default "";
}
