package dev.stepwise.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicsTest {

    @ParameterizedTest
    @ValueSource(strings = {"States.UUID()", "States.Format('Hi {}, it\\'s {}', $.name, $$.State.EnteredTime)",
            "States.MathRandom(1, 10)", "States.MathRandom(1, 10, 42)", "States.Array()",
            "States.JsonMerge($.a, States.StringToJson($.b), false)", "States.ArrayGetItem($.list[0], -1)"})
    void acceptsWellFormedCalls(String call) {
        assertThat(Intrinsics.check(call)).isEmpty();
    }

    @Test
    void unknownFunctionsSuggestTheClosestName() {
        Finding finding = Intrinsics.check("States.ArrayLenght($.a)").orElseThrow();

        assertThat(finding.message()).isEqualTo(Message.UNKNOWN_INTRINSIC);
        assertThat(finding.args()).containsExactly("States.ArrayLenght", "; did you mean \"States.ArrayLength\"?");
    }

    @Test
    void nestedCallsAreCheckedToo() {
        Finding finding = Intrinsics.check("States.Format('{}', States.Hash($.a))").orElseThrow();

        assertThat(finding.message()).isEqualTo(Message.INTRINSIC_ARITY);
        assertThat(finding.args()).containsExactly("States.Hash", "2 arguments", 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.Format('x'", "States.Format('x') extra", "States.Format(bare)",
            "States.Format('x', $.)"})
    void malformedCallsAreInvalid(String call) {
        assertThat(Intrinsics.check(call)).hasValueSatisfying(f -> assertThat(f.message()).isEqualTo(Message.INVALID_PATH));
    }

    @Test
    void syntaxErrorsGiveTheColumnInTheCallAsWritten() {
        Finding finding = Intrinsics.check("States.Array(1 2)").orElseThrow();

        assertThat(finding.message()).isEqualTo(Message.INVALID_PATH);
        assertThat(finding.args()).containsExactly("States.Array(1 2)", "intrinsic function call",
                "expected ',' or ')' at column 16");
        assertThat(Intrinsics.check("  States.Array(1 2)").orElseThrow().args().get(2))
                .isEqualTo("expected ',' or ')' at column 18");
    }

    @Test
    void literalArgumentsOfTheWrongTypeAreCaughtAtCompileTime() {
        Finding finding = Intrinsics.check("States.MathAdd(1, 'two')").orElseThrow();

        assertThat(finding.args()).containsExactly("States.MathAdd(1, 'two')", "intrinsic function call",
                "argument 2 of States.MathAdd must be a number, but is \"two\" at column 19");
    }

    @Test
    void aBadPathArgumentIsReportedAsThatPath() {
        Finding finding = Intrinsics.check("States.Format('{}', $.a[0].b[)").orElseThrow();

        assertThat(finding.message()).isEqualTo(Message.INVALID_PATH);
        assertThat(finding.args()).containsExactly("$.a[0].b[)", "path argument", "unclosed '[' at column 9");
    }
}
