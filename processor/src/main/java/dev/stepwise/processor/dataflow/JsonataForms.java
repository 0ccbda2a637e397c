package dev.stepwise.processor.dataflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few JSONata forms type tracking can follow, recognised in an expression's text (without its {@code {% %}}):
 * field paths from {@code $states.input}, {@code $states.result}, {@code $states.errorOutput} or a variable
 * ({@code $states.input.order.id},
 * {@code $total}), object constructors with literal keys, {@code $merge([...])} of such operands, and literals.
 *
 * <p>The JSONata library keeps its parse tree package-private, so this works on the text, after the parser has
 * accepted it. It only has to be right about what it recognises: string literals, backtick names and comments are
 * skipped; a path ends at the first step that is not a plain name ({@code [0]}, {@code .*}, {@code .(...)}); and an
 * expression that binds a variable ({@code :=}) or defines a function yields no references at all, since its
 * {@code $names} may be local. Everything else is simply not a recognised form. (A regular expression literal
 * holding a quote could hide a reference; it cannot invent one, so nothing false is ever reported.)
 */
final class JsonataForms {

    /** Where a recognised path starts. */
    enum Root { INPUT, RESULT, ERROR_OUTPUT, VARIABLE }

    /**
     * A field path from a known root.
     *
     * @param variable the variable's name for {@link Root#VARIABLE}, else null
     * @param fields   the plain field names after the root, possibly none
     * @param text     the path as written, for messages
     */
    record Reference(Root root, String variable, List<String> fields, String text) {
        Reference {
            fields = List.copyOf(fields);
        }
    }

    private static final String OPERATOR_CHARS = ".[]{}(),@#;:?+-*/%|=<>^&!~\"'`";
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Set<String> BINDERS = Set.of("function", "λ");

    private JsonataForms() {
    }

    /** The expression when it is nothing but one path from a known root. */
    static Optional<Reference> path(String expression) {
        String text = expression.strip();
        List<Located> found = scan(text);
        return isWhole(found, text) ? Optional.of(found.get(0).reference()) : Optional.empty();
    }

    /** Every path from a known root the expression reads, wherever it stands; none when it binds names itself. */
    static List<Reference> references(String expression) {
        return reads(expression).references();
    }

    /**
     * What an expression reads, found in one scan.
     *
     * @param whole whether the expression is nothing but its one reference, as {@link #path} tells
     */
    record Reads(List<Reference> references, boolean whole) {
    }

    static Reads reads(String expression) {
        String text = expression.strip();
        List<Located> found = scan(text);
        return new Reads(found.stream().map(Located::reference).toList(), isWhole(found, text));
    }

    private static boolean isWhole(List<Located> found, String text) {
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == text.length();
    }

    /** The keys and value expressions of an object constructor with literal keys, in order. */
    static Optional<Map<String, String>> object(String expression) {
        String text = expression.strip();
        if (!text.startsWith("{") || closing(text, 0) != text.length() - 1) {
            return Optional.empty();
        }
        var entries = new LinkedHashMap<String, String>();
        String body = text.substring(1, text.length() - 1);
        if (body.isBlank()) {
            return Optional.of(entries);
        }
        for (String pair : split(body, ',')) {
            List<String> keyAndValue = splitOnce(pair, ':');
            Optional<String> key = keyAndValue.size() == 2 ? stringLiteral(keyAndValue.get(0)) : Optional.empty();
            if (key.isEmpty() || entries.containsKey(key.get())) {
                return Optional.empty();
            }
            entries.put(key.get(), keyAndValue.get(1).strip());
        }
        return Optional.of(entries);
    }

    /** The array elements of {@code $merge([a, b, ...])}, the function that merges objects left to right. */
    static Optional<List<String>> mergeOperands(String expression) {
        return call(expression).filter(c -> c.name().equals("merge")).flatMap(c -> {
            String argument = c.arguments().strip();
            if (!argument.startsWith("[") || closing(argument, 0) != argument.length() - 1) {
                return Optional.empty();
            }
            String elements = argument.substring(1, argument.length() - 1);
            return elements.isBlank() ? Optional.empty()
                    : Optional.of(split(elements, ',').stream().map(String::strip).toList());
        });
    }

