package dev.stepwise.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.processor.model.Condition;
import dev.stepwise.processor.model.Condition.Compare;
import dev.stepwise.processor.model.Condition.Kind;
import dev.stepwise.processor.model.Condition.Relation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionParserTest {

    @Test
    void andBindsTighterThanOr() {
        Condition parsed = ConditionParser.parse("$.a == 1 || $.b == 2 && $.c == 3");

        assertThat(parsed).isEqualTo(new Condition.Any(List.of(
                new Compare("$.a", Relation.EQ, Kind.NUMERIC, new BigDecimal("1"), null),
                new Condition.All(List.of(
                        new Compare("$.b", Relation.EQ, Kind.NUMERIC, new BigDecimal("2"), null),
                        new Compare("$.c", Relation.EQ, Kind.NUMERIC, new BigDecimal("3"), null))))));
    }

    @Test
    void parenthesesOverridePrecedenceAndNotNegates() {
        Condition parsed = ConditionParser.parse("!($.a == 'x' || $.b is present)");

        assertThat(parsed).isEqualTo(new Condition.Not(new Condition.Any(List.of(
                new Compare("$.a", Relation.EQ, Kind.STRING, "x", null),
                new Condition.Is("$.b", Condition.Test.PRESENT, true)))));
    }

    @Test
    void notEqualsBecomesNotEquals() {
        assertThat(ConditionParser.parse("$.flag != true")).isEqualTo(new Condition.Not(
                new Compare("$.flag", Relation.EQ, Kind.BOOLEAN, true, null)));
    }

    @Test
    void typedPathsCompareAgainstAnotherPath() {
        assertThat(ConditionParser.parse("$.when <= timestamp $.deadline")).isEqualTo(
                new Compare("$.when", Relation.LE, Kind.TIMESTAMP, null, "$.deadline"));
    }

    @Test
    void stringsUnescapeQuotes() {
        assertThat(ConditionParser.parse("$.name matches 'O\\'Brien*'"))
                .isEqualTo(new Condition.Matches("$.name", "O'Brien*"));
    }

    @Test
    void isNotNegatesTheTest() {
        assertThat(ConditionParser.parse("$$.Execution.Input.x is not timestamp"))
                .isEqualTo(new Condition.Is("$$.Execution.Input.x", Condition.Test.TIMESTAMP, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$.a ==            | 7  | expected a 'string'",
            "a == 1            | 1  | expected a path",
            "$.a == 1 &&       | 12 | expected a path",
            "($.a == 1         | 10 | expected )",
            "$.a > true        | 5  | booleans compare only with == and !=",
            "$.a is odd        | 8  | expected present, null",
            "$.a == 'open      | 13 | unclosed string",
            "$.a == timestamp '2020-13-01T00:00:00Z' | 18 | not an RFC 3339 timestamp",
            "$.a[*] == 1       | 1  | not a valid path",
            "$.a == 1 $.b      | 10 | expected && or ||"})
    void syntaxErrorsNameTheColumn(String text, int column, String reason) {
        assertThatThrownBy(() -> ConditionParser.parse(text))
                .isInstanceOfSatisfying(ConditionParser.SyntaxError.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).contains(reason);
                });
    }
}
