package dev.stepwise.processor.model;

/**
 * What a state carries besides JSONPath's input and output processing: its query language, a JSONata
 * {@code Output}, and variable assignments ({@code Assign}, both languages).
 *
 * @param jsonata        whether the state's expressions are JSONata (its own {@code @Query} or the workflow's)
 * @param ownLanguage    whether the state names {@code QueryLanguage} itself: a JSONata state in a JSONPath workflow
 * @param output         the JSONata {@code Output} (JSON text, usually a {@code "{% ... %}"} string), or null
 * @param assign         the {@code Assign} object as JSON text, or null
 */
public record Expressions(boolean jsonata, boolean ownLanguage, RawJson output, RawJson assign) {

    public static final Expressions JSONPATH = new Expressions(false, false, null, null);
}
