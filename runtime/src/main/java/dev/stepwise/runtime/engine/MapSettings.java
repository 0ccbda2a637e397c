package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.definition.NumberSetting;
import dev.stepwise.runtime.error.StatesErrors;

/** Resolves a Map's numeric settings from literals or paths, with AWS's messages for bad values. */
final class MapSettings {

    private MapSettings() {
    }

    static int maxConcurrency(NumberSetting setting, JsonNode input) {
        if (setting.isAbsent()) {
            return 0;
        }
        JsonNode value = value(setting, input);
        if (!isInteger(value)) {
            throw notA(setting, value, "integer");
        }
        if (value.longValue() < 0) {
            throw StatesErrors.runtime("MaxConcurrency cannot be negative.");
        }
        return (int) Math.min(value.longValue(), Integer.MAX_VALUE);
    }

    static long toleratedCount(NumberSetting setting, JsonNode input) {
        JsonNode value = value(setting, input);
        if (!isInteger(value)) {
            throw notA(setting, value, "integer");
        }
        if (value.longValue() < 0) {
            throw StatesErrors.runtime("ToleratedFailureCount cannot be negative.");
        }
        return value.longValue();
    }

    static double toleratedPercentage(NumberSetting setting, JsonNode input) {
        JsonNode value = value(setting, input);
        if (!value.isNumber()) {
            throw notA(setting, value, "float");
        }
        double percentage = value.doubleValue();
        if (percentage < 0 || percentage > 100) {
            throw StatesErrors.runtime("ToleratedFailurePercentage must be between 0 and 100.");
        }
        return percentage;
    }

    private static JsonNode value(NumberSetting setting, JsonNode input) {
        if (setting.literal() != null) {
            return dev.stepwise.runtime.data.Json.MAPPER.valueToTree(setting.literal());
        }
        JsonNode value = setting.path().select(input);
        if (value == null) {
            throw StatesErrors.runtime("The " + setting.field() + "Path field refers to a path that selects nothing: "
                    + setting.path().source());
        }
        return value;
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
