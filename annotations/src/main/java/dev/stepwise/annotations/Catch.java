package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A catcher: on the listed errors (after retries), go to {@code next} with the error output ({@code {"Error": ...,
 * "Cause": ...}}) as the state's output: placed at {@code resultPath} in a JSONPath state ({@code $} by default,
 * replacing the input), shaped by {@code output} in a JSONata state. It may also set variables:
 *
 * <pre>{@code @Catch(errors = "States.TaskFailed", next = "refund",
 *         output = "{% {'order': $states.input.id, 'reason': $states.errorOutput.Cause} %}",
 *         assign = @Assign(name = "failure", value = "{% $states.errorOutput %}"))}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Catch.List.class)
public @interface Catch {

    String[] errors() default "States.ALL";

    String next();

    /** JSONPath states: where the error output goes in the state input; JSONata states use {@link #output()}. */
    String resultPath() default "";

    /**
     * JSONata states: the state's output when this catcher catches, an expression reading
     * {@code $states.errorOutput}, {@code $states.input} and variables, with or without {@code {% %}}; without it
     * the error output. JSONPath states use {@link #resultPath()}.
     */
    String output() default "";

    /**
     * The variables set when this catcher catches, instead of the state's own {@link Assign}s. JSONPath states: a
     * value's {@code $} is the error output ({@code $.Cause}); JSONata states: {@code $states.errorOutput} is, and
     * {@code $states.input} the state input.
     */
    Assign[] assign() default {};

    /** {@code Comment}: a note on this catcher, written into the definition; empty leaves it out. */
    String comment() default "";

    /** Holds repeated {@link Catch} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        Catch[] value();
    }
}
