package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets a workflow variable when the state completes ({@code Assign}); later states read it as {@code $name} (in
 * JSONPath too: {@code @From("$order.id")}, {@code @When(test = "$total > 100")}, {@code @InputPath("$order")}).
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
     * JSONPath states: a path or intrinsic function. Its {@code $} is the state's result after ResultSelector (a
     * Task, Parallel or Map), its result (a Pass) or its effective input (a Choice or Wait), so
     * {@code $.total} reads a Task's result; {@code $$.Execution.Id} reads the context object and {@code $name}
     * another variable ({@code $states} is JSONata's only).
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
