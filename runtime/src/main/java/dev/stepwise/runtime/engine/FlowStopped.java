package dev.stepwise.runtime.engine;

/**
 * Control flow that ends a flow without an ASL error: the execution timed out, was stopped, or a sibling's failure
 * cancelled this branch. Not catchable by Retry or Catch.
 */
final class FlowStopped extends RuntimeException {

    enum Reason { TIMED_OUT, ABORTED, CANCELLED }

    private final Reason reason;

    FlowStopped(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
