package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code ResultWriter} of a {@link Map} in {@link Map.Mode#DISTRIBUTED} mode: exports the child executions' results
 * to Amazon S3 ({@link #parameters()}), shapes the state's output ({@link #outputType()}, {@link #transformation()}),
 * or both. With an export the state's result is {@code {"MapRunArn": ..., "ResultWriterDetails": {"Bucket", "Key"}}}
 * and the generated role may write under the prefix.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ResultWriter {

    /**
     * {@code Parameters} as raw JSON ({@code Arguments} in a JSONata state), {@code Bucket} and {@code Prefix}: where
     * the results go, through {@code arn:aws:states:::s3:putObject}. Empty exports nothing.
     */
    String parameters() default "";

    /** {@code WriterConfig.OutputType}: one JSON array or JSON Lines. */
    OutputType outputType() default OutputType.UNSET;

    /** {@code WriterConfig.Transformation}: each result with its execution's metadata (NONE), or outputs alone. */
    Transformation transformation() default Transformation.UNSET;

    /** {@code WriterConfig.OutputType}; UNSET leaves it out. */
    enum OutputType { UNSET, JSON, JSONL }

    /** {@code WriterConfig.Transformation}; UNSET leaves it out. */
    enum Transformation { UNSET, NONE, COMPACT, FLATTEN }
}
