package dev.stepwise.asl.data.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Built-ins the time limit cannot interrupt finish in time linear in their input, with the results the library's
 * own (quadratic) versions give.
 */
class LinearTimeFunctionsTest {

    /** Far more than these take now (well under a second), far less than they took (minutes). */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static JsonNode eval(String expression) {
        return JsonataExpression.compile(expression, "Output").evaluate(JsonataBindings.ofInput(Json.NODES.objectNode()));
    }

    @Test
    void caseConversionOfMillionsOfExpandingCharactersFinishes() {
        assertTimeoutPreemptively(PATIENCE, () -> {
            assertThat(eval("$length($uppercase($pad('', 2000000, 'ß')))").intValue()).isEqualTo(4_000_000);
            assertThat(eval("$length($lowercase($pad('', 2000000, 'İ')))").intValue()).isEqualTo(4_000_000);
            assertThat(eval("$length($uppercase($pad('', 2000000, 'ﬀ')))").intValue()).isEqualTo(4_000_000);
            assertThat(eval("$length($lowercase($pad('', 2000000, 'İΣ ')))").intValue()).isEqualTo(2_666_667);
        });
    }

    @Test
    void spreadOfAMillionObjectsFinishes() {
        assertTimeoutPreemptively(PATIENCE, () -> assertThat(
                eval("$count($spread([1..1000000].({'k': $})))").intValue()).isEqualTo(1_000_000));
    }

    @Test
    void caseConversionInChunksEqualsTheWholeTextConvertedAtOnce() {
        Random random = new Random(20261207L);
        // letters that expand, final and non-final sigmas, surrogate pairs, dotted and dotless i, word breaks
        String[] pieces = {"ß", "İ", "ı", "i", "I", "Σ", "σ", "ς", "ΑΣ", "ﬀ", "\uD801\uDC00", "\uD801\uDC28", " ", "\n",
            "a", "Z", "'", ".", "ŉ", "ǰ", "Ω", "1"};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = LinearTimeFunctions.CHUNK * (1 + random.nextInt(3)) + random.nextInt(50);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String sample = text.toString();
            assertThat(LinearTimeFunctions.uppercase(sample)).isEqualTo(sample.toUpperCase(Locale.ROOT));
            assertThat(LinearTimeFunctions.lowercase(sample)).isEqualTo(sample.toLowerCase(Locale.ROOT));
        }
        assertThat(LinearTimeFunctions.uppercase(null)).isNull();
        assertThat(eval("$uppercase('istanbul') & $lowercase('İSTANBUL ΟΔΟΣ')").textValue())
                .isEqualTo("ISTANBUL" + "i̇stanbul οδος");
    }

    @Test
    void spreadGivesWhatTheLibraryGives() {
        for (String value : new String[] {"[]", "{}", "[{}]", "{'a': 1, 'b': [1, 2]}", "[{'a': 1}, {'b': 2, 'c': 3}]",
            "[1, 'x', {'a': 1}, [2, [{'b': 3}]], [], null]", "[[], [1..3]]", "[[[]]]", "5", "'text'",
            "[{'a': 1}]", "[[{'a': 1}]]"}) {
            Jsonata parsed = Jsonata.jsonata(value);
            Object input = parsed.evaluate(null);
            Object ours = LinearTimeFunctions.spread(input);
            Object library = Functions.spread(input);
            assertThat(ours).as(value).isEqualTo(library);
            assertThat(ours instanceof List<?> list && com.dashjoin.jsonata.Utils.isSequence(list)).as(value)
                    .isEqualTo(library instanceof List<?> list && com.dashjoin.jsonata.Utils.isSequence(list));
        }
        assertThat(Json.write(eval("$spread({'a': 1, 'b': 2})"))).isEqualTo("[{\"a\":1},{\"b\":2}]");
        assertThat(Json.write(eval("$spread({'a': 1})"))).isEqualTo("{\"a\":1}");
        assertThat(Json.write(eval("$spread([{'a': 1}, {'b': 2}])"))).isEqualTo("[{\"a\":1},{\"b\":2}]");
    }
}
