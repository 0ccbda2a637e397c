package dev.stepwise.samples.order;

/** Raised for orders that cannot be processed; the workflow catches it by this name. */
public class InvalidOrder extends Exception {
    public InvalidOrder(String message) {
        super(message);
    }
}
