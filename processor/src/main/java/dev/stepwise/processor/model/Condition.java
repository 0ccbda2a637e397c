package dev.stepwise.processor.model;

import java.util.List;

/** A parsed {@code @When} test: the tree the ASL writer turns into Choice rules. */
public sealed interface Condition {

    /** How values compare; picks the ASL operator family (String..., Numeric..., Boolean..., Timestamp...). */
    enum Kind {
        STRING("String"), NUMERIC("Numeric"), BOOLEAN("Boolean"), TIMESTAMP("Timestamp");

        private final String family;

        Kind(String family) {
            this.family = family;
        }
    }

    /** The relation; {@code !=} is parsed to {@code Not(EQ)}, as ASL has no not-equals operator. */
    enum Relation {
        EQ("Equals"), LT("LessThan"), LE("LessThanEquals"), GT("GreaterThan"), GE("GreaterThanEquals");

        private final String suffix;

        Relation(String suffix) {
            this.suffix = suffix;
        }
    }

    /** The {@code Is...} tests. */
    enum Test {
        PRESENT("IsPresent"), NULL("IsNull"), NUMBER("IsNumeric"), STRING("IsString"), BOOLEAN("IsBoolean"),
        TIMESTAMP("IsTimestamp");

        private final String operator;

        Test(String operator) {
            this.operator = operator;
        }

        /** The ASL operator: {@code IsNumeric}, ... */
        public String operator() {
            return operator;
        }
    }

    /** {@code variable <relation> literal}, or against another path when {@code otherPath} is set. */
    record Compare(String variable, Relation relation, Kind kind, Object literal, String otherPath) implements Condition {

        /** The ASL operator, {@code NumericEquals} or, against another path, {@code NumericEqualsPath}. */
        public String operator() {
            return kind.family + relation.suffix + (otherPath != null ? "Path" : "");
        }
    }

    record Matches(String variable, String pattern) implements Condition {

        /** The ASL operator. */
        public String operator() {
            return "StringMatches";
        }
    }

    record Is(String variable, Test test, boolean expected) implements Condition {
    }

    record All(List<Condition> operands) implements Condition {
        public All {
            operands = List.copyOf(operands);
        }
    }

    record Any(List<Condition> operands) implements Condition {
        public Any {
            operands = List.copyOf(operands);
        }
    }

    record Not(Condition operand) implements Condition {
    }
}
