package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.JException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;

import java.util.regex.Pattern;

/**
 * Writes a JSONata failure the way AWS does in a cause: {@code CODE: message}, with the values in the message
 * rendered as JSON (as jsonata-js does).
 *
 * <p>The Java library's message catalog differs from jsonata-js in ways that show in a cause: it says "Object"
 * where jsonata-js says "function", quotes every substituted value, and leaves placeholders it has no value for.
 * So the message is rebuilt from the library's template with marker values, then corrected.
 */
final class JsonataErrorText {

    private static final String TOO_LARGE = "(a value too large to show)";
    /** The longest value a cause quotes: AWS's whole payload limit, 256 KiB. */
    private static final int MAX_SHOWN_CHARS = 256 * 1024;

    private static final Pattern ERROR_CODE = Pattern.compile("[A-Z]\\d{4}");
    private static final String FIRST = "\u0001";
    private static final String SECOND = "\u0002";
    private static final Pattern WRONG_FUNCTION_WORD = Pattern.compile("\\bObject\\b");
    private static final Pattern UNFILLED_PLACEHOLDER = Pattern.compile("\\s?\\{\\{\\w+}}");

    private JsonataErrorText() {
    }

    /**
     * {@code CODE: message} for a library error, the plain message for anything else, except the library's Java
     * slips (a cast or null it did not expect, an index past the end), whose text names Java classes and variables.
     */
    static String of(Throwable failure) {
        if (failure instanceof JException jsonata) {
            return ofJsonata(jsonata);
        }
        Throwable reason = unwrapped(failure);
        if (isJavaSlip(reason) || reason.getMessage() == null) {
            return "A function in the expression cannot be applied to the values it was given.";
        }
        return reason.getMessage();
    }

    /** A wrapper whose message is only its cause's class and message ("java.lang.Exception: ...") says less. */
    private static Throwable unwrapped(Throwable failure) {
        Throwable reason = failure;
        while (reason.getCause() != null && reason.getCause() != reason
                && String.valueOf(reason.getMessage()).equals(reason.getCause().toString())) {
            reason = reason.getCause();
        }
        return reason;
    }

    private static boolean isJavaSlip(Throwable failure) {
        return failure instanceof NullPointerException || failure instanceof ClassCastException
                || failure instanceof IndexOutOfBoundsException || failure instanceof ArrayStoreException;
    }

    /** The message alone, without the code: for syntax errors, where the code is reported separately. */
    static String messageOf(JException failure) {
        String code = failure.getError();
        if (code == null || !ERROR_CODE.matcher(code).matches()) {
            return code == null ? String.valueOf(failure.getMessage()) : code;
        }
        String template = WRONG_FUNCTION_WORD.matcher(JException.msg(code, -1, FIRST, SECOND)).replaceAll("function");
        String message = template
                .replace("{\"" + FIRST + "\"}", raw(failure.getCurrent()))
                .replace("\"" + FIRST + "\"", json(failure.getCurrent()))
                .replace("\"" + SECOND + "\"", json(failure.getExpected()))
                .replace(FIRST, raw(failure.getCurrent())) // a {{{raw}}} slot, e.g. $error's own message
                .replace(SECOND, raw(failure.getExpected()));
        return UNFILLED_PLACEHOLDER.matcher(message).replaceAll("");
    }

    private static String ofJsonata(JException failure) {
        String code = failure.getError();
        String message = messageOf(failure);
        return code != null && ERROR_CODE.matcher(code).matches() ? code + ": " + message : message;
    }

    private static String raw(Object value) {
        return String.valueOf(value);
    }

    private static String json(Object value) {
        try {
            JsonNode json = JsonataValues.toJson(value);
            return json == null ? "null" : Json.write(json); // null: JSONata's undefined
        } catch (JsonataValues.NotJsonException e) {
            if (value instanceof Number) {
                return String.valueOf(value); // Infinity, NaN: as JavaScript writes them
            }
            // holds a function: written as $string writes it, not as a Java object ('JFunction@13fd2ccd'); that
            // writer has no bounds of its own, so a value too deep or too long is named as toJson's would be
            StringBuilder text = new StringBuilder();
            try {
                JavaScriptJson.write(value, false, text);
            } catch (StackOverflowError tooDeep) {
                return TOO_LARGE;
            }
            return text.length() > MAX_SHOWN_CHARS ? TOO_LARGE : text.toString();
        } catch (JsonataValues.TooDeepException | JsonataValues.TooLargeException e) {
            return TOO_LARGE;
        }
    }
}
