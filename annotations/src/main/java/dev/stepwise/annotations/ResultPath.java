package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code ResultPath}: where the result goes in the input. {@code "null"} or {@code nullResult = true} drops the
 * result and passes the input on.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ResultPath {

    String value() default "";

    /** Emits {@code "ResultPath": null}. */
    boolean nullResult() default false;
}
