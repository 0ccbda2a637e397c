/**
 * ASL definitions compiled into immutable plans: one record per state type, every path, payload template,
 * intrinsic function, Choice rule, JSONata expression and Assign block compiled once by
 * {@link dev.stepwise.runtime.definition.DefinitionCompiler}, which reports every problem with its location.
 * {@link dev.stepwise.asl.QueryLanguage} decides which language each state is written in, for the
 * validator, the compiler and TestState alike.
 */
package dev.stepwise.runtime.definition;
