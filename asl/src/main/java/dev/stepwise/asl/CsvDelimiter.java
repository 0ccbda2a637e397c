package dev.stepwise.asl;

import java.util.SortedSet;

/**
 * The column separators a Distributed Map's {@code ItemReader.ReaderConfig.CSVDelimiter} names (AWS's ItemReader page:
 * COMMA, the default, PIPE, SEMICOLON, SPACE or TAB).
 */
public enum CsvDelimiter {
    COMMA(','), PIPE('|'), SEMICOLON(';'), SPACE(' '), TAB('\t');

    private final char character;

    CsvDelimiter(char character) {
        this.character = character;
    }

    /** The character that separates the columns. */
    public char character() {
        return character;
    }

    /** The names ASL accepts, sorted. */
    public static SortedSet<String> names() {
        return EnumNames.of(CsvDelimiter.class);
    }
}
