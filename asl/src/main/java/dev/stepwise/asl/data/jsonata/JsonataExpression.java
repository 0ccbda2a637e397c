package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JSONata expression (the text between {@code {%} and {@code %}}), parsed once and evaluated many times.
 *
 * <p>Thread-safe: executions running at once may share an instance. The library keeps its scratch state per
 * thread, and every evaluation gets its own frame for {@code $states}, the variables and the clock, so nothing
 * an evaluation binds is seen by another.
 */
public final class JsonataExpression {

    /** {@code $name} references; read over the whole text (strings included), which can only over-approximate. */
    private static final Pattern NAME_REFERENCE = Pattern.compile("\\$([\\p{L}\\p{N}_]+)");
    /** Stops a runaway expression (JSONata runs tail calls in a loop, so endless recursion never overflows). */
    static final long DEFAULT_TIME_LIMIT_MILLIS = 10_000;

    private final String text;
    private final String location;
    private final Jsonata compiled;
    private final String[] referencedNames;
    private final boolean readsClock;
    private final boolean runsRegexFunctions;
    private final long timeLimitMillis;

    private JsonataExpression(String text, String location, Jsonata compiled, String[] referencedNames,
                              boolean hasRegexLiterals, long timeLimitMillis) {
        this.text = text;
        this.timeLimitMillis = timeLimitMillis;
        this.location = location;
        this.compiled = compiled;
        this.referencedNames = referencedNames;
        this.readsClock = List.of(referencedNames).contains("now") || List.of(referencedNames).contains("millis");
        this.runsRegexFunctions = hasRegexLiterals
                || List.of(referencedNames).stream().anyMatch(RegexFunctions.NAMES::contains);
    }

    /**
     * Compiles an expression for the field at {@code location} (e.g. {@code Output/result}, {@code Items}); the
     * location names the field in AWS's error causes and history events.
     *
     * @throws JsonataSyntaxException when the text does not parse
     */
    public static JsonataExpression compile(String text, String location) {
        return compile(text, location, DEFAULT_TIME_LIMIT_MILLIS);
    }

    static JsonataExpression compile(String text, String location, long timeLimitMillis) {
        String expression = text.strip();
        Jsonata compiled = parse(expression, location);
        compiled.setValidateInput(false); // the input is built by JsonataValues, always valid
        compiled.setOutputConvertNulls(false); // keeps JSON null apart from undefined
        JavaScriptCompatibleFunctions.register(compiled);
        StepFunctionsFunctions.register(compiled);
        SizeBoundedFunctions.register(compiled);
        LinearTimeFunctions.register(compiled);
        RegexFunctions.register(compiled);
        // a regex literal is written between slashes: most expressions have none, and need no walk of their tree
        boolean hasRegexLiterals = expression.indexOf('/') >= 0 && RegexLiterals.convert(compiled);
        return new JsonataExpression(expression, location, compiled, referencedNames(expression), hasRegexLiterals,
                timeLimitMillis);
    }

    /** Checks that an expression parses, for the definition validator. */
    public static void checkSyntax(String text) {
        parse(text.strip(), null);
    }

    private static Jsonata parse(String expression, String location) {
        JsonataNesting.Violation deep = JsonataNesting.firstTooDeep(expression);
        if (deep != null) {
            throw new JsonataSyntaxException(expression, null, "The expression nests brackets more than "
                    + JsonataNesting.MAX_DEPTH + " levels deep.", deep.position(), location);
        }
        try {
            return Jsonata.jsonata(expression);
        } catch (JException e) {
            throw new JsonataSyntaxException(expression, e.getError(), JsonataErrorText.messageOf(e),
                    Math.max(0, e.getLocation()), location);
        } catch (RuntimeException e) { // the parser lets a few Java exceptions out on odd input
            throw new JsonataSyntaxException(expression, null, String.valueOf(e.getMessage()), 0, location);
        } catch (StackOverflowError e) {
            // The library parses by recursive descent; past the bracket check, a long chain of operators (a
            // thousand steps of 'a.a.a...' or '- - - 1') still nests its syntax tree deep enough to overflow.
            throw new JsonataSyntaxException(expression, null, "The expression nests too deeply to be parsed.", 0,
                    location);
        }
    }

