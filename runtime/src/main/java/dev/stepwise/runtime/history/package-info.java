/** Execution history events with AWS's types, ids, previousEventId chain and {@code *EventDetails}. */
package dev.stepwise.runtime.history;
