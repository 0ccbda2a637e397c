package dev.stepwise.asl.data.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.JsonBinding;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PathTest {

    private final JsonNode input = Json.parse("""
            {"order": {"id": "o-1", "lines": [{"sku": "a", "qty": 2}, {"sku": "b", "qty": 5}]},
             "weird key": 1}""");
    private final JsonNode context = Json.parse("{\"Execution\": {\"Id\": \"arn:x\"}}");

    private JsonNode read(String path) {
        return Path.compile(path).evaluate(DataScope.of(input, context));
    }

    @Test
    void readsReferencePaths() {
        assertThat(read("$").path("order").path("id").asText()).isEqualTo("o-1");
        assertThat(read("$.order.id").asText()).isEqualTo("o-1");
        assertThat(read("$.order.lines[1].sku").asText()).isEqualTo("b");
        assertThat(read("$['weird key']").asInt()).isEqualTo(1);
        assertThat(read("$$.Execution.Id").asText()).isEqualTo("arn:x");
    }

    @Test
    void aPathThatSelectsNothingIsExplainedAsAwsExplainsIt() {
        // AWS, recorded: OutputPath '$.no.such.result.path' over {} fails "Missing property in path $['no']";
        // a missing last field, "No results for path: $['NoSuchOutputPath']"
        assertThat(Path.compile("$.no.such.result.path").notFoundCause(Json.parse("{}")))
                .isEqualTo("Invalid path '$.no.such.result.path' : Missing property in path $['no']");
        assertThat(Path.compile("$.order.nope").notFoundCause(input))
                .isEqualTo("Invalid path '$.order.nope' : No results for path: $['order']['nope']");
        assertThat(Path.compile("$['order'].missing.x").notFoundCause(input))
                .isEqualTo("Invalid path '$['order'].missing.x' : Missing property in path $['order']['missing']");
        assertThat(Path.compile("$.order.lines[7].sku").notFoundCause(input))
                .isEqualTo("Invalid path '$.order.lines[7].sku' : No results for path: $['order']['lines'][7]['sku']");
        assertThat(Path.compile("$['a.b'].c").notFoundCause(input))
                .isEqualTo("Invalid path '$['a.b'].c' : Missing property in path $['a.b']");
        assertThat(Path.compile("$$.Execution.Nope").notFoundCause(DataScope.of(input, context)))
                .isEqualTo("Invalid path '$$.Execution.Nope' : No results for path: $['Execution']['Nope']");
    }

    @Test
    void missingReferencePathSelectsNothing() {
        assertThat(read("$.order.nope")).isNull();
        assertThat(read("$.order.lines[7]")).isNull();
        assertThat(read("$.order.id.deeper")).isNull();
    }

    @Test
    void queriesGoToJsonPathLibrary() {
        assertThat(read("$.order.lines[*].sku")).isEqualTo(Json.parse("[\"a\",\"b\"]"));
        assertThat(read("$.order.lines[?(@.qty > 3)].sku")).isEqualTo(Json.parse("[\"b\"]"));
        assertThat(read("$..sku")).isEqualTo(Json.parse("[\"a\",\"b\"]"));
    }

    /** Names with quotes, backslashes and brackets, as a Step Functions input may hold them. */
    private static final JsonNode ODD_NAMES = Json.parse("""
            {"it's": 1, "say \\"hi\\"": 2, "a\\\\b": 3, "x]y": 4, "tab\\there": 5, "A": 6,
             "nested": {"it's": {"deep": 7}}}""");

    @Test
    void quotedNamesWithEscapesAreReadAsJaywayReadsThem() {
        String[] paths = {"$['it\\'s']", "$[\"it's\"]", "$[\"say \\\"hi\\\"\"]", "$['say \"hi\"']",
                "$['a\\\\b']", "$['x]y']", "$['tab\\there']", "$['\\u0041']", "$[ 'A' ]",
                "$.nested['it\\'s'].deep"};
        var jayway = com.jayway.jsonpath.Configuration.builder()
                .jsonProvider(new com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider(JsonBinding.MAPPER)).build();
        for (String path : paths) {
            JsonNode expected = JsonBinding.MAPPER.valueToTree(com.jayway.jsonpath.JsonPath.using(jayway).parse(ODD_NAMES)
                    .read(path));
            assertThat(expected).as(path).isNotNull();
            assertThat(Path.compile(path).select(ODD_NAMES)).as(path).isEqualTo(expected);
            assertThat(Path.compileReference(path).select(ODD_NAMES)).as(path).isEqualTo(expected);
        }
    }

    @Test
    void resultPathsWriteToQuotedNamesWithEscapes() {
        JsonNode written = Path.compileReference("$['it\\'s']['say \\\"hi\\\"']").write(Json.parse("{}"),
                Json.parse("1")).orElseThrow();
        assertThat(written).isEqualTo(Json.parse("{\"it's\": {\"say \\\"hi\\\"\": 1}}"));
        assertThat(Path.compileReference("$['a\\\\b']").leadingFields()).containsExactly("a\\b");
    }

    @Test
    void anUnclosedOrListedQuotedNameIsNoReferencePath() {
        assertThatThrownBy(() -> Path.compile("$['it\\'s]")).isInstanceOf(PathSyntaxException.class);
        assertThatThrownBy(() -> Path.compileReference("$['a','b']")).isInstanceOf(PathSyntaxException.class);
        assertThatThrownBy(() -> Path.compileReference("$['\\u00G1']")).isInstanceOf(PathSyntaxException.class);
        assertThat(Path.compile("$['it\\'s','A']").select(ODD_NAMES)).isEqualTo(Json.parse("{\"it's\":1,\"A\":6}"));
    }

    @Test
    void aFilterComparingWithABareWordCompilesAndFailsEveryEvaluation() {
        JsonNode langs = Json.parse("{\"t\":[{\"code\":\"es\"},{\"code\":\"fr\"}]}");
        for (String path : new String[] {"$.t[?(@.code==es)]", "$.t[?(@.code != es-MX)].code",
                "$.t[?(es == @.code)]", "$.t[?(@.code == 'fr' || @.code == es)]"}) {
            Path compiled = Path.compile(path);
            assertThatThrownBy(() -> compiled.select(langs)).as(path)
                    .isInstanceOfSatisfying(dev.stepwise.asl.error.StatesError.class, e -> {
                        assertThat(e.error()).isEqualTo("States.Runtime");
                        assertThat(e.cause()).startsWith("Invalid path '" + path + "' : ");
                    });
        }
        assertThat(Path.compile("$.t[?(@.code=='es')]").select(langs)).isEqualTo(Json.parse("[{\"code\":\"es\"}]"));
        assertThat(Path.compile("$.t[?(@.gone==null)]").select(langs)).isEqualTo(Json.parse("[]"));
    }

    @Test
    void aPathFunctionThatCannotApplyFailsWithStatesRuntimeNamingThePathNotAJavaException() {
        JsonNode lists = Json.parse("{\"none\":[],\"words\":[\"a\",\"b\"],\"nums\":[1,2],\"obj\":{\"a\":1}}");
        for (String path : new String[] {"$.none.sum()", "$.none.min()", "$.words.avg()", "$.obj.stddev()",
                "$.none.first()", "$.none.last()", "$.nums.index(1)", "$.nums.length(1)"}) {
            Path compiled = Path.compile(path);
            assertThatThrownBy(() -> compiled.select(lists)).as(path)
                    .isInstanceOfSatisfying(dev.stepwise.asl.error.StatesError.class, e -> {
                        assertThat(e.error()).isEqualTo("States.Runtime");
                        assertThat(e.cause()).startsWith("Invalid path '" + path + "' : ")
                                .doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b");
                    });
        }
        assertThatThrownBy(() -> Path.compile("$$.none.sum()").evaluate(DataScope.of(input, lists)))
                .isInstanceOfSatisfying(dev.stepwise.asl.error.StatesError.class, e -> assertThat(e.cause())
                        .isEqualTo("Invalid path '$$.none.sum()' : Aggregation function attempted to calculate value "
                                + "using empty array"));
        assertThat(Path.compile("$.nums.sum()").select(lists).asDouble()).isEqualTo(3.0);
    }

    @Test
    void otherBrokenFiltersAreStillSyntaxErrors() {
        for (String path : new String[] {"$.t[?(@.code==)]", "$.t[?(@.code=='es' &&)]", "$.t[?(@.code=='it\\'s)]"}) {
            assertThatThrownBy(() -> Path.compile(path)).as(path).isInstanceOf(PathSyntaxException.class);
        }
    }

    @Test
    void variablesAreRoots() {
        DataScope scope = new DataScope() {
            public JsonNode input() { return input; }
            public JsonNode context() { return context; }
            public JsonNode variable(String name) { return name.equals("cfg") ? Json.parse("{\"x\":[1,2]}") : null; }
        };
        assertThat(Path.compile("$cfg.x[1]").evaluate(scope).asInt()).isEqualTo(2);
        assertThat(Path.compile("$other").evaluate(scope)).isNull();
        assertThat(Path.compile("$cfg.x[1]").root()).isEqualTo(Path.Root.VARIABLE);
    }

    @Test
    void writeCreatesMissingObjectsAndSharesTheRest() {
        ReferencePath path = Path.compileReference("$.result.value");
        JsonNode out = path.write(input, Json.NODES.numberNode(7)).orElseThrow();
        assertThat(out.path("result").path("value").asInt()).isEqualTo(7);
        assertThat(out.get("order")).isSameAs(input.get("order"));
        assertThat(input.has("result")).as("the input is not changed").isFalse();
    }

    @Test
    void writeThroughAScalarFails() {
        assertThat(Path.compileReference("$.order.id.x").write(input, Json.NODES.nullNode())).isEmpty();
        assertThat(Path.compileReference("$").write(input, Json.NODES.textNode("v")).orElseThrow().asText())
                .isEqualTo("v");
    }

    @Test
    void rejectsBadPaths() {
        assertThatThrownBy(() -> Path.compile("order.id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Path.compileReference("$.lines[*]"))
                .hasMessageContaining("not a reference path");
        assertThatThrownBy(() -> Path.compile("$.a[?(@.x >")).isInstanceOf(IllegalArgumentException.class);
    }

    private static PathSyntaxException failure(ThrowingCallable compile) {
        return catchThrowableOfType(compile, PathSyntaxException.class);
    }

    @Test
    void aMissingRootIsReportedAtTheFirstColumn() {
        PathSyntaxException e = failure(() -> Path.compile("order.id"));

        assertThat(e.path()).isEqualTo("order.id");
        assertThat(e.reason()).isEqualTo("a path must start with '$'");
        assertThat(e.column()).isZero();
    }

    @Test
    void unbalancedBracketsAreRejectedWhereTheyAre() {
        PathSyntaxException unclosed = failure(() -> Path.compile("$.a[0].b["));
        assertThat(unclosed.reason()).isEqualTo("unclosed '['");
        assertThat(unclosed.column()).isEqualTo(8);

        PathSyntaxException unopened = failure(() -> Path.compile("$.a]"));
        assertThat(unopened.reason()).isEqualTo("unopened ']'");
        assertThat(unopened.column()).isEqualTo(3);

        assertThat(Path.compile("$['a]b']").select(Json.parse("{\"a]b\": 1}")).intValue()).isEqualTo(1);
    }

    @Test
    void queryErrorsGiveTheLibrarysReasonWithoutAColumn() {
        PathSyntaxException e = failure(() -> Path.compile("$.a[x]"));

        assertThat(e.reason()).isEqualTo("Could not parse token starting at position 3. Expected ?, ', 0-9, *");
        assertThat(e.column()).isEqualTo(-1);
        assertThat(failure(() -> Path.compile("$.a..")).path()).isEqualTo("$.a..");
    }

    @Test
    void referencePathErrorsNameTheOffendingStep() {
        PathSyntaxException wildcard = failure(() -> Path.compileReference("$.items[*].id"));
        assertThat(wildcard.reason())
                .isEqualTo("a reference path allows only .field, ['field'] and [index] steps, not [*]");
        assertThat(wildcard.column()).isEqualTo(7);
        assertThat(wildcard).hasMessage("'$.items[*].id' is not a reference path: " + wildcard.reason()
                + " at column 8");

        assertThat(failure(() -> Path.compileReference("$.a..b")).reason()).endsWith("not ..");
        assertThat(failure(() -> Path.compileReference("$.a.*")).reason()).endsWith("not .*");
        assertThat(failure(() -> Path.compileReference("$.a[1:2]")).reason()).endsWith("not [1:2]");
        assertThat(failure(() -> Path.compileReference("$$.Execution")).column()).isEqualTo(1);
    }

    @Test
    void referencePrefixIsTheReadableStartOfAnyPath() {
        assertThat(Path.compile("$.order['lines'][0].sku").referencePrefix().leadingFields())
                .containsExactly("order", "lines");
        assertThat(Path.compile("$.items[*].id").referencePrefix().leadingFields()).containsExactly("items");
        assertThat(Path.compile("$$.Execution.Input..id").referencePrefix().leadingFields())
                .containsExactly("Execution", "Input");
        assertThat(Path.compile("$..id").referencePrefix().isRoot()).isTrue();
    }
}
