package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a version of the state machine on each deployment and points an alias at it.
 *
 * <p>The alias moves to the new version all at once (the default), gradually ({@link Deployment#CANARY} or
 * {@link Deployment#LINEAR} with a {@link #percentage()} and {@link #intervalMinutes()}), or splits executions by
 * fixed {@link #routing()} weights. A gradual deployment and fixed weights exclude each other.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Publish {

    /** The alias name: up to 80 letters, digits, {@code -}, {@code _} or {@code .}, not only digits. */
    String alias();

    /** The version and alias description (at most 256 characters). */
    String description() default "";

    /** How traffic moves to the new version. */
    Deployment deployment() default Deployment.ALL_AT_ONCE;

    /** CANARY: the share of the first increment; LINEAR: the share added per increment (1 to 99). */
    int percentage() default 0;

    /** Minutes between increments of a CANARY or LINEAR deployment (1 to 2100). */
    int intervalMinutes() default 0;

    /** Fixed weights adding up to 100, over at most two versions; empty routes everything to the new version. */
    Route[] routing() default {};

    /** Step Functions' deployment preference types. */
    enum Deployment { ALL_AT_ONCE, CANARY, LINEAR }

    /** One version's share of the alias's executions. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({})
    @interface Route {

        /** An existing version's ARN; empty for the version this deployment publishes. */
        String version() default "";

        /** Percentage of executions, 0 to 100. */
        int weight();
    }
}
