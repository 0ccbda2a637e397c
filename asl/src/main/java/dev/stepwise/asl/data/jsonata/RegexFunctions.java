package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-ins that run a regular expression ({@code $contains}, {@code $match}, {@code $replace},
 * {@code $split}), bound for one evaluation so that a match stops at its deadline: a pattern such as
 * {@code /^(a|aa)+b$/} backtracks for hours on sixty 'a's, and the library checks its time limit only between
 * the steps of an expression. The regex reads the text through a {@link DeadlineText}; everything else (string
 * patterns, undefined input) goes to the library's own functions.
 *
 * <p>Two corrections to the library, as JSONata documents these functions: {@code $match}'s limit is the most
 * matches returned (the library returned one more), and {@code $replace}'s limit counts the matches of the
 * original text replaced in one pass (the library replaced the first match of its own output again and again,
 * and failed with a replacement function). {@code $replace} also keeps jsonata-js's codes where the library
 * throws Java errors: an empty pattern (D3010), a negative limit (D3011), a replacement function that returns no
 * string (D3012).
 */
final class RegexFunctions {

    /** The names an expression must mention for {@link #bind} to matter. */
    static final Set<String> NAMES = Set.of("contains", "match", "replace", "split");

    /** The cause detail of a match stopped at the deadline; worded as the library's own time limit is. */
    static final String TIMEOUT = "Expression evaluation timeout: a regular expression did not finish within the "
            + "time limit (it backtracks too much on this text).";

    /** How often the library retries a replacement that names a group the pattern lacks (see replaceAll). */
    private static final int MISSING_GROUP_RETRIES = 10;

    private RegexFunctions() {
    }

    /**
     * The deadline ({@link System#nanoTime()} time) of the evaluation running on this thread, which
     * {@link #runUntil} sets: the functions are registered once per expression, and a function object made per
     * evaluation would parse its signature again each time.
     */
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    /** Registers the four functions on a compiled expression; they stop at the deadline of each evaluation. */
    static void register(Jsonata expression) {
        expression.registerFunction("contains", new JFunction((input, args) -> contains(args, deadline()),
                "<s-(sf):b>"));
        expression.registerFunction("match", new JFunction((input, args) -> match(args, deadline()),
                "<s-f<s:o>n?:a<o>>"));
        expression.registerFunction("replace", new JFunction((input, args) -> replace(args, deadline()),
                "<s-(sf)(sf)n?:s>"));
        expression.registerFunction("split", new JFunction((input, args) -> split(args, deadline()),
                "<s-(sf)n?:a<s>>"));
    }

