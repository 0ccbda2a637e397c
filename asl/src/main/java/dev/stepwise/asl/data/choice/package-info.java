/**
 * JSONPath-mode Choice rules compiled into {@link dev.stepwise.asl.data.choice.Condition}s.
 *
 * <p>Operator names are a table ({@code String|Numeric|Boolean|Timestamp} x relation, with and without
 * {@code Path}, plus {@code StringMatches} and the type tests), each entry compiling its operand once. Semantics
 * follow AWS: a value of the wrong type makes a comparison false, a Variable (or second path) that selects nothing
 * fails the state with {@code States.Runtime}, except for {@code IsPresent}, which exists to ask exactly that.
 */
package dev.stepwise.asl.data.choice;
