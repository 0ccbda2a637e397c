package dev.stepwise.asl.data.path;

/**
 * A member name in bracket notation, {@code ['it\'s']} or {@code ["say \"hi\""]}, read as Jayway JsonPath (and so
 * Step Functions) reads it: a backslash escapes the next character; {@code \n}, {@code \t}, {@code \r}, {@code \b},
 * {@code \f} and a {@code u} with four hex digits are the usual characters, and any other escaped character stands
 * for itself ({@code \'}, {@code \"}, {@code \\}, {@code \/}).
 *
 * @param name the member name, unescaped
 * @param end the index just after the closing quote
 */
record QuotedName(String name, int end) {

    /** The name whose opening quote is at {@code quoteAt}, or {@code null} when it is not closed or badly escaped. */
    static QuotedName read(String text, int quoteAt) {
        char quote = text.charAt(quoteAt);
        StringBuilder name = new StringBuilder();
        int i = quoteAt + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                return new QuotedName(name.toString(), i + 1);
            }
            if (c != '\\') {
                name.append(c);
                i++;
                continue;
            }
            if (i + 1 >= text.length()) {
                return null;
            }
            char escaped = text.charAt(i + 1);
            if (escaped == 'u') {
                if (i + 6 > text.length()) {
                    return null;
                }
                try {
                    name.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                } catch (NumberFormatException e) {
                    return null;
                }
                i += 6;
                continue;
            }
            name.append(switch (escaped) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                default -> escaped;
            });
            i += 2;
        }
        return null;
    }

    /** The index just after the quoted text that opens at {@code quoteAt}, or -1 when the quote is never closed. */
    static int skip(String text, int quoteAt) {
        char quote = text.charAt(quoteAt);
        for (int i = quoteAt + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return -1;
    }
}
