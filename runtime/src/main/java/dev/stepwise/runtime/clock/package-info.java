/** Time for the runtime: the system clock for real runs, a virtual clock that makes waits, retries and timeouts instant. */
package dev.stepwise.runtime.clock;
