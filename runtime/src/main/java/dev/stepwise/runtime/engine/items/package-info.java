/**
 * How a Distributed Map's ItemReader turns what S3 answered into items: an object's content read as a JSON array,
 * JSON Lines or CSV, or a ListObjectsV2 listing. Pure functions of text and JSON; the S3 calls themselves go through
 * the runtime's task handlers (see {@code ItemSource} in the engine).
 */
package dev.stepwise.runtime.engine.items;
