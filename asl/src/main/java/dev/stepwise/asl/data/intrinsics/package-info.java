/**
 * Intrinsic functions of JSONPath-mode ASL ({@code States.Format(...)} and the other 17).
 *
 * <p>{@link dev.stepwise.asl.data.intrinsics.Intrinsics#compile} parses a call once into a tree of
 * arguments (literals, compiled paths, nested calls) whose function bodies are bound at compile time; evaluation
 * only reads paths and applies bodies. Each function family (arrays, encoding, hashing, JSON, math, strings,
 * identifiers) is one small class that lists its functions with their signatures; the registry indexes them by
 * name, and a shared signature check rejects wrong argument counts and literal types before anything runs.
 * Compile errors are {@link dev.stepwise.asl.data.intrinsics.IntrinsicSyntaxException}s that say what kind of
 * problem it is and where, so tools such as the annotation processor report them in their own terms.
 */
package dev.stepwise.asl.data.intrinsics;
