/**
 * The interpreter: runs a compiled plan with AWS's semantics in both query languages (JSONPath and JSONata data
 * flow, workflow variables and their scopes, Retry and Catch, timeouts, Parallel and Map), records history, and
 * reports the outcome. Nothing here parses definition text.
 */
package dev.stepwise.runtime.engine;
