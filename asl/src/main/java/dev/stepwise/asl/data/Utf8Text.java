package dev.stepwise.asl.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * The text of a JSON file's bytes, which must be UTF-8 (RFC 8259, section 8.1): a file saved in another encoding is
 * a mistake to report where it is, not text to guess at ({@code new String(bytes, UTF_8)} turned a Latin-1
 * {@code é} into U+FFFD and ran on).
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws IllegalArgumentException naming the first byte that is not UTF-8 and its line, for a person to find
     */
    public static String decode(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = strict.decode(in, text, true);
        if (result.isUnderflow()) {
            result = strict.flush(text);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new IllegalArgumentException(String.format("the byte 0x%02X on line %d is not UTF-8 (JSON is UTF-8 "
                    + "text); save the file as UTF-8", bytes[at] & 0xFF, line));
        }
        return text.flip().toString();
    }
}