    /** Runs an evaluation whose regular expressions stop at {@code deadlineNanos}. */
    static <T> T runUntil(long deadlineNanos, Supplier<T> evaluation) {
        Long outer = DEADLINE.get();
        DEADLINE.set(deadlineNanos);
        try {
            return evaluation.get();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    /** The running evaluation's deadline; a call outside {@link #runUntil} gets the default time limit from now. */
    static long deadline() {
        Long deadline = DEADLINE.get();
        return deadline != null ? deadline
                : System.nanoTime() + JsonataExpression.DEFAULT_TIME_LIMIT_MILLIS * 1_000_000;
    }

    static Boolean contains(List<?> args, long deadlineNanos) {
        String text = (String) args.get(0);
        Object token = RegexLiteral.unwrapped(args.get(1));
        if (text == null || !(token instanceof Pattern pattern)) {
            return Functions.contains(text, token);
        }
        return pattern.matcher(new DeadlineText(text, deadlineNanos)).find();
    }

    /** {@code $match}: one {@code {match, index, groups}} object per match, at most {@code limit} of them. */
    static List<Object> match(List<?> args, long deadlineNanos) {
        String text = (String) args.get(0);
        Integer limit = intArg(args, 2);
        if (text == null) {
            return null;
        }
        if (limit != null && limit < 0) {
            throw new JException("D3040", -1, limit);
        }
        Pattern pattern = (Pattern) RegexLiteral.unwrapped(args.get(1));
        Matcher matcher = pattern.matcher(new DeadlineText(text, deadlineNanos));
        List<Object> matches = Utils.createSequence();
        while ((limit == null || matches.size() < limit) && matcher.find()) {
            matches.add(matchObject(matcher));
        }
        return matches;
    }

    /** A match as {@code $match} returns it and a {@code $replace} function receives it. */
    private static Map<String, Object> matchObject(Matcher matcher) {
        List<String> groups = new ArrayList<>(matcher.groupCount());
        for (int group = 1; group <= matcher.groupCount(); group++) {
            groups.add(matcher.group(group));
        }
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("match", matcher.group());
        match.put("index", matcher.start());
        match.put("groups", groups);
        return match;
    }

    static String replace(List<?> args, long deadlineNanos) {
        String text = (String) args.get(0);
        Object pattern = RegexLiteral.unwrapped(args.get(1));
        Object replacement = args.get(2);
        Integer limit = intArg(args, 3);
        if ("".equals(pattern)) {
            throw new JException("D3010", -1);
        }
        if (limit != null && limit < 0) {
            throw new JException("D3011", -1);
        }
        if (text == null || !(pattern instanceof Pattern regex)) {
            return Functions.replace(text, pattern, replacement, limit);
        }
        int most = limit == null ? Integer.MAX_VALUE : limit;
        if (!(replacement instanceof String template)) {
            return replaceEach(regex.matcher(new DeadlineText(text, deadlineNanos)), most,
                    matcher -> replacementOf(replacement, matcher));
        }
        // As the library: '$' is literal unless it names a group; a group the pattern lacks is dropped, retried.
        String javaTemplate = literalDollars(template);
        for (int retry = 0; retry < MISSING_GROUP_RETRIES; retry++) {
            try {
                String current = javaTemplate;
                return replaceEach(regex.matcher(new DeadlineText(text, deadlineNanos)), most, matcher -> current);
            } catch (IndexOutOfBoundsException e) {
                String message = String.valueOf(e.getMessage());
                if (!message.contains("No group")) {
                    throw e;
                }
                javaTemplate = javaTemplate.replace("$" + message.charAt(message.length() - 1), "");
            }
        }
        return null;
    }

    /** Replaces the first {@code most} matches, each with the Java replacement template {@code template} gives. */
    private static String replaceEach(Matcher matcher, int most, Function<Matcher, String> template) {
        StringBuilder out = new StringBuilder();
        for (int replaced = 0; replaced < most && matcher.find(); replaced++) {
            matcher.appendReplacement(out, template.apply(matcher));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A replacement function's result, used literally; jsonata-js fails with D3012 when it is not a string. */
    private static String replacementOf(Object function, Matcher matcher) {
        Object result = FunctionCalls.apply(function, List.of(matchObject(matcher)));
        if (!(result instanceof String string)) {
            throw new JException("D3012", -1);
        }
        return Matcher.quoteReplacement(string);
    }

    /** The library's rewrite of a replacement for Java: '$$' and a '$' not before a digit are a literal '$'. */
    private static String literalDollars(String replacement) {
        return replacement.replaceAll("\\$\\$", "\\\\\\$")
                .replaceAll("([^\\\\]|^)\\$([^0-9^<])", "$1\\\\\\$$2")
                .replaceAll("\\$$", "\\\\\\$");
    }

    /** {@code $split}: the parts between matches, at most {@code limit} of them. */
    static List<String> split(List<?> args, long deadlineNanos) {
        String text = (String) args.get(0);
        Object separator = RegexLiteral.unwrapped(args.get(1));
        Integer limit = intArg(args, 2);
        if (text == null || !(separator instanceof Pattern pattern) || (limit != null && limit <= 0)) {
            return Functions.split(text, separator, limit);
        }
        List<String> parts = Arrays.asList(pattern.split(new DeadlineText(text, deadlineNanos), -1));
        return limit != null && limit < parts.size() ? parts.subList(0, limit) : parts;
    }

    private static Integer intArg(List<?> args, int index) {
        return args.size() > index && args.get(index) instanceof Number number ? number.intValue() : null;
    }
}
