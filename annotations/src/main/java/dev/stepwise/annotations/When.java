package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One rule of a {@link Choice}: when {@code test} holds, go to {@code next}.
 *
 * <p>The condition language: paths ({@code $.x}, {@code $$.Execution.Id}), literals ({@code 'text'}, numbers,
 * {@code true}, {@code false}, {@code timestamp '2024-01-01T00:00:00Z'}), comparisons {@code == != < <= > >=},
 * {@code &&}, {@code ||}, {@code !}, parentheses, {@code $.x matches 'glob*'}, and
 * {@code $.x is [not] present|null|number|string|boolean|timestamp}. Comparing two paths needs a type, known from
 * the workflow's types or given as {@code number $.y}, {@code string $.y}, {@code boolean $.y},
 * {@code timestamp $.y}.
 *
 * <p>In a JSONata state {@code test} is a JSONata expression instead ({@code $states.input.total > 100 and $vip},
 * with or without {@code {% %}}), written as the rule's {@code Condition}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(When.List.class)
public @interface When {

    String test();

    /** The state to go to. */
    String next();

    /** Holds repeated {@link When} rules. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        When[] value();
    }
}
