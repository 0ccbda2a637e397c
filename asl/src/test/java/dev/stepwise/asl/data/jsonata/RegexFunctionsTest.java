package dev.stepwise.asl.data.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.dashjoin.jsonata.Functions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The regex built-ins stop at the evaluation's time limit however a pattern backtracks, and otherwise give the
 * library's results (corrected where JSONata documents otherwise).
 */
class RegexFunctionsTest {

    /** Only so a regression fails instead of hanging the build: without the deadline these run for hours. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long NO_DEADLINE = System.nanoTime() + Duration.ofDays(1).toNanos();

    private static JsonNode eval(String expression) {
        return JsonataExpression.compile(expression, "Output").evaluate(JsonataBindings.ofInput(Json.NODES.objectNode()));
    }

    private static Throwable failureWithin(String expression, long timeLimitMillis) {
        JsonataExpression compiled = JsonataExpression.compile(expression, "Output", timeLimitMillis);
        return catchThrowable(() -> compiled.evaluate(JsonataBindings.ofInput(Json.NODES.objectNode())));
    }

    @Test
    void aPatternThatBacktracksForeverEndsWithTheTimeLimitError() {
        // Java memoizes plain loops such as (a|aa)+, but not once a back-reference follows: each 'a' more
        // multiplies the time by about 1.6, so sixty take hours.
        String text = "$pad('', 60, 'a')";
        String[] expressions = {
            "$contains(" + text + ", /(a|aa)+(b)\\2/)",
            "$match(" + text + ", /(a|aa)+(b)\\2/)",
            "$match(" + text + ", /(a+)+\\1b/, 1)",
            "$replace(" + text + ", /(a|aa)+(b)\\2/, 'x')",
            "$replace(" + text + ", /(a+)+\\1b/, 'x', 1)",
            "$replace(" + text + ", /(a|aa)+(b)\\2/, function($m){'x'})",
            "$split(" + text + ", /(a|aa)+(b)\\2/)",
            "$split(" + text + ", /(a+)+\\1b/, 2)",
            "(" + text + ") ~> $contains(/(a+)+\\1b/)",
            "$map([" + text + "], function($s){$match($s, /(a|aa)+(b)\\2/)})",
            // a literal called as a function, directly, through a variable, and its next match
            "/(a|aa)+(b)\\2/(" + text + ")",
            "($r := /(a+)+\\1b/; $r(" + text + "))",
            "/(a|aa)+(b)\\2|a/(" + text + " & 'a').next()",
        };
        assertTimeoutPreemptively(PATIENCE, () -> {
            for (String expression : expressions) {
                assertThat(failureWithin(expression, 200)).as(expression)
                        .isInstanceOfSatisfying(QueryEvaluationException.class, e -> assertThat(e.detail())
                                .endsWith("threw an error during evaluation. " + RegexFunctions.TIMEOUT));
            }
        });
    }

    @Test
    void matchingGivesWhatTheLibraryGives() {
        Random random = new Random(20261208L);
        String[] pieces = {"a", "b", "ab", ".", "\\d", "\\s", "[ab]", "[^a]", "(a)", "(b|ab)", "(a*)", "(?:ba)",
            "a?", "b+", "a*?", "^", "$", "\\b", "(x)?", "é", "\uD83D\uDE00"};
        String[] letters = {"a", "b", "ab", " ", "1", "x", "é", "\uD83D\uDE00", "\n", "$"};
        String[] replacements = {"-", "$1", "[$0]", "$$", "$", "a$b", "$2$1", "$12", "$<x>", "\\n", ""};
        for (int round = 0; round < 500; round++) {
            Pattern pattern = Pattern.compile(joined(random, pieces, 1 + random.nextInt(4)),
                    random.nextBoolean() ? 0 : Pattern.CASE_INSENSITIVE);
            String text = joined(random, letters, random.nextInt(12));
            String replacement = replacements[random.nextInt(replacements.length)];
            Integer limit = random.nextBoolean() ? null : random.nextInt(4);
            String what = pattern + " on '" + text + "'";
            assertThat(RegexFunctions.contains(List.of(text, pattern), NO_DEADLINE)).as(what)
                    .isEqualTo(Functions.contains(text, pattern));
            assertThat(RegexFunctions.match(List.of(text, pattern), NO_DEADLINE)).as(what)
                    .isEqualTo(Functions.match(text, pattern, null));
            assertThat(RegexFunctions.split(Arrays.asList(text, pattern, limit), NO_DEADLINE)).as(what)
                    .isEqualTo(Functions.split(text, pattern, limit));
            assertThat(outcome(() -> RegexFunctions.replace(List.of(text, pattern, replacement), NO_DEADLINE)))
                    .as(what + " -> " + replacement)
                    .isEqualTo(outcome(() -> Functions.replace(text, pattern, replacement, null)));
        }
    }

    /** A result, or the class of the failure (a replacement naming a group wrongly, say). */
    private static Object outcome(Supplier<Object> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static String joined(Random random, String[] pieces, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(pieces[random.nextInt(pieces.length)]);
        }
        return out.toString();
    }

