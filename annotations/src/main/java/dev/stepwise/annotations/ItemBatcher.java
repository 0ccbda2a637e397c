package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code ItemBatcher} of a {@link Map} in {@link Map.Mode#DISTRIBUTED} mode: each child execution gets a batch,
 * {@code {"Items": [...], "BatchInput": ...}}, instead of one item. Numeric attributes left at -1 are unset.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ItemBatcher {

    /** {@code MaxItemsPerBatch}: at most this many items per batch. */
    int maxItemsPerBatch() default -1;

    /**
     * That number read when the state runs: in a JSONPath state a path in the state input
     * ({@code MaxItemsPerBatchPath}); in a JSONata state an expression, with or without {@code {% %}}, written as
     * {@code MaxItemsPerBatch} itself.
     */
    String maxItemsPerBatchPath() default "";

    /** {@code MaxInputBytesPerBatch}: at most this many bytes per batch (up to 256 KiB). */
    int maxInputBytesPerBatch() default -1;

    /**
     * That number read when the state runs: a path in a JSONPath state ({@code MaxInputBytesPerBatchPath}), an
     * expression in a JSONata state (written as {@code MaxInputBytesPerBatch}).
     */
    String maxInputBytesPerBatchPath() default "";

    /** {@code BatchInput} as raw JSON: what every batch carries besides its items. */
    String batchInput() default "";
}