    private static String[] referencedNames(String expression) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = NAME_REFERENCE.matcher(expression);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names.toArray(String[]::new);
    }

    /** The expression text, trimmed, as AWS quotes it in a cause. */
    public String text() {
        return text;
    }

    /** The field this expression belongs to. */
    public String location() {
        return location;
    }

    /**
     * Evaluates the expression and returns its JSON value.
     *
     * @throws QueryEvaluationException when evaluation fails, the result is undefined, or it has no JSON form
     */
    public JsonNode evaluate(JsonataBindings bindings) {
        JsonNode result = evaluateOrUndefined(bindings);
        if (result == null) {
            throw QueryEvaluationException.returnedNothing(text, location);
        }
        return result;
    }

    /**
     * Evaluates the expression; {@code null} when the result is undefined (JSON null is a {@code NullNode}).
     *
     * @throws QueryEvaluationException when evaluation fails or the result has no JSON form
     */
    public JsonNode evaluateOrUndefined(JsonataBindings bindings) {
        Object value = evaluateToLibraryValue(bindings);
        try {
            return JsonataValues.toJson(value);
        } catch (JsonataValues.NotJsonException e) {
            throw QueryEvaluationException.unsupportedResult(text, location);
        } catch (JsonataValues.TooDeepException e) {
            throw QueryEvaluationException.tooLarge(text, location, "it nests deeper than " + Json.MAX_DEPTH
                    + " levels of objects and arrays");
        } catch (JsonataValues.TooLargeException e) {
            throw QueryEvaluationException.tooLarge(text, location, "its JSON text would be longer than "
                    + JsonataValues.MAX_RESULT_CHARS + " characters");
        }
    }

    private Object evaluateToLibraryValue(JsonataBindings bindings) {
        Jsonata.Frame frame = new Jsonata.Frame(null);
        frame.setRuntimeBounds(timeLimitMillis, Integer.MAX_VALUE); // deep recursion ends in StackOverflowError
        if (readsClock) {
            StepFunctionsFunctions.bindClock(frame, bindings.nowMillis());
        }
        for (String name : referencedNames) {
            if (bindings.isBound(name)) {
                frame.bind(name, bindings.lookup(name));
            }
        }
        try {
            // No context value: AWS rejects a top-level $ or field name, everything comes through $states.
            return runsRegexFunctions
                    ? RegexFunctions.runUntil(System.nanoTime() + timeLimitMillis * 1_000_000,
                            () -> compiled.evaluate(null, frame))
                    : compiled.evaluate(null, frame);
        } catch (StackOverflowError e) {
            throw tooDeepRecursion();
        } catch (OutOfMemoryError e) {
            throw outOfMemory();
        } catch (RuntimeException e) {
            // The library wraps what a function throws, Java errors included, in a RuntimeException of its own
            Throwable error = javaErrorIn(e);
            if (error instanceof StackOverflowError) {
                throw tooDeepRecursion();
            }
            if (error instanceof OutOfMemoryError) {
                throw outOfMemory();
            }
            throw QueryEvaluationException.threw(text, location, JsonataErrorText.of(e));
        }
    }

    private QueryEvaluationException tooDeepRecursion() {
        return QueryEvaluationException.threw(text, location, "Stack overflow: the expression recurses too deeply.");
    }

    /**
     * Operators the functions' bounds cannot see, such as '&' doubling a string in a $reduce, can ask for a value
     * larger than the heap before the time limit is next checked. The one failed allocation is that value;
     * everything the evaluation built is unreachable once its frame is left.
     */
    private QueryEvaluationException outOfMemory() {
        return QueryEvaluationException.tooLarge(text, location, "it does not fit in memory");
    }

    /** The Java error among the first few causes of a failure, if any. */
    private static Throwable javaErrorIn(Throwable failure) {
        Throwable cause = failure.getCause();
        for (int hops = 0; cause != null && hops < 8; hops++, cause = cause.getCause()) {
            if (cause instanceof Error) {
                return cause;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return JsonataDelimiters.wrap(text);
    }
}
