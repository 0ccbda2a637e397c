package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The state machine's CloudWatch Logs configuration.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Logging {

    Level level() default Level.ERROR;

    boolean includeExecutionData() default false;

    /** A log group ARN ending in {@code :*}; empty for a generated group. */
    String logGroup() default "";

    /** Which execution history events are logged. */
    enum Level { ALL, ERROR, FATAL, OFF }
}
