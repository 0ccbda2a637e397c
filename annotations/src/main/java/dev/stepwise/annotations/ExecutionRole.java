package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The IAM role the state machine runs as; without it a least-privilege role is derived from the resources it calls.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ExecutionRole {

    /** {@code arn:aws:iam::<account>:role/<name>}. */
    String value();
}
