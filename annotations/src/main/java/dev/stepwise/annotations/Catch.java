package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A catcher: on the listed errors (after retries), go to {@code next} with the error output placed at
 * {@code resultPath} ({@code $} by default, replacing the input).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Catch.List.class)
public @interface Catch {

    String[] errors() default "States.ALL";

    String next();

    String resultPath() default "";

    /** Holds repeated {@link Catch} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        Catch[] value();
    }
}
