package dev.stepwise.asl.data.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A parsed States.Format template: literal text split at its {@code {}} placeholders. */
final class FormatTemplate {

    /** The literal text around the placeholders: one more part than there are placeholders. */
    private final String[] parts;

    private FormatTemplate(List<String> parts) {
        this.parts = parts.toArray(String[]::new);
    }

    /**
     * Parses a template literal as written in the definition, escapes kept: {@code \{} and {@code \}} are literal
     * braces, {@code {}} is a placeholder.
     *
     * @throws IllegalArgumentException on a brace that is neither escaped nor part of {@code {}}
     */
    static FormatTemplate parseLiteral(String raw) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                part.append(raw.charAt(++i));
            } else if (c == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
                parts.add(part.toString());
                part.setLength(0);
                i++;
            } else if (c == '{' || c == '}') {
                throw new IllegalArgumentException("States.Format: the template has an unescaped '" + c
                        + "'; write \\" + c + " for a literal brace");
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return new FormatTemplate(parts);
    }

    /** Parses a template that arrives as a value at run time: every {@code {}} is a placeholder. */
    static FormatTemplate parseValue(String text) {
        return new FormatTemplate(List.of(text.split("\\{}", -1)));
    }

    int placeholders() {
        return parts.length - 1;
    }

    String render(JsonNode[] args, int firstArg) {
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            appendValue(out, args[firstArg + i - 1]);
            out.append(parts[i]);
        }
        return out.toString();
    }

    /**
     * How AWS prints a value into a template: strings bare, objects and arrays in Java's {@code Map}/{@code List}
     * style ({@code {a=1, b=[x, y]}}), as its Java implementation does.
     */
    static void appendValue(StringBuilder out, JsonNode value) {
        if (value.isTextual()) {
            out.append(value.textValue());
        } else if (value.isNumber()) {
            out.append(value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText());
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                appendValue(out, value.get(i));
            }
            out.append(']');
        } else if (value.isObject()) {
            out.append('{');
            boolean first = true;
            for (var it = value.properties().iterator(); it.hasNext(); first = false) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!first) {
                    out.append(", ");
                }
                out.append(field.getKey()).append('=');
                appendValue(out, field.getValue());
            }
            out.append('}');
        } else {
            out.append(value.asText());
        }
    }
}
