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

    /** {@code Timestamp}, RFC 3339 such as {@code 2026-01-01T00:00:00Z}. */
    String timestamp() default "";

    /** {@code SecondsPath}. */
    String secondsPath() default "";

    /** {@code TimestampPath}. */
    String timestampPath() default "";
}
