package dev.stepwise.samples.order;

import java.util.List;

/** An order as the shop submits it. */
public record Order(String id, String customerId, String priority, List<Line> lines) {

    /** One product line. */
    public record Line(String sku, int quantity, java.math.BigDecimal unitPrice) {
    }
}