    @Test
    void aRegexLiteralIsAFunctionAsInJsonataJs() {
        // jsonata-js evaluates /re/ to a function: $string gives "" and & joins "" (the library named
        // java.util.regex.Pattern in an error), $type says function, a call gives the first match with its groups
        assertThat(eval("$string(/a/)").textValue()).isEmpty();
        assertThat(eval("'x' & /a/ & 'y'").textValue()).isEqualTo("xy");
        assertThat(eval("$type(/a/)").textValue()).isEqualTo("function");
        assertThat(Json.write(eval("/a(b+)/('xxabbyab').groups"))).isEqualTo("[\"bb\"]");
        assertThat(Json.write(eval("$keys(/a(b+)/('xxabbyab'))")))
                .isEqualTo("[\"match\",\"start\",\"end\",\"groups\",\"next\"]");
        assertThat(Json.write(eval("/a(b+)/('xxabbyab').[match, $string(start), $string(end)]")))
                .isEqualTo("[\"abb\",\"2\",\"5\"]");
        assertThat(Json.write(eval("/a(b+)/('xxabbyab').next().start"))).isEqualTo("6");
        assertThat(eval("$string(/a/('a'))").textValue())
                .isEqualTo("{\"match\":\"a\",\"start\":0,\"end\":1,\"groups\":[],\"next\":\"\"}");
        assertThat(eval("$exists(/a(b+)/('xxabbyab').next().next())").booleanValue()).isFalse();
        assertThat(eval("$exists(/z/('abc'))").booleanValue()).isFalse();
        assertThat(((QueryEvaluationException) catchThrowable(() -> eval("/b*/('abc').next()"))).detail())
                .contains("D1004");
        // the built-ins take the literal through a variable or a lambda as before
        assertThat(eval("($r := /b+/; $replace('abbc', $r, '-'))").textValue()).isEqualTo("a-c");
        assertThat(eval("(function($p){ $split('a1b22c', $p) })(/\\d+/) ~> $join(',')").textValue())
                .isEqualTo("a,b,c");
        assertThat(eval("$contains('abc', /B/i)").booleanValue()).isTrue();
    }

    @Test
    void matchReturnsAtMostLimitMatches() {
        // JSONata's documentation: "limit ... the maximum number of matches"; the library returned one more.
        assertThat(Json.write(eval("$match('ababbabbcc', /a(b+)/, 1)")))
                .isEqualTo("{\"match\":\"ab\",\"index\":0,\"groups\":[\"b\"]}");
        assertThat(Json.write(eval("$count($match('ababbabbcc', /a(b+)/, 2))"))).isEqualTo("2");
        assertThat(Json.write(eval("$count($match('ababbabbcc', /a(b+)/, 0))"))).isEqualTo("0");
        assertThat(Json.write(eval("$count($match('ababbabbcc', /a(b+)/))"))).isEqualTo("3");
    }

    @Test
    void replaceWithALimitReplacesThatManyMatchesOfTheOriginalText() {
        // JSONata: "limit ... the number of replacements"; the library re-matched its own output from the start.
        assertThat(eval("$replace('abab', /a/, 'aa', 2)").textValue()).isEqualTo("aabaab");
        assertThat(eval("$replace('abab', /a/, 'aa', 0)").textValue()).isEqualTo("abab");
        assertThat(eval("$replace('John Smith and Jane Doe', /(\\w+)\\s(\\w+)/, '$2, $1', 1)").textValue())
                .isEqualTo("Smith, John and Jane Doe");
        assertThat(eval("$replace('a1b2', /\\d/, function($m){'<' & $m.match & '>'}, 1)").textValue())
                .isEqualTo("a<1>b2");
    }

    @Test
    void aReplacementFunctionReceivesTheMatchObjectOfMatchAndItsResultIsLiteral() {
        // The example of JSONata's documentation for $replace with a function.
        assertThat(eval("$replace('temperature = 68F today', /(-?\\d+(?:\\.\\d*)?)F\\b/, "
                + "function($m) { ($number($m.groups[0]) - 32) * 5/9 & 'C' })").textValue())
                .isEqualTo("temperature = 20C today");
        assertThat(eval("$replace('ab', /b/, function($m){ $string($m.index) & '$0\\\\' })").textValue())
                .isEqualTo("a1$0\\");
        QueryEvaluationException noString = (QueryEvaluationException) catchThrowable(
                () -> eval("$replace('ab', /b/, function($m){ 1 })"));
        assertThat(noString.detail()).contains("D3012");
    }

    /** A string pattern (left to the library) is found as written and replaced as written, as jsonata-js does. */
    @Test
    void aStringPatternIsReplacedLiterally() {
        assertThat(eval("$replace('a.b.c', '.', '-')").textValue()).isEqualTo("a-b-c");
        assertThat(eval("$replace('price: $5 or $5', '$5', '$6 ($1)')").textValue())
                .isEqualTo("price: $6 ($1) or $6 ($1)");
        assertThat(eval("$replace('aaaa', 'a', 'b', 3)").textValue()).isEqualTo("bbba");
        assertThat(eval("$replace('(a)(a)', '(a)', '\\\\')").textValue()).isEqualTo("\\\\");
        assertThat(eval("$replace('abc', 'x', 'y')").textValue()).isEqualTo("abc");
    }

    @Test
    void stringPatternsAndUndefinedStillGoToTheLibrary() {
        assertThat(eval("$contains('a.b', '.')").booleanValue()).isTrue();
        assertThat(eval("$contains('ab', '.')").booleanValue()).isFalse();
        assertThat(Json.write(eval("$split('a.b.c', '.', 2)"))).isEqualTo("[\"a\",\"b\"]");
        assertThat(eval("$replace('a.b', '.', '$')").textValue()).isEqualTo("a$b");
        assertThat(eval("$exists($match($states.input.missing, /a/))").booleanValue()).isFalse();
        List<Object> none = new ArrayList<>(Arrays.asList(null, Pattern.compile("a")));
        assertThat(RegexFunctions.contains(none, NO_DEADLINE)).isNull();
    }
}
