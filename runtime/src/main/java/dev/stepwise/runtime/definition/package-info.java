/**
 * ASL definitions compiled into immutable plans: one record per state type, every path, payload template,
 * intrinsic function, Choice rule, JSONata expression and Assign block compiled once by
 * {@link dev.stepwise.runtime.definition.DefinitionCompiler}, which reports every problem with its location.
 */
package dev.stepwise.runtime.definition;
