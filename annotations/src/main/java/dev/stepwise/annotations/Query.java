package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the workflow's {@link QueryLanguage} for one state. A JSONPath workflow may switch single states to
 * JSONata; a JSONata workflow cannot switch states back to JSONPath (Step Functions rejects that).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
    QueryLanguage value();
}
