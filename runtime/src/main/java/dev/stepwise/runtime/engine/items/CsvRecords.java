package dev.stepwise.runtime.engine.items;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields (RFC 4180): a field in double quotes may hold the delimiter, line breaks
 * and doubled quotes; records end at LF or CRLF; an empty line is no record. Values stay text, as AWS reads them.
 */
final class CsvRecords {

    private final String text;
    private final char delimiter;
    private int position;

    CsvRecords(String text, char delimiter) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark is not data
        this.delimiter = delimiter;
    }

    /** The next record, or {@code null} at the end of the text. */
    List<String> next() {
        while (position < text.length() && isLineBreak(text.charAt(position))) {
            skipLineBreak();
        }
        if (position >= text.length()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field());
            if (position >= text.length()) {
                return fields;
            }
            char c = text.charAt(position);
            if (c == delimiter) {
                position++;
                continue;
            }
            skipLineBreak();
            return fields;
        }
    }

    private String field() {
        if (position < text.length() && text.charAt(position) == '"') {
            return quoted();
        }
        int start = position;
        while (position < text.length() && text.charAt(position) != delimiter && !isLineBreak(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    /** A quoted field, and whatever follows its closing quote up to the next delimiter (kept, as lenient readers do). */
    private String quoted() {
        StringBuilder value = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c != '"') {
                value.append(c);
            } else if (position < text.length() && text.charAt(position) == '"') {
                value.append('"');
                position++;
            } else {
                break;
            }
        }
        while (position < text.length() && text.charAt(position) != delimiter && !isLineBreak(text.charAt(position))) {
            value.append(text.charAt(position++));
        }
        return value.toString();
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r') {
            position++;
            if (position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
        } else if (text.charAt(position) == '\n') {
            position++;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
