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

    String error() default "";

    String cause() default "";

    /** {@code ErrorPath}: a path or intrinsic function giving the error. */
    String errorPath() default "";

    /** {@code CausePath}: a path or intrinsic function giving the cause. */
    String causePath() default "";
}
