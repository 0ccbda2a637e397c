/**
 * The shapes of the execution APIs: DescribeExecution, StartSyncExecution, and the errors AWS answers with when it
 * refuses a call (ExecutionAlreadyExists, ExecutionNotRedrivable, ...).
 */
package dev.stepwise.runtime.executions;
