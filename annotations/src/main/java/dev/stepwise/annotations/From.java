package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes a Task parameter from the state input: the parameter becomes a {@code "<name>.$"} key of the state's
 * {@code Parameters}. The value is a path ({@code $.order}, {@code $$.Execution.Id}) or an intrinsic function
 * ({@code States.Format('Hi {}', $.name)}). In a JSONata state the parameter becomes an {@code Arguments} entry and
 * the value is a JSONata expression ({@code $states.input.order}, {@code $orderId}), with or without {@code {% %}}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface From {
    String value();
}
