package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static dev.stepwise.processor.Sources.workflow;

import com.google.testing.compile.Compilation;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [ConditionNeverTrue]}: a Choice test whose operator the JSON kind at its path rules out (AWS evaluates it
 * to false, as the recorded choice_operators cases show) is a warning on its {@code @When}; a path whose kind the
 * processor does not know is never one.
 */
class NeverTrueConditionsTest {

    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";

    private static JavaFileObject declaredInput(String whens) {
        return type("Sample", """
                import com.fasterxml.jackson.databind.JsonNode;
                import java.time.Instant;
                import java.util.Map;
                import java.util.Optional;
                @Workflow(input = Sample.Order.class)
                public class Sample {
                    public record Item(String sku, int quantity) {}
                    public record Box<T>(T value) {}
                    public record Order(String status, int total, boolean paid, List<String> tags, Map<String, Integer> counts,
                                        Item item, Instant placed, JsonNode extra, Object note, Optional<Integer> discount,
                                        Box<String> label, Box<?> anything, char grade, byte[] signature) {}
                    @Choice
                %s
                    void route() {}
                    @Succeed void done() {}
                }
                """.formatted(whens));
    }

    private static String when(String test) {
        return "    @When(test = \"" + test + "\", next = \"done\")";
    }

    @Test
    void eachOperatorFamilyOnAKindItIsNeverTrueForIsAWarningOnItsWhen() {
        // test -> the start of its warning
        Map<String, String> neverTrue = Map.ofEntries(
                Map.entry("$.total == 'high'", "StringEquals on $.total is never true: $.total has type int, which"
                        + " Jackson writes as a JSON number, and StringEquals is true only for JSON text; compare it as"
                        + " a number, with a number such as 42 or a number $.path"),
                Map.entry("$.paid > 3", "NumericGreaterThan on $.paid is never true: $.paid has type boolean, which"
                        + " Jackson writes as a JSON boolean, and NumericGreaterThan is true only for a JSON number;"
                        + " compare it with true or false, or a boolean $.path"),
                Map.entry("$.tags == true", "BooleanEquals on $.tags is never true: $.tags has type List<String>,"
                        + " which Jackson writes as a JSON array, and BooleanEquals is true only for a JSON boolean;"
                        + " test one of its elements, such as $.tags[0]"),
                Map.entry("$.total < timestamp '2026-01-01T00:00:00Z'", "TimestampLessThan on $.total is never true:"
                        + " $.total has type int, which Jackson writes as a JSON number, and TimestampLessThan is true"
                        + " only for JSON text holding an RFC 3339 timestamp"),
                Map.entry("$.item matches 'a*'", "StringMatches on $.item is never true: $.item has type Sample.Item,"
                        + " which Jackson writes as a JSON object, and StringMatches is true only for JSON text; test"
                        + " one of its properties, such as $.item.sku"),
                Map.entry("$.counts >= 'm'", "StringGreaterThanEquals on $.counts is never true: $.counts has type"
                        + " Map<String, Integer>, which Jackson writes as a JSON object"),
                Map.entry("$.status is number", "IsNumeric on $.status is never true: $.status has type String, which"
                        + " Jackson writes as JSON text, and IsNumeric is true only for a JSON number; test it with"
                        + " 'is string' or 'is timestamp'"),
                Map.entry("$.grade <= 3", "NumericLessThanEquals on $.grade is never true: $.grade has type char"),
                Map.entry("$.signature > 0", "NumericGreaterThan on $.signature is never true: $.signature has type"
                        + " byte[], which Jackson writes as JSON text"),
                Map.entry("$.discount is boolean", "IsBoolean on $.discount is never true: $.discount has type"
                        + " Optional<Integer>, which Jackson writes as a JSON number"),
                Map.entry("$.label.value > 1", "NumericGreaterThan on $.label.value is never true: $.label.value has"
                        + " type String"),
                // below the root: an element, a map's value, a property
                Map.entry("$.tags[0] > 1", "NumericGreaterThan on $.tags[0] is never true: $.tags[0] has type String"),
                Map.entry("$.counts.red == 'many'", "StringEquals on $.counts.red is never true: $.counts.red has type"
                        + " Integer"),
                Map.entry("$.item.quantity is timestamp", "IsTimestamp on $.item.quantity is never true"),
                // either path of a ...Path comparison
                Map.entry("$.total == number $.status", "NumericEqualsPath on $.status is never true: $.status has"
                        + " type String"),
                Map.entry("$.status < string $.total", "StringLessThanPath on $.total is never true"),
                // under a negation the test makes its rule always true: as surely a mistake
                Map.entry("$.total != 'high'", "StringEquals on $.total is never true"),
                Map.entry("$.paid == true && ($.status == 'new' || $.item == 'x')", "StringEquals on $.item is never"
                        + " true"));
        JavaFileObject sample = declaredInput(String.join("\n", neverTrue.keySet().stream().map(t -> when(t)).toList()));

        Compilation compilation = compile(sample);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(neverTrue.size());
        neverTrue.forEach((test, message) -> assertThat(compilation).hadWarningContaining("[ConditionNeverTrue] "
                + message).inFile(sample).onLineContaining("\"" + test + "\""));
    }

