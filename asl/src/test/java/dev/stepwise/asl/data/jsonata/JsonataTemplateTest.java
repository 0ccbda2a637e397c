package dev.stepwise.asl.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonataTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonataBindings INPUT = JsonataBindings.builder()
            .input(json("{\"name\":\"Ada\",\"n\":3,\"list\":[1,2]}"))
            .variables(Map.of("limit", json("5")))
            .build();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonataTemplate template(String json, String location) {
        return JsonataTemplate.compile(json(json), location);
    }

    @Test
    void expressionsAnywhereInObjectsAndArraysAreEvaluated() {
        JsonataTemplate template = template("{\"greeting\":\"{% 'Hi ' & $states.input.name %}\",\"fixed\":\"text\","
                + "\"nested\":{\"items\":[\"{% $states.input.n * 2 %}\",7,\"{% $limit %}\"]},\"flag\":true}", "Output");
        assertThat(template.isConstant()).isFalse();
        assertThat(template.evaluate(INPUT).toString()).isEqualTo(
                "{\"greeting\":\"Hi Ada\",\"fixed\":\"text\",\"nested\":{\"items\":[6,7,5]},\"flag\":true}");
    }

    @Test
    void aWholeFieldCanBeOneExpression() {
        assertThat(template("\"{% $states.input.list %}\"", "Output").evaluate(INPUT)).isEqualTo(json("[1,2]"));
    }

    @Test
    void aTemplateWithoutExpressionsReturnsItsOwnNode() {
        JsonNode definition = json("{\"a\":[1,{\"b\":\"not {% an expression\"}],\"c\":\" {% 1 %}\"}");
        JsonataTemplate template = JsonataTemplate.compile(definition, "Arguments");
        assertThat(template.isConstant()).isTrue();
        assertThat(template.evaluate(INPUT)).isSameAs(definition);
    }

    @Test
    void onlyStringsThatStartAndEndWithTheDelimitersAreExpressions() {
        assertThat(JsonataDelimiters.isExpression("{% 1 %}")).isTrue();
        assertThat(JsonataDelimiters.isExpression("{%1%}")).isTrue();
        assertThat(JsonataDelimiters.isExpression("{%%}")).isTrue();
        assertThat(JsonataDelimiters.isExpression(" {% 1 %}")).isFalse();
        assertThat(JsonataDelimiters.isExpression("{% 1 %} ")).isFalse();
        assertThat(JsonataDelimiters.isExpression("{%}")).isFalse();
        assertThat(JsonataDelimiters.body("{%  $x %}")).isEqualTo("  $x ");
        assertThat(JsonataDelimiters.wrap("$x")).isEqualTo("{% $x %}");
        assertThat(template("{\"k\":\" {% 1 %}\"}", "Output").evaluate(INPUT)).isEqualTo(json("{\"k\":\" {% 1 %}\"}"));
        assertThat(template("{\"k\":\"{% 1 %} \"}", "Output").evaluate(INPUT)).isEqualTo(json("{\"k\":\"{% 1 %} \"}"));
    }

    @Test
    void constantPartsOfAMixedTemplateAreShared() {
        JsonNode definition = json("{\"constant\":{\"deep\":[1,2]},\"dynamic\":\"{% 1 %}\"}");
        JsonNode result = JsonataTemplate.compile(definition, "Output").evaluate(INPUT);
        assertThat(result.get("constant")).isSameAs(definition.get("constant"));
    }

    // Locations and wording recorded on AWS: assign__test_undefined_reference__BASE_UNDEFINED_*.
    @Test
    void aFailingExpressionNamesItsFieldPath() {
        QueryEvaluationException e = catchThrowableOfType(QueryEvaluationException.class,
                () -> template("{\"FunctionName\":\"{% $doesNotExist %}\"}", "Arguments").evaluate(INPUT));
        assertThat(e.location()).isEqualTo("Arguments/FunctionName");
        assertThat(e.detail()).isEqualTo("The JSONata expression '$doesNotExist' specified for the field "
                + "'Arguments/FunctionName' returned nothing (undefined).");
        QueryEvaluationException inArray = catchThrowableOfType(QueryEvaluationException.class,
                () -> template("{\"a\":[1,\"{% $nope %}\"]}", "Assign").evaluate(INPUT));
        assertThat(inArray.location()).isEqualTo("Assign/a/1");
    }

    @Test
    void syntaxErrorsNameTheFieldAndCountFromTheStartOfTheString() {
        assertThatThrownBy(() -> template("{\"x\":{\"y\":\"{%  1 + %}\"}}", "Output"))
                .isInstanceOfSatisfying(JsonataSyntaxException.class, e -> {
                    assertThat(e.location()).isEqualTo("Output/x/y");
                    assertThat(e.expression()).isEqualTo("{%  1 + %}");
                    assertThat(e.position()).isEqualTo(7); // just after the '+', in "{%  1 + %}"
                    assertThat(e.code()).isEqualTo("S0207");
                });
    }

    // Wording recorded on AWS: scenarios__test_map_state_items_eval_jsonata_fail__{boolean,null,number,object,string}.
    @Test
    void itemsMustBeAnArray() {
        assertThat(template("\"{% $states.input.list %}\"", "Items").evaluateArray(INPUT)).hasSize(2);
        assertThat(template("[1,\"{% $limit %}\"]", "Items").evaluateArray(INPUT)).isEqualTo(json("[1,5]"));
        assertThat(itemsFailure("\"{% {'foo': 'bar'} %}\"")).isEqualTo("The JSONata expression '{'foo': 'bar'}' "
                + "specified for the field 'Items' returned an unexpected result type. Expected 'array', but was "
                + "'object' for value: {\"foo\":\"bar\"}");
        assertThat(itemsFailure("\"{% 'string' %}\"")).endsWith("Expected 'array', but was 'string' for value: \"string\"");
        assertThat(itemsFailure("\"{% null %}\"")).endsWith("Expected 'array', but was 'null' for value: null");
        assertThat(itemsFailure("\"{% true %}\"")).endsWith("Expected 'array', but was 'boolean' for value: true");
        assertThat(itemsFailure("\"{% 1 %}\"")).endsWith("Expected 'array', but was 'number' for value: 1");
    }

    private static String itemsFailure(String field) {
        return catchThrowableOfType(QueryEvaluationException.class,
                () -> template(field, "Items").evaluateArray(INPUT)).detail();
    }

    @Test
    void booleanStringAndIntegerFieldsCheckTheirType() {
        assertThat(template("\"{% $states.input.n > 2 %}\"", "Condition").evaluateBoolean(INPUT)).isTrue();
        assertThat(catchThrowableOfType(QueryEvaluationException.class,
                () -> template("\"{% $states.input.n %}\"", "Condition").evaluateBoolean(INPUT)).detail())
                .endsWith("Expected 'boolean', but was 'number' for value: 3");
        assertThat(template("\"{% 'E.' & $states.input.name %}\"", "Error").evaluateString(INPUT)).isEqualTo("E.Ada");
        assertThat(catchThrowableOfType(QueryEvaluationException.class,
                () -> template("\"{% 1 %}\"", "Cause").evaluateString(INPUT)).location()).isEqualTo("Cause");
        assertThat(template("\"{% $limit * 2 %}\"", "TimeoutSeconds").evaluateNonNegativeInteger(INPUT, 99999999))
                .isEqualTo(10);
        assertThat(template("\"{% 4 / 2 %}\"", "Seconds").evaluateNonNegativeInteger(INPUT, 99999999)).isEqualTo(2);
        assertThat(template("30", "HeartbeatSeconds").evaluateNonNegativeInteger(INPUT, 99999999)).isEqualTo(30);
        assertThat(integerFailure("\"{% 1.5 %}\"")).endsWith("Expected 'integer', but was 'number' for value: 1.5");
        assertThat(integerFailure("\"{% '3' %}\"")).endsWith("Expected 'integer', but was 'string' for value: \"3\"");
        assertThat(integerFailure("\"{% -1 %}\"")).endsWith("Expected an integer from 0 to 100, but was: -1");
        assertThat(integerFailure("\"{% 101 %}\"")).endsWith("Expected an integer from 0 to 100, but was: 101");
        assertThat(template("\"{% 12.5 %}\"", "ToleratedFailurePercentage").evaluateNumberInRange(INPUT, 100))
                .isEqualTo(12.5);
    }

    private static String integerFailure(String field) {
        return catchThrowableOfType(QueryEvaluationException.class,
                () -> template(field, "MaxConcurrency").evaluateNonNegativeInteger(INPUT, 100)).detail();
    }
}