    /** The name of the function when the whole expression is one call to it, {@code $name(...)}. */
    static Optional<String> functionName(String expression) {
        return call(expression).map(Call::name);
    }

    /** A literal: its kind, when the whole expression is one. */
    enum Literal { STRING, NUMBER, BOOLEAN }

    static Optional<Literal> literal(String expression) {
        String text = expression.strip();
        if (text.equals("true") || text.equals("false")) {
            return Optional.of(Literal.BOOLEAN);
        }
        if (NUMBER.matcher(text).matches()) {
            return Optional.of(Literal.NUMBER);
        }
        return stringLiteral(text).map(s -> Literal.STRING);
    }

    /**
     * One side of a comparison that is a plain path and the other a literal: {@code $states.input.total > 1000},
     * {@code "gold" = $tier}. The operand's type is the literal's: JSONata compares only values of one type.
     *
     * @param path    the path operand's text
     * @param literal the kind of the literal operand
     */
    record Comparison(String path, Literal literal) {
    }

    /** The expression as a comparison of a path with a literal; empty for anything else, e.g. {@code a > 1 and b}. */
    static Optional<Comparison> comparison(String expression) {
        String text = expression.strip();
        int[] operator = {-1, 0};
        int stopped = walk(text, 0, (i, c, depth) -> {
            if (depth != 0 || "=<>!".indexOf(c) < 0) {
                return false;
            }
            if (operator[0] >= 0) {
                // the second character of <=, >=, != belongs to the operator; any other is a second operator
                return !(operator[1] == 2 && i == operator[0] + 1);
            }
            operator[0] = i;
            operator[1] = i + 1 < text.length() && text.charAt(i + 1) == '=' && c != '=' ? 2 : 1;
            return c == '!' && operator[1] == 1; // a lone '!' is no comparison
        });
        if (stopped >= 0 || operator[0] <= 0) {
            return Optional.empty();
        }
        String left = text.substring(0, operator[0]).strip();
        String right = text.substring(operator[0] + operator[1]).strip();
        Optional<Literal> rightLiteral = literal(right);
        if (path(left).isPresent() && rightLiteral.isPresent()) {
            return Optional.of(new Comparison(left, rightLiteral.get()));
        }
        Optional<Literal> leftLiteral = literal(left);
        if (path(right).isPresent() && leftLiteral.isPresent()) {
            return Optional.of(new Comparison(right, leftLiteral.get()));
        }
        return Optional.empty();
    }

    // --- the scanner ---

    private record Located(Reference reference, int start, int end) {
    }

    private record Call(String name, String arguments) {
    }

    private static Optional<Call> call(String expression) {
        String text = expression.strip();
        if (!text.startsWith("$")) {
            return Optional.empty();
        }
        int nameEnd = nameEnd(text, 1);
        if (nameEnd == 1 || nameEnd >= text.length() || text.charAt(nameEnd) != '('
                || closing(text, nameEnd) != text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Call(text.substring(1, nameEnd), text.substring(nameEnd + 1, text.length() - 1)));
    }

