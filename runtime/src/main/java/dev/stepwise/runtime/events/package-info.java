/**
 * What an execution tells the outside while it runs: EventBridge-shaped "Step Functions Execution Status Change"
 * events on every status change, and each history event for progress displays.
 */
package dev.stepwise.runtime.events;
