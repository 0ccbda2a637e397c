package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.definition.NumberSetting;
import dev.stepwise.asl.error.StatesErrors;

/**
 * Resolves a Map's numeric settings from literals, paths (over the effective input or a variable) or JSONata
 * expressions, with AWS's messages for bad values.
 */
final class MapSettings {

    private MapSettings() {
    }

    static int maxConcurrency(NumberSetting setting, StateScope scope) {
        if (setting.isAbsent()) {
            return 0;
        }
        if (setting.expression() != null) {
            return (int) setting.expression().evaluateNonNegativeInteger(scope.jsonata(), Integer.MAX_VALUE);
        }
        return (int) Math.min(nonNegative(integer(setting, scope), "MaxConcurrency"), Integer.MAX_VALUE);
    }

    static long toleratedCount(NumberSetting setting, StateScope scope) {
        if (setting.expression() != null) {
            return setting.expression().evaluateNonNegativeInteger(scope.jsonata(), Long.MAX_VALUE);
        }
        return nonNegative(integer(setting, scope), "ToleratedFailureCount");
    }

    /**
     * A count that 0 or absence leaves unlimited ({@code MaxItems}, {@code MaxItemsPerBatch},
     * {@code MaxInputBytesPerBatch}); the value as given, so the caller reports a negative one as AWS does.
     */
    static long count(NumberSetting setting, StateScope scope) {
        if (setting.isAbsent()) {
            return 0;
        }
        if (setting.expression() != null) {
            return setting.expression().evaluateNonNegativeInteger(scope.jsonata(), Long.MAX_VALUE);
        }
        return integer(setting, scope);
    }

    /** A literal or path setting's value, which must be an integer. */
    private static long integer(NumberSetting setting, StateScope scope) {
        JsonNode value = value(setting, scope);
        if (!isInteger(value)) {
            throw notA(setting, value, "integer");
        }
        return value.longValue();
    }

    private static long nonNegative(long value, String field) {
        if (value < 0) {
            throw StatesErrors.runtime(field + " cannot be negative.");
        }
        return value;
    }

    static double toleratedPercentage(NumberSetting setting, StateScope scope) {
        if (setting.expression() != null) {
            return setting.expression().evaluateNumberInRange(scope.jsonata(), 100);
        }
        JsonNode value = value(setting, scope);
        if (!value.isNumber()) {
            throw notA(setting, value, "float");
        }
        double percentage = value.doubleValue();
        if (percentage < 0 || percentage > 100) {
            throw StatesErrors.runtime("ToleratedFailurePercentage must be between 0 and 100.");
        }
        return percentage;
    }

    private static JsonNode value(NumberSetting setting, StateScope scope) {
        if (setting.literal() != null) {
            return setting.literal(); // the definition's own number node: no conversion, no databind mapper
        }
        JsonNode value = setting.path().evaluate(scope);
        if (value == null) {
            throw StatesErrors.runtime(setting.path().notFoundCause(scope));
        }
        return value.isTextual() ? parsedNumber(value) : value;
    }

    /** AWS reads a number written as a string ({@code "1"}) as that number; other strings stay as they are. */
    private static JsonNode parsedNumber(JsonNode text) {
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(text.textValue().strip());
            return number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0
                    ? dev.stepwise.asl.data.Json.NODES.numberNode(number.toBigIntegerExact())
                    : dev.stepwise.asl.data.Json.NODES.numberNode(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }

    private static boolean isInteger(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong();
    }

    private static RuntimeException notA(NumberSetting setting, JsonNode value, String kind) {
        String text = value.isTextual() ? value.textValue() : value.toString();
        return StatesErrors.runtime("The " + setting.field() + "Path field refers to value \"" + text
                + "\" which is not a valid " + kind + ": " + setting.path().source());
    }
}
