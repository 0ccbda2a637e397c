package dev.stepwise.annotations;

/** The language a workflow or a state uses for paths and expressions. */
public enum QueryLanguage {
    /** The default: {@code InputPath}, {@code Parameters}, {@code .$} keys, intrinsic functions. */
    JSONPATH,
    /** {@code Arguments}, {@code Output} and {@code {% expr %}} strings. */
    JSONATA
}
