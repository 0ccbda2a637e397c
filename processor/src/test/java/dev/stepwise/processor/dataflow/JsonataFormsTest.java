package dev.stepwise.processor.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.processor.dataflow.JsonataForms.Reference;
import dev.stepwise.processor.dataflow.JsonataForms.Root;
import dev.stepwise.processor.model.JavaType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSONata forms type tracking recognises, and the many it must leave alone. */
class JsonataFormsTest {

    @Test
    void aWholePathFromTheStateInputResultOrAVariable() {
        assertThat(JsonataForms.path("$states.input.order.id")).contains(
                new Reference(Root.INPUT, null, List.of("order", "id"), "$states.input.order.id"));
        assertThat(JsonataForms.path(" $states.result ")).contains(
                new Reference(Root.RESULT, null, List.of(), "$states.result"));
        assertThat(JsonataForms.path("$member.`first name`")).contains(
                new Reference(Root.VARIABLE, "member", List.of("first name"), "$member.`first name`"));
    }

    @Test
    void anythingMoreIsNotAWholePath() {
        assertThat(JsonataForms.path("$states.input.a + 1")).isEmpty();
        assertThat(JsonataForms.path("$states.input.items[0]")).isEmpty();
        assertThat(JsonataForms.path("$states.context.Execution.Id")).isEmpty();
        assertThat(JsonataForms.path("$floor($x)")).isEmpty();
        assertThat(JsonataForms.path("'$states.input.a'")).isEmpty();
    }

    @Test
    void aPathComparedWithALiteralHasTheLiteralsType() {
        assertThat(JsonataForms.comparison("$states.input.total > 1000")).contains(
                new JsonataForms.Comparison("$states.input.total", JsonataForms.Literal.NUMBER));
        assertThat(JsonataForms.comparison("$states.input.total >= 10.5")).contains(
                new JsonataForms.Comparison("$states.input.total", JsonataForms.Literal.NUMBER));
        assertThat(JsonataForms.comparison("'gold' = $tier")).contains(
                new JsonataForms.Comparison("$tier", JsonataForms.Literal.STRING));
        assertThat(JsonataForms.comparison("$states.input.vip != true")).contains(
                new JsonataForms.Comparison("$states.input.vip", JsonataForms.Literal.BOOLEAN));
    }

    @Test
    void anythingButOneComparisonOfAPathAndALiteralIsNone() {
        assertThat(JsonataForms.comparison("$states.input.a > 1 and $states.input.b < 2")).isEmpty();
        assertThat(JsonataForms.comparison("$states.input.a > $states.input.b")).isEmpty();
        assertThat(JsonataForms.comparison("$count($states.input.items) > 2")).isEmpty();
        assertThat(JsonataForms.comparison("$states.input.a = 1 = true")).isEmpty();
        assertThat(JsonataForms.comparison("$states.input.a")).isEmpty();
        assertThat(JsonataForms.comparison("$states.input.name = '>'")).contains(
                new JsonataForms.Comparison("$states.input.name", JsonataForms.Literal.STRING));
        assertThat(JsonataForms.comparison("$not($states.input.a)")).isEmpty();
    }

    @Test
    void referencesAreFoundInsideLargerExpressions() {
        assertThat(JsonataForms.references(
                "$states.input.items[price > 5].name & $string($total) & $states.result.id /* $states.input.x */"))
                .extracting(Reference::text)
                .containsExactly("$states.input.items", "$total", "$states.result.id");
    }

    @Test
    void stringsFunctionCallsAndTheContextAreNotReferences() {
        assertThat(JsonataForms.references("'$states.input.a' & \"$b.c\" & $uppercase(x) & $.y & $$.z")).isEmpty();
        assertThat(JsonataForms.references("$states.input.a.$lowercase(b)")).extracting(Reference::fields)
                .containsExactly(List.of("a"));
    }

    @Test
    void anExpressionThatBindsNamesYieldsNoReferences() {
        assertThat(JsonataForms.references("($x := $states.input.a; $x.b)")).isEmpty();
        assertThat(JsonataForms.references("$map($states.input.items, function($v) { $v.price })")).isEmpty();
    }

    @Test
    void objectConstructorsWithLiteralKeys() {
        assertThat(JsonataForms.object("{ 'id': $id, \"total\": $sum($states.input.lines.(price * qty)), 'ok': a ? 1 : 2 }"))
                .contains(Map.of("id", "$id", "total", "$sum($states.input.lines.(price * qty))", "ok", "a ? 1 : 2"));
        assertThat(JsonataForms.object("{}")).contains(Map.of());
        assertThat(JsonataForms.object("{ $key: 1 }")).isEmpty();
        assertThat(JsonataForms.object("{ 'a': 1 }.a")).isEmpty();
        assertThat(JsonataForms.object("{ 'a': 1, 'a': 2 }")).isEmpty();
    }

    @Test
    void mergeOperands() {
        assertThat(JsonataForms.mergeOperands("$merge([$states.input, {\"quote\": $states.result}])"))
                .contains(List.of("$states.input", "{\"quote\": $states.result}"));
        assertThat(JsonataForms.mergeOperands("$merge($states.input.parts)")).isEmpty();
        assertThat(JsonataForms.mergeOperands("$merge([$a]) ~> $keys")).isEmpty();
    }

    @Test
    void literalsAndTypedFunctionCalls() {
        assertThat(JsonataValues.typeOf("2")).contains(JavaType.NUMBER);
        assertThat(JsonataValues.typeOf("-1.5e3")).contains(JavaType.NUMBER);
        assertThat(JsonataValues.typeOf("'GOLD'")).contains(JavaType.STRING);
        assertThat(JsonataValues.typeOf("false")).contains(JavaType.BOOLEAN);
        assertThat(JsonataValues.typeOf("$floor($amount * $multiplier)")).contains(JavaType.NUMBER);
        assertThat(JsonataValues.typeOf("$count($states.input.items)")).contains(JavaType.INTEGER);
        assertThat(JsonataValues.typeOf("$floor($a) & 'x'")).isEmpty();
        assertThat(JsonataValues.typeOf("$lookup($a, 'b')")).isEmpty();
        assertThat(JsonataValues.typeOf("'a' & 'b'")).isEmpty();
    }
}