    private static List<Located> scan(String text) {
        var found = new ArrayList<Located>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipQuoted(text, i);
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith(":=", i)) {
                return List.of();
            } else if (c == '$') {
                i = reference(text, i, found);
            } else if (Character.isLetter(c) && (i == 0 || isBoundary(text.charAt(i - 1)))) {
                int end = nameEnd(text, i);
                if (BINDERS.contains(text.substring(i, end))) {
                    return List.of();
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** Reads a {@code $name.field...} starting at {@code start}; adds it when it is a path from a known root. */
    private static int reference(String text, int start, List<Located> found) {
        int nameEnd = nameEnd(text, start + 1);
        if (nameEnd == start + 1) {
            return start + 1; // $ or $$: the context, not tracked
        }
        String name = text.substring(start + 1, nameEnd);
        var fields = new ArrayList<String>();
        int end = nameEnd;
        while (end + 1 < text.length() && text.charAt(end) == '.') {
            int fieldStart = end + 1;
            if (text.charAt(fieldStart) == '`') {
                int close = text.indexOf('`', fieldStart + 1);
                if (close < 0) {
                    return text.length();
                }
                fields.add(text.substring(fieldStart + 1, close));
                end = close + 1;
            } else {
                int fieldEnd = nameEnd(text, fieldStart);
                if (fieldEnd == fieldStart) {
                    break;
                }
                fields.add(text.substring(fieldStart, fieldEnd));
                end = fieldEnd;
            }
        }
        if (end < text.length() && !isBoundary(text.charAt(end))) {
            return end; // a name JSONata reads on: not a path this scanner understands
        }
        if (nextNonBlank(text, end) == '(') {
            return end; // a function call, or a function value invoked: not a field read
        }
        Optional<Reference> reference;
        if (name.equals("states")) {
            reference = statesReference(fields, text.substring(start, end));
        } else {
            reference = Optional.of(new Reference(Root.VARIABLE, name, fields, text.substring(start, end)));
        }
        int last = end;
        reference.ifPresent(r -> found.add(new Located(r, start, last)));
        return end;
    }

    private static Optional<Reference> statesReference(List<String> fields, String text) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Root root = switch (fields.get(0)) {
            case "input" -> Root.INPUT;
            case "result" -> Root.RESULT;
            case "errorOutput" -> Root.ERROR_OUTPUT;
            default -> null; // context: not tracked
        };
        return root == null ? Optional.empty()
                : Optional.of(new Reference(root, null, fields.subList(1, fields.size()), text));
    }

    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private static boolean isBoundary(char c) {
        return Character.isWhitespace(c) || OPERATOR_CHARS.indexOf(c) >= 0;
    }

    private static char nextNonBlank(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** The index after the quoted text (string or backtick name) opening at {@code open}. */
    private static int skipQuoted(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' && quote != '`' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private static int closing(String text, int open) {
        return walk(text, open, (i, c, depth) -> depth == 0 && (c == ')' || c == ']' || c == '}'));
    }

    /** The text split at each top-level {@code separator}, outside brackets, strings and comments. */
    private static List<String> split(String text, char separator) {
        var parts = new ArrayList<String>();
        int[] from = {0};
        walk(text, 0, (i, c, depth) -> {
            if (c == separator && depth == 0) {
                parts.add(text.substring(from[0], i));
                from[0] = i + 1;
            }
            return false;
        });
        parts.add(text.substring(from[0]));
        return parts;
    }

    /** What {@link #walk} shows of each character outside strings and comments. */
    private interface Step {
        /** @param depth the bracket depth once {@code c} is counted; true stops the walk here */
        boolean stopAt(int index, char c, int depth);
    }

    /** Walks {@code text} from {@code start} past strings and comments; the index where {@code step} stopped, or -1. */
    private static int walk(String text, int start, Step step) {
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipQuoted(text, i);
                continue;
            }
            if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (step.stopAt(i, c, depth)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static List<String> splitOnce(String text, char separator) {
        List<String> parts = split(text, separator);
        return parts.size() < 2 ? parts : List.of(parts.get(0), String.join(String.valueOf(separator),
                parts.subList(1, parts.size())));
    }

    /** The value of a string literal that is the whole text; empty for anything else or an escape other than quotes. */
    private static Optional<String> stringLiteral(String text) {
        String trimmed = text.strip();
        if (trimmed.length() < 2) {
            return Optional.empty();
        }
        char quote = trimmed.charAt(0);
        if ((quote != '"' && quote != '\'') || skipQuoted(trimmed, 0) != trimmed.length()
                || trimmed.charAt(trimmed.length() - 1) != quote) {
            return Optional.empty();
        }
        String body = trimmed.substring(1, trimmed.length() - 1);
        var value = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                char escaped = i + 1 < body.length() ? body.charAt(i + 1) : 0;
                if (escaped != '"' && escaped != '\'' && escaped != '\\') {
                    return Optional.empty();
                }
                value.append(escaped);
                i++;
            } else {
                value.append(c);
            }
        }
        return Optional.of(value.toString());
    }
}
