/**
 * The interpreter: runs a compiled plan with AWS's JSONPath-mode semantics (data flow, Retry and Catch, timeouts,
 * Parallel and Map), records history, and reports the outcome. Nothing here parses definition text.
 */
package dev.stepwise.runtime.engine;
