package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A retrier: retries the state on the listed errors, waiting {@code intervalSeconds * backoffRate^(n-1)} before
 * retry n, capped at {@code maxDelaySeconds}. Retriers are tried in declaration order; {@code States.ALL} must
 * stand alone in the last one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Retry.List.class)
public @interface Retry {

    String[] errors() default "States.ALL";

    int intervalSeconds() default 1;

    int maxAttempts() default 3;

    /** At least 1. */
    double backoffRate() default 2.0;

    /** 0 leaves the delay uncapped. */
    int maxDelaySeconds() default 0;

    Jitter jitter() default Jitter.NONE;

    /** {@code Comment}: a note on this retrier, written into the definition; empty leaves it out. */
    String comment() default "";

    /** Randomizes retry delays: FULL picks uniformly in {@code [0, delay]}. */
    enum Jitter { FULL, NONE }

    /** Holds repeated {@link Retry} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        Retry[] value();
    }
}