    @Test
    void aTestItsKindAllowsOrOfAKindNotKnownIsNoWarning() {
        JavaFileObject sample = declaredInput(String.join("\n",
                when("$.status == 'new'"), when("$.total > 100"), when("$.paid == true"), when("$.status matches 'n*'"),
                when("$.status < timestamp '2026-01-01T00:00:00Z'"), when("$.placed > timestamp '2026-01-01T00:00:00Z'"),
                when("$.discount >= 5"), when("$.tags[0] == 'vip'"), when("$.item.quantity > 1"),
                when("$.counts.red > 1"), when("$.grade == 'A'"), when("$.total == number $.item.quantity"),
                // any JSON, an Object, an unbound type argument: the kind is not known
                when("$.extra == 1"), when("$.extra.deep == 'x'"), when("$.note == true"), when("$.anything.value > 1"),
                // tests any kind can pass, and negative tests, which a mismatch makes true
                when("$.total is null"), when("$.tags is present"), when("$.status is not number"),
                when("$.status is timestamp")));

        assertThat(compile(sample)).succeededWithoutWarnings();
    }

    @Test
    void anInputFieldTypedOnlyByItsReadsIsNotKnown() {
        // without a declared input, the task's parameter and the rule's own comparison only guess the field's type
        JavaFileObject sample = workflow("""
                    @Task(resource = %s) @ResultPath("$.loaded") void load(@From("$.total") int total) {}
                    @Choice
                    @When(test = "$.total == 'high' || $.total > 3", next = "done")
                    @When(test = "$.code == 'a' || $.code > 3", next = "done")
                    void route() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA));

        assertThat(compile(sample)).succeededWithoutWarnings();
    }

    @Test
    void aResultsKindIsKnownThroughResultPathInputPathAndVariables() {
        JavaFileObject sample = workflow("""
                    public record Quote(String tier, int total) {}
                    @Task(resource = %s) @ResultPath("$.quote")
                    @Assign(name = "price", value = "$.total")
                    Quote price() { return null; }
                    @Choice
                    @When(test = "$.quote.total == 'high'", next = "done")
                    @When(test = "$price matches '1*'", next = "done")
                    void route() {}
                    @Choice @InputPath("$.quote")
                    @When(test = "$.tier > 3", next = "done")
                    void narrowed() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA));

        Compilation compilation = compile(sample);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(3);
        assertThat(compilation).hadWarningContaining("StringEquals on $.quote.total is never true: $.quote.total has"
                + " type int").inFile(sample).onLineContaining("$.quote.total == 'high'");
        assertThat(compilation).hadWarningContaining("StringMatches on $price is never true: $price has type int")
                .inFile(sample).onLineContaining("$price matches");
        // the path as written, read below the InputPath
        assertThat(compilation).hadWarningContaining("NumericGreaterThan on $.tier is never true: $.tier has type"
                + " String").inFile(sample).onLineContaining("$.tier > 3");
    }

    @Test
    void aJsonataConditionIsNotChecked() {
        JavaFileObject sample = type("Sample", """
                @Workflow(input = Sample.Order.class)
                public class Sample {
                    public record Order(String status) {}
                    @Choice @Query(QueryLanguage.JSONATA)
                    @When(test = "$states.input.status > 3", next = "done")
                    void route() {}
                    @Succeed void done() {}
                }
                """);

        assertThat(compile(sample)).succeededWithoutWarnings();
    }
}
