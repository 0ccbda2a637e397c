package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code Wait} state: exactly one of the four attributes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Wait {

    /** {@code Seconds}; -1 leaves it unset. */
    int seconds() default -1;

    /**
     * {@code Timestamp}, RFC 3339 such as {@code 2026-01-01T00:00:00Z}; in a JSONata state also a {@code {% %}}
     * expression.
     */
    String timestamp() default "";

    /**
     * The seconds read when the state runs: in a JSONPath state a path in the state input ({@code SecondsPath}); in
     * a JSONata state an expression such as {@code $states.input.delay}, with or without {@code {% %}}, written as
     * {@code Seconds} itself (JSONata states have no {@code ...Path} fields).
     */
    String secondsPath() default "";

    /**
     * The timestamp read when the state runs: a path in a JSONPath state ({@code TimestampPath}), an expression in
     * a JSONata state (written as {@code Timestamp}), as {@link #secondsPath()}.
     */
    String timestampPath() default "";
}
