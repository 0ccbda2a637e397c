/**
 * The local runtime's public API: {@link dev.stepwise.runtime.LocalRuntime} loads definitions into reusable
 * {@link dev.stepwise.runtime.StateMachine}s and starts {@link dev.stepwise.runtime.Execution}s.
 *
 * <p>Inside: {@code definition} compiles ASL into an immutable plan, {@code engine} interprets it, {@code history}
 * records AWS's events, {@code task} binds Task states to Java handlers, {@code clock} decides how time passes, and
 * {@code data} evaluates paths, templates, intrinsic functions and Choice rules.
 */
package dev.stepwise.runtime;
