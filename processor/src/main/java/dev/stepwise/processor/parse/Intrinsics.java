package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks intrinsic function calls ({@code States.Format('{}', $.name)}): known names, argument counts, and the
 * syntax of nested calls, strings (with {@code \} escapes), numbers, booleans, null and paths.
 */
public final class Intrinsics {

    /** Name to {min, max} argument count; max -1 is unbounded. */
    private static final Map<String, int[]> ARITY = new LinkedHashMap<>();

    static {
        ARITY.put("States.Format", new int[] {1, -1});
        ARITY.put("States.StringToJson", new int[] {1, 1});
        ARITY.put("States.JsonToString", new int[] {1, 1});
        ARITY.put("States.Array", new int[] {0, -1});
        ARITY.put("States.ArrayPartition", new int[] {2, 2});
        ARITY.put("States.ArrayContains", new int[] {2, 2});
        ARITY.put("States.ArrayRange", new int[] {3, 3});
        ARITY.put("States.ArrayGetItem", new int[] {2, 2});
        ARITY.put("States.ArrayLength", new int[] {1, 1});
        ARITY.put("States.ArrayUnique", new int[] {1, 1});
        ARITY.put("States.Base64Encode", new int[] {1, 1});
        ARITY.put("States.Base64Decode", new int[] {1, 1});
        ARITY.put("States.Hash", new int[] {2, 2});
        ARITY.put("States.JsonMerge", new int[] {3, 3});
        ARITY.put("States.MathRandom", new int[] {2, 3});
        ARITY.put("States.MathAdd", new int[] {2, 2});
        ARITY.put("States.StringSplit", new int[] {2, 2});
        ARITY.put("States.UUID", new int[] {0, 0});
    }

    private final String text;
    private int pos;

    private Intrinsics(String text) {
        this.text = text;
    }

    public static boolean isCall(String value) {
        return value.startsWith("States.");
    }

    /** Checks a {@code .$} value or an ErrorPath/CausePath: a path, or an intrinsic call. */
    public static Optional<Finding> checkSource(String value, String what) {
        return isCall(value) ? check(value) : PathSyntax.checkPath(value, what);
    }

    public static Optional<Finding> check(String call) {
        try {
            var parser = new Intrinsics(call);
            Optional<Finding> finding = parser.call();
            if (finding.isEmpty() && parser.pos != call.length()) {
                return syntax(call, "unexpected text after the call at column " + (parser.pos + 1));
            }
            return finding;
        } catch (IndexOutOfBoundsException e) {
            return syntax(call, "it ends early");
        }
    }

    private Optional<Finding> call() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String name = text.substring(start, pos);
        int[] arity = ARITY.get(name);
        if (arity == null) {
            return Optional.of(Finding.of(Message.UNKNOWN_INTRINSIC, name, Suggestions.didYouMean(name, ARITY.keySet())));
        }
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != '(') {
            return syntax(text, "expected ( after " + name);
        }
        pos++;
        List<Object> args = new ArrayList<>();
        skipSpaces();
        if (text.charAt(pos) == ')') {
            pos++;
        } else {
            while (true) {
                skipSpaces();
                Optional<Finding> argument = argument();
                if (argument.isPresent()) {
                    return argument;
                }
                args.add(Boolean.TRUE);
                skipSpaces();
                char c = text.charAt(pos++);
                if (c == ')') {
                    break;
                }
                if (c != ',') {
                    return syntax(text, "expected , or ) at column " + pos);
                }
            }
        }
        if (args.size() < arity[0] || (arity[1] >= 0 && args.size() > arity[1])) {
            return Optional.of(Finding.of(Message.INTRINSIC_ARITY, name, describe(arity), args.size()));
        }
        return Optional.empty();
    }

    private Optional<Finding> argument() {
        char c = text.charAt(pos);
        if (c == '\'') {
            pos++;
            while (text.charAt(pos) != '\'') {
                pos += text.charAt(pos) == '\\' ? 2 : 1;
            }
            pos++;
            return Optional.empty();
        }
        int start = pos;
        while (pos < text.length() && ",)".indexOf(text.charAt(pos)) < 0 && !Character.isWhitespace(text.charAt(pos))) {
            if (text.charAt(pos) == '(') {
                pos = start;
                return call();
            }
            if (text.charAt(pos) == '[') {
                pos = text.indexOf(']', pos);
            }
            pos++;
        }
        String token = text.substring(start, pos);
        if (token.startsWith("$")) {
            return PathSyntax.checkPath(token, "path argument");
        }
        if (token.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?|true|false|null")) {
            return Optional.empty();
        }
        return syntax(text, "\"" + token + "\" is not a string, number, boolean, null, path or call");
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static String describe(int[] arity) {
        if (arity[1] < 0) {
            return "at least " + arity[0] + " argument" + (arity[0] == 1 ? "" : "s");
        }
        if (arity[0] == arity[1]) {
            return arity[0] + " argument" + (arity[0] == 1 ? "" : "s");
        }
        return arity[0] + " to " + arity[1] + " arguments";
    }

    private static Optional<Finding> syntax(String call, String reason) {
        return Optional.of(Finding.of(Message.INVALID_PATH, call, "intrinsic function call", reason));
    }
}
