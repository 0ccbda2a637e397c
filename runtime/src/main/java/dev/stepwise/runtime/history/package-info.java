/**
 * Execution history events with AWS's types, ids, previousEventId chain and {@code *EventDetails}; the 25,000-event
 * limit of a Standard execution, listeners that see every event (logs, progress), and GetExecutionHistory's paging.
 */
package dev.stepwise.runtime.history;
