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

    /** {@code TimeoutSecondsPath}: a path to the timeout in the state input. */
    String timeoutSecondsPath() default "";

    /** {@code HeartbeatSeconds}; must be below the timeout. 0 leaves it unset. */
    int heartbeatSeconds() default 0;

    /** {@code HeartbeatSecondsPath}. */
    String heartbeatSecondsPath() default "";

    /** {@code Credentials} as raw JSON, for example {@code {"RoleArn": "arn:aws:iam::..."}}. */
    String credentials() default "";
}
