/**
 * The Stepwise test kit: {@link dev.stepwise.test.StepwiseTest} gives each JUnit 5 test a fresh
 * {@code LocalRuntime} on the virtual clock (with the mocked responses of {@link dev.stepwise.test.MockConfig}) and
 * prints the history of its executions when the test fails; {@link dev.stepwise.test.StepwiseAssertions} asserts on
 * executions, their history, log records and status-change events in AssertJ's style, with failure messages that
 * show the path each execution took.
 */
package dev.stepwise.test;
