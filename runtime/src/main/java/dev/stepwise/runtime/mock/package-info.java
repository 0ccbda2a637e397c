/**
 * Step Functions Local's mocked service integrations: {@link dev.stepwise.runtime.mock.MockConfig} reads a
 * {@code MockConfigFile.json} (test cases per state machine, each mapping Task states to mocked responses, each
 * response answering numbered invocations with a {@code Return} or a {@code Throw}); the runtime answers the mocked
 * states of a test case from it ({@code LocalRuntime.start(machine, name, input, testCase)}), and TestState takes a
 * {@link dev.stepwise.runtime.mock.TestStateMock} as AWS's TestState API takes its {@code mock} parameter.
 */
package dev.stepwise.runtime.mock;
