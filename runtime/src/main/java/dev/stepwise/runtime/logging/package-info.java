/**
 * Execution logs as Step Functions writes them to CloudWatch Logs: one record per history event, filtered by the
 * state machine's log level, written to a pluggable {@link dev.stepwise.runtime.logging.LogSink}.
 */
package dev.stepwise.runtime.logging;
