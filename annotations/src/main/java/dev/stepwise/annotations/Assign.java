package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets a workflow variable when the state completes ({@code Assign}); later states read it as {@code $name}.
 * Allowed on Task, Pass, Choice, Wait, Parallel and Map states, in both query languages. Every assignment of a state
 * sees the variables as they were when the state was entered.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Assign.List.class)
public @interface Assign {

    /** The variable name (a letter or {@code _} first, then letters, digits and {@code _}; at most 80 characters). */
    String name();

    /**
     * JSONPath states: a path or intrinsic function such as {@code $.order.id} or {@code $states.result.total}.
     * JSONata states: an expression such as {@code $states.result.total * 2}, with or without {@code {% %}}.
     */
    String value();

    /** Holds repeated {@link Assign} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        Assign[] value();
    }
}
