package dev.stepwise.asl.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/**
 * Why a text is not JSON, in words for a person (the command line's files, a mock configuration): the line and
 * column to look at, then what is wrong there. {@code Json.parse} words its failures as AWS's services do (quoting
 * the text, naming Jackson's settings), which in a file of hundreds of lines says neither where nor, for a trailing
 * document, what.
 */
public final class JsonSyntaxError {

    /** The parser's reference to the text, {@code [Source: (String)"..."; line: 1, column: 9]}: the place is kept. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]",
            Pattern.DOTALL);

    /** The Jackson setting a limit comes from, {@code , from `StreamReadConstraints.getMaxNestingDepth()`}. */
    private static final Pattern SETTING = Pattern.compile(", from `[^`]*`");

    private JsonSyntaxError() {
    }

    /**
     * What editors on Windows put before UTF-8 text, invisible there; JSON texts have none (RFC 8259, section 8.1),
     * and the parser's words for it show a blank character.
     */
    private static final String BYTE_ORDER_MARK = "Unexpected character ('\uFEFF'";

    /** {@code at line 4, column 40: Unexpected character ...}, or the message alone when the place is unknown. */
    public static String describe(IllegalArgumentException failure) {
        String message = failure.getMessage();
        if (failure.getCause() instanceof JsonProcessingException cause
                && String.valueOf(cause.getOriginalMessage()).startsWith(BYTE_ORDER_MARK)
                && cause.getLocation() != null
                && cause.getLocation().getLineNr() == 1 && cause.getLocation().getColumnNr() == 1) {
            return "the text begins with a byte order mark (U+FEFF), which JSON does not have; save the file as "
                    + "UTF-8 without a byte order mark (BOM)";
        }
        String place = "";
        if (failure.getCause() instanceof JsonProcessingException cause) {
            message = cause.getOriginalMessage();
            JsonLocation at = cause.getLocation();
            if (at != null && at.getLineNr() > 0) {
                place = "at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            }
        }
        String plain = SETTING.matcher(SOURCE.matcher(message == null ? "" : message)
                .replaceAll("line $1, column $2")).replaceAll("");
        return place + plain.lines().findFirst().orElse("");
    }
}
