/**
 * Published versions of a state machine (immutable, numbered from 1) and aliases that route executions to one
 * version or split them by weight between two.
 */
package dev.stepwise.runtime.versions;
