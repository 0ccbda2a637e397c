package dev.stepwise.asl.data.choice;

import dev.stepwise.asl.Rfc3339;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;
import java.util.function.Predicate;

/** {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean}, {@code IsTimestamp} and {@code IsPresent}. */
final class TypeTests {

    private TypeTests() {
    }

    /** A type test on a value that must exist; {@code expected} is the rule's boolean ({@code "IsNull": false}). */
    record OfType(Operand variable, Predicate<JsonNode> type, boolean expected) implements Condition {
        @Override
        public boolean test(DataScope scope) {
            return type.test(variable.require(scope)) == expected;
        }
    }

    /** The one test that never fails on a missing field: it asks exactly that. */
    record Present(Operand variable, boolean expected) implements Condition {
        @Override
        public boolean test(DataScope scope) {
            return (variable.find(scope) != null) == expected;
        }
    }

    static boolean isTimestamp(JsonNode value) {
        return value.isTextual() && Rfc3339.isTimestamp(value.textValue());
    }
}
