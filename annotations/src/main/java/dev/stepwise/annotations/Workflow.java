package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose methods are the states of a Step Functions state machine.
 *
 * <p>The processor writes {@code META-INF/stepwise/<qualified.Name>.asl.json}, input and output records and a
 * {@code <Name>Workflow} class implementing {@code dev.stepwise.workflow.WorkflowSpec}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Workflow {

    /** The state machine name; the simple class name when empty. */
    String name() default "";

    /** The definition's top-level {@code Comment}. */
    String comment() default "";

    Type type() default Type.STANDARD;

    /** The execution timeout ({@code TimeoutSeconds}); 0 leaves it unset. */
    int timeoutSeconds() default 0;

    QueryLanguage queryLanguage() default QueryLanguage.JSONPATH;

    /**
     * The type of the workflow input, a record or a class with properties: every path a state reads from it is
     * checked against its properties (a misspelt one is a compile error) and the generated {@code Input} record has
     * exactly them. {@code Void.class}, the default, infers the input from the paths the states read instead.
     */
    Class<?> input() default Void.class;

    /** The state machine type: long-running and exactly-once, or short-lived and at-least-once. */
    enum Type { STANDARD, EXPRESS }
}
