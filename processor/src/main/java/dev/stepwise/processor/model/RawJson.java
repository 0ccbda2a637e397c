package dev.stepwise.processor.model;

/** JSON text the user wrote or the parser assembled; always valid JSON once in the model. */
public record RawJson(String text) {
}
