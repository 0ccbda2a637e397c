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

    /** {@code MaxItemsPerBatchPath}: a path to that number in the state input. */
    String maxItemsPerBatchPath() default "";

    /** {@code MaxInputBytesPerBatch}: at most this many bytes per batch (up to 256 KiB). */
    int maxInputBytesPerBatch() default -1;

    /** {@code MaxInputBytesPerBatchPath}: a path to that number in the state input. */
    String maxInputBytesPerBatchPath() default "";

    /** {@code BatchInput} as raw JSON: what every batch carries besides its items. */
    String batchInput() default "";
}
