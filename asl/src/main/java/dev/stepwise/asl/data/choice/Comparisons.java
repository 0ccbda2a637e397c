package dev.stepwise.asl.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;

/** The comparison conditions: the Variable's value against a constant, or against another path's value. */
final class Comparisons {

    private Comparisons() {
    }

    /** {@code StringEquals}, {@code NumericLessThan}, ...: the constant was read and checked at compile time. */
    record AgainstConstant<T extends Comparable<T>>(Operand variable, ValueKind<T> kind, Relation relation,
                                                    T constant) implements Condition {
        @Override
        public boolean test(DataScope scope) {
            T value = kind.read(variable.require(scope));
            return value != null && relation.holds(value.compareTo(constant));
        }
    }

    /** {@code StringEqualsPath}, ...: both paths must select something; both values must be of the kind. */
    record AgainstPath<T extends Comparable<T>>(Operand variable, ValueKind<T> kind, Relation relation,
                                                Operand other) implements Condition {
        @Override
        public boolean test(DataScope scope) {
            JsonNode left = variable.require(scope);
            JsonNode right = other.require(scope);
            T value = kind.read(left);
            T otherValue = kind.read(right);
            return value != null && otherValue != null && relation.holds(value.compareTo(otherValue));
        }
    }

    /** {@code StringMatches}: a string that matches the wildcard pattern. */
    record Matches(Operand variable, WildcardPattern pattern) implements Condition {
        @Override
        public boolean test(DataScope scope) {
            JsonNode value = variable.require(scope);
            return value.isTextual() && pattern.matches(value.textValue());
        }
    }
}
