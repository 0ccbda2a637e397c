package dev.stepwise.runtime.definition;

import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;

/**
 * A compiled {@code Assign} block (of a state, a Choice rule or a Catch): the variables it sets, written in the
 * state's query language. Exactly one of the two templates is set; each evaluates to an object whose fields are
 * the variables, with {@code .$} keys (JSONPath) or {@code {% %}} strings (JSONata) already compiled.
 */
public record Assignment(PayloadTemplate jsonPath, JsonataTemplate jsonata) {

    public static Assignment ofJsonPath(PayloadTemplate template) {
        return new Assignment(template, null);
    }

    public static Assignment ofJsonata(JsonataTemplate template) {
        return new Assignment(null, template);
    }
}
