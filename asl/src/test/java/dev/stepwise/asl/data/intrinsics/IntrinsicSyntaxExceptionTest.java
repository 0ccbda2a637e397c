package dev.stepwise.asl.data.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stepwise.asl.data.intrinsics.IntrinsicSyntaxException.Kind;
import dev.stepwise.asl.data.path.PathSyntaxException;
import org.junit.jupiter.api.Test;

/** The structured side of compile errors, which tools (the annotation processor) present in their own words. */
class IntrinsicSyntaxExceptionTest {

    private static IntrinsicSyntaxException failure(String call) {
        return catchThrowableOfType(() -> Intrinsics.compile(call), IntrinsicSyntaxException.class);
    }

    @Test
    void unknownFunctionNamesItAndWhereItStarts() {
        IntrinsicSyntaxException e = failure("States.Format('{}', States.Lenght($.a))");

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FUNCTION);
        assertThat(e.function()).isEqualTo("States.Lenght");
        assertThat(e.column()).isEqualTo(20);
    }

    @Test
    void wrongCountCarriesTheExpectedArityAndTheActualCount() {
        IntrinsicSyntaxException e = failure("States.Format('{}', States.Hash($.a))");

        assertThat(e.kind()).isEqualTo(Kind.WRONG_ARGUMENT_COUNT);
        assertThat(e.function()).isEqualTo("States.Hash");
        assertThat(e.expectedArity()).isEqualTo("2 arguments");
        assertThat(e.actualCount()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(20);
        assertThat(e.reason()).isEqualTo("States.Hash takes 2 arguments, but 1 was given");
    }

    @Test
    void wrongLiteralTypePointsAtTheArgument() {
        IntrinsicSyntaxException e = failure("States.MathAdd(1, 'two')");

        assertThat(e.kind()).isEqualTo(Kind.WRONG_ARGUMENT_TYPE);
        assertThat(e.function()).isEqualTo("States.MathAdd");
        assertThat(e.column()).isEqualTo(18);
        assertThat(e.expectedArity()).isNull();
        assertThat(e.actualCount()).isEqualTo(-1);
    }

    @Test
    void syntaxErrorsGiveTheReasonAndTheColumn() {
        IntrinsicSyntaxException e = failure("States.Array(1 2)");

        assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(e.reason()).isEqualTo("expected ',' or ')'");
        assertThat(e.column()).isEqualTo(15);
        assertThat(e.function()).isNull();
        assertThat(e).hasMessage("invalid intrinsic function call 'States.Array(1 2)': expected ',' or ')' at position 16");
    }

    @Test
    void aBadPathArgumentKeepsThePathErrorAsItsCause() {
        IntrinsicSyntaxException e = failure("States.Format('{}', $.a], 1)");

        assertThat(e.kind()).isEqualTo(Kind.INVALID_PATH);
        assertThat(e.getCause()).isInstanceOf(PathSyntaxException.class);
        assertThat(((PathSyntaxException) e.getCause()).path()).isEqualTo("$.a]");
        assertThat(e.column()).isEqualTo(23);
    }

    @Test
    void aRejectedLiteralValueIsAnInvalidArgument() {
        IntrinsicSyntaxException e = failure("States.Hash($.a, 'CRC32')");

        assertThat(e.kind()).isEqualTo(Kind.INVALID_ARGUMENT);
        assertThat(e.function()).isEqualTo("States.Hash");
    }

    @Test
    void nestingTooDeep() {
        String eleven = "States.ArrayLength(" + "States.Array(".repeat(10) + ")".repeat(10) + ")";

        assertThat(failure(eleven).kind()).isEqualTo(Kind.TOO_DEEP);
    }

    @Test
    void functionNamesListEveryFunctionSorted() {
        assertThat(Intrinsics.functionNames()).hasSize(18).startsWith("States.Array", "States.ArrayContains")
                .contains("States.Format", "States.UUID", "States.MathRandom");
        for (String name : Intrinsics.functionNames()) {
            assertThat(FunctionRegistry.find(name)).isNotNull();
        }
    }
}
