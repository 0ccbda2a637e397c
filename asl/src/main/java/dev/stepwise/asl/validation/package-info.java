/**
 * Validation of Amazon States Language definitions before anything runs, with the rules AWS applies in
 * CreateStateMachine and ValidateStateMachineDefinition.
 *
 * <p>{@link dev.stepwise.asl.validation.DefinitionValidator} is the entry point; it returns a
 * {@link dev.stepwise.asl.validation.ValidationReport} listing every
 * {@link dev.stepwise.asl.validation.DefinitionProblem} with a JSON-pointer location. Inside, a
 * machine validator walks the state lists (recursing into Parallel branches and Map item processors), a state
 * validator checks each state's fields against its type and query language and hands type-specific rules to one
 * class per concern (Task, Choice, Wait, Fail, Parallel, Map, Retry/Catch), and small syntax checkers judge
 * JSONPath, reference paths, intrinsic function calls, JSONata expressions, RFC 3339 timestamps and Task resource
 * ARNs.
 */
package dev.stepwise.asl.validation;
