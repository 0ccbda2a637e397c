package dev.stepwise.asl.data.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number conversions shared by the function families. */
final class Numbers {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Numbers() {
    }

    /** An integer argument (already type-checked) as a long, saturating far outside the long range. */
    static long toLong(JsonNode integer) {
        BigDecimal value = integer.decimalValue();
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
        }
        return value.longValue();
    }

    /**
     * Rounds half up towards positive infinity ({@code 1.5 -> 2}, {@code -1.5 -> -1}, {@code -0.5 -> 0}), as AWS
     * rounds the operands of States.MathAdd (Java's {@code Math.round}).
     */
    static BigDecimal roundHalfUp(BigDecimal value) {
        return value.add(HALF).setScale(0, RoundingMode.FLOOR);
    }
}
