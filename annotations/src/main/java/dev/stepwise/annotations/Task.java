package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code Task} state: calls a resource. The method body is its local implementation, the return value its result;
 * {@link From} parameters become the state's {@code Parameters}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Task {

    /**
     * The resource ARN: a Lambda function, an activity or an {@code arn:aws:states:::service:api} integration.
     *
     * <p>With the optimized Lambda integration {@code arn:aws:states:::lambda:invoke} the method stands for the
     * function: it receives the request's {@code Payload} (the {@link From} parameters go into {@code Payload}), and
     * the state's result is Lambda's Invoke response, {@code dev.stepwise.workflow.LambdaInvocation}, with the
     * method's return value as {@code Payload}: select it with {@code @ResultSelector("{\"x.$\": \"$.Payload\"}")}.
     * Locally the generated binding wraps the return value the same way.
     */
    String resource();

    /** {@code TimeoutSeconds}; 0 leaves the AWS default. */
    int timeoutSeconds() default 0;

    /**
     * The timeout read when the state runs: in a JSONPath state a path to it in the state input
     * ({@code TimeoutSecondsPath}); in a JSONata state an expression such as {@code $states.input.limit}, with or
     * without {@code {% %}}, written as {@code TimeoutSeconds} itself (JSONata states have no {@code ...Path} fields).
     */
    String timeoutSecondsPath() default "";

    /** {@code HeartbeatSeconds}; must be below the timeout. 0 leaves it unset. */
    int heartbeatSeconds() default 0;

    /**
     * The heartbeat read when the state runs: a path in a JSONPath state ({@code HeartbeatSecondsPath}), an
     * expression in a JSONata state (written as {@code HeartbeatSeconds}), as {@link #timeoutSecondsPath()}.
     */
    String heartbeatSecondsPath() default "";

    /** {@code Credentials} as raw JSON, for example {@code {"RoleArn": "arn:aws:iam::..."}}. */
    String credentials() default "";
}
