package dev.stepwise.samples.order;

import java.math.BigDecimal;

/** The result of validating an order. */
public record Validation(boolean valid, BigDecimal total, int lineCount) {
}
