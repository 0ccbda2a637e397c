package dev.stepwise.processor.model;

import java.util.List;

/** A parsed {@code @When} test: the tree the ASL writer turns into Choice rules. */
public sealed interface Condition {

    /** How values compare; picks the ASL operator family (String..., Numeric..., Boolean..., Timestamp...). */
    enum Kind { STRING, NUMERIC, BOOLEAN, TIMESTAMP }

    /** The relation; {@code !=} is parsed to {@code Not(EQ)}, as ASL has no not-equals operator. */
    enum Relation { EQ, LT, LE, GT, GE }

    /** The {@code Is...} tests. */
    enum Test { PRESENT, NULL, NUMBER, STRING, BOOLEAN, TIMESTAMP }

    /** {@code variable <relation> literal}, or against another path when {@code otherPath} is set. */
    record Compare(String variable, Relation relation, Kind kind, Object literal, String otherPath) implements Condition {
    }

    record Matches(String variable, String pattern) implements Condition {
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
