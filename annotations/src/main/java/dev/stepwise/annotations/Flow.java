package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose methods are the states of a Parallel branch or a Map item processor.
 *
 * <p>It uses the same state vocabulary as a {@link Workflow} but carries no workflow settings.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Flow {

    /** The flow's {@code Comment}. */
    String comment() default "";
}
