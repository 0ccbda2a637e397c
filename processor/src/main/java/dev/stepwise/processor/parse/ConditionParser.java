package dev.stepwise.processor.parse;

import dev.stepwise.asl.Rfc3339;
import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.model.Condition;
import dev.stepwise.processor.model.Condition.Kind;
import dev.stepwise.processor.model.Condition.Relation;
import dev.stepwise.processor.model.Condition.Test;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the {@code @When} condition language (see {@code When}) by recursive descent. Precedence, loosest first:
 * {@code ||}, {@code &&}, {@code !}; comparisons do not chain.
 */
public final class ConditionParser {

    private final String text;
    private int pos;

    private ConditionParser(String text) {
        this.text = text;
    }

    /** The parsed condition, or a {@link SyntaxError} naming the column. */
    public static Condition parse(String text) {
        var parser = new ConditionParser(text);
        Condition condition = parser.or();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.error("expected && or || or the end");
        }
        return condition;
    }

    private Condition or() {
        List<Condition> operands = new ArrayList<>(List.of(and()));
        while (accept("||")) {
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.Any(operands);
    }

    private Condition and() {
        List<Condition> operands = new ArrayList<>(List.of(unary()));
        while (accept("&&")) {
            operands.add(unary());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.All(operands);
    }

    private Condition unary() {
        skipSpaces();
        if (peek('!') && !text.startsWith("!=", pos)) {
            pos++;
            return new Condition.Not(unary());
        }
        if (accept("(")) {
            Condition inner = or();
            if (!accept(")")) {
                throw error("expected )");
            }
            return inner;
        }
        return predicate();
    }

    private Condition predicate() {
        String variable = path();
        skipSpaces();
        if (acceptWord("matches")) {
            return new Condition.Matches(variable, string());
        }
        if (acceptWord("is")) {
            boolean expected = !acceptWord("not");
            skipSpaces();
            int start = pos;
            String word = word();
            try {
                return new Condition.Is(variable, Test.valueOf(word.toUpperCase(Locale.ROOT)), expected);
            } catch (IllegalArgumentException e) {
                pos = start;
                throw error("expected present, null, number, string, boolean or timestamp after 'is'");
            }
        }
        int operatorAt = pos;
        String operator = operator();
        return comparison(variable, operator, operatorAt);
    }

    private Condition comparison(String variable, String operator, int operatorAt) {
        skipSpaces();
        int operandAt = pos;
        Kind kind;
        Object literal = null;
        String otherPath = null;
        if (peek('\'')) {
            kind = Kind.STRING;
            literal = string();
        } else if (peek('$')) {
            throw error("comparing two paths needs their type: write number $.x, string $.x, boolean $.x or timestamp $.x");
        } else if (peek('-') || (pos < text.length() && Character.isDigit(text.charAt(pos)))) {
            kind = Kind.NUMERIC;
            literal = number();
        } else {
            String word = word();
            switch (word) {
                case "true", "false" -> {
                    kind = Kind.BOOLEAN;
                    literal = Boolean.valueOf(word);
                }
                case "string", "number", "boolean", "timestamp" -> {
                    kind = word.equals("string") ? Kind.STRING : word.equals("number") ? Kind.NUMERIC
                            : word.equals("boolean") ? Kind.BOOLEAN : Kind.TIMESTAMP;
                    skipSpaces();
                    if (kind == Kind.TIMESTAMP && peek('\'')) {
                        int literalAt = pos;
                        literal = string();
                        if (!Rfc3339.isTimestamp((String) literal)) {
                            pos = literalAt;
                            throw error("'" + literal + "' is not an RFC 3339 timestamp such as 2026-01-31T12:00:00Z");
                        }
                    } else {
                        otherPath = path();
                    }
                }
                case "null" -> {
                    pos = operandAt;
                    throw error("null is tested with 'is', not compared: write " + variable
                            + (operator.equals("!=") ? " is not null" : " is null"));
                }
                default -> {
                    pos = operandAt;
                    throw error(peek('"') ? "strings are in single quotes: 'text'"
                            : "expected a 'string', a number, true, false, timestamp '...' or a typed path");
                }
            }
        }
        if (kind == Kind.BOOLEAN && !operator.equals("==") && !operator.equals("!=")) {
            pos = operatorAt;
            throw error("booleans compare only with == and !=");
        }
        Relation relation = switch (operator) {
            case "==", "!=" -> Relation.EQ;
            case "<" -> Relation.LT;
            case "<=" -> Relation.LE;
            case ">" -> Relation.GT;
            default -> Relation.GE;
        };
        Condition compare = new Condition.Compare(variable, relation, kind, literal, otherPath);
        return operator.equals("!=") ? new Condition.Not(compare) : compare;
    }

    private String operator() {
        for (String operator : List.of("==", "!=", "<=", ">=", "<", ">")) {
            if (text.startsWith(operator, pos)) {
                pos += operator.length();
                return operator;
            }
        }
        throw error("expected a comparison (== != < <= > >=), 'matches' or 'is'");
    }

    private String path() {
        skipSpaces();
        if (!peek('$')) {
            int start = pos;
            String word = word();
            boolean typed = List.of("string", "number", "boolean", "timestamp").contains(word);
            skipSpaces();
            boolean typedPath = typed && peek('$');
            pos = start;
            throw error(typedPath ? "the type goes before the path compared with, on the right: $.a > " + word + " $.b"
                    : "expected a path such as $.name");
        }
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (depth == 0 && (Character.isWhitespace(c) || "=!<>)&|".indexOf(c) >= 0)) {
                break;
            }
            pos++;
        }
        String path = text.substring(start, pos);
        PathSyntax.checkReferencePath(path, "path", true).ifPresent(finding -> {
            pos = start;
            throw error(path + " is not a valid path: " + finding.args().get(2));
        });
        return path;
    }

    private String string() {
        skipSpaces();
        if (!peek('\'')) {
            throw error("expected a 'quoted string'");
        }
        var value = new StringBuilder();
        pos++;
        while (pos < text.length() && text.charAt(pos) != '\'') {
            if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
                pos++;
            }
            value.append(text.charAt(pos++));
        }
        if (pos >= text.length()) {
            throw error("unclosed string");
        }
        pos++;
        return value.toString();
    }

    private BigDecimal number() {
        int start = pos;
        if (peek('-')) {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || ".eE+-".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("not a number");
        }
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private boolean acceptWord(String word) {
        skipSpaces();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean accept(String token) {
        skipSpaces();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SyntaxError error(String reason) {
        return new SyntaxError(pos + 1, reason, text);
    }

    /** A condition that does not parse, with the 1-based column where parsing stopped. */
    public static final class SyntaxError extends RuntimeException {
        private final int column;
        private final String reason;
        private final String source;

        SyntaxError(int column, String reason, String source) {
            super(reason + " at column " + column);
            this.column = column;
            this.reason = reason;
            this.source = source;
        }

        public int column() {
            return column;
        }

        public Finding finding() {
            return Finding.of(Message.CONDITION_SYNTAX, column, reason, source, " ".repeat(column - 1));
        }
    }
}
