package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code Pass} state: passes its input on, or a fixed result.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Pass {

    /** {@code Result} as raw JSON. */
    String result() default "";

    /** {@code Parameters} as raw JSON. */
    String parameters() default "";
}
