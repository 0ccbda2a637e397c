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
}
