package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata.JFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a regular expression literal such as {@code /a(b)/i}: in JSONata a function, as jsonata-js makes it.
 * The library left the literal a {@link Pattern}, which it matched itself when the literal was called
 * ({@code /re/('text')}), past the evaluation's time limit, and which it could not stringify ({@code $string(/a/)},
 * {@code /a/ & 'b'} failed naming the Java class). As a function it stringifies to {@code ""}, its type is
 * {@code "function"}, and a call matches through a {@link DeadlineText}, stopping at the evaluation's deadline.
 * The regex built-ins ({@link RegexFunctions}) read its {@link #pattern()}.
 */
final class RegexLiteral extends JFunction {

    private final Pattern pattern;

    RegexLiteral(Pattern pattern) {
        super((input, args) -> firstMatch(pattern, args), null);
        this.pattern = pattern;
    }

    Pattern pattern() {
        return pattern;
    }

    /** The pattern of a regex argument: a literal's, or the argument itself when it is something else. */
    static Object unwrapped(Object argument) {
        return argument instanceof RegexLiteral literal ? literal.pattern : argument;
    }

    /** A call {@code /re/(text)}: the first match of the text; undefined when there is none or no text. */
    private static Object firstMatch(Pattern pattern, List<?> args) {
        if (args.isEmpty() || !(args.get(0) instanceof String text)) {
            return null;
        }
        Matcher matcher = pattern.matcher(new DeadlineText(text, RegexFunctions.deadline()));
        return matchFrom(matcher, text, 0);
    }

    /**
     * jsonata-js's match object: {@code match}, {@code start}, {@code end}, the captured {@code groups} and a
     * {@code next} function for the following match (undefined past the end; error D1004 when the following match is
     * empty, since it would never progress).
     */
    private static Map<String, Object> matchFrom(Matcher matcher, String text, int from) {
        if (!matcher.find(from)) {
            return null;
        }
        List<String> groups = new ArrayList<>(matcher.groupCount());
        for (int group = 1; group <= matcher.groupCount(); group++) {
            groups.add(matcher.group(group));
        }
        int end = matcher.end();
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("match", matcher.group());
        match.put("start", matcher.start());
        match.put("end", end);
        match.put("groups", groups);
        match.put("next", new JFunction((input, args) -> {
            if (end >= text.length()) {
                return null;
            }
            Map<String, Object> next = matchFrom(matcher, text, end);
            if (next != null && "".equals(next.get("match"))) {
                throw new JException("D1004", -1, matcher.pattern().pattern());
            }
            return next;
        }, null));
        return match;
    }
}
