package dev.stepwise.asl.graph;

/**
 * How wide a line of text is, estimated: the SVG is laid out here, without a browser or font files to measure
 * with, so widths are the font size times an advance per character. Latin and most scripts take a generous
 * average advance of sans-serif glyphs (a little wider than Helvetica's and DejaVu Sans' average); Chinese,
 * Japanese and Korean characters are full-width, one em in every font that has them (at the Latin average a
 * name of them ran out of its box by nearly half), and colour emoji are wider still (Noto Color Emoji's advance
 * is 1.25 em); marks that combine with the character before them and invisible joiners take none. This keeps text inside its box in any usual font.
 */
final class TextMetrics {

    static final double NAME_SIZE = 13;
    static final double DETAIL_SIZE = 11;
    static final double LABEL_SIZE = 10.5;
    private static final double ADVANCE = 0.58;
    private static final double FULL_WIDTH = 1.0;
    private static final double EMOJI = 1.3;

    private TextMetrics() {
    }

    static double width(String text, double fontSize) {
        return text.codePoints().mapToDouble(TextMetrics::advance).sum() * fontSize;
    }

    /** The advance of one character in ems. */
    private static double advance(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || c >= 0xFE00 && c <= 0xFE0F) {
            return 0;
        }
        return emoji(c) ? EMOJI : fullWidth(c) ? FULL_WIDTH : ADVANCE;
    }

    /** Emoji and pictographs, and the older symbols and dingbats that are drawn as emoji. */
    private static boolean emoji(int c) {
        return c >= 0x1F000 && c <= 0x1FAFF || c >= 0x2600 && c <= 0x27BF;
    }

    /** East Asian wide and full-width characters (Unicode's UAX #11). */
    private static boolean fullWidth(int c) {
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, YI -> true;
            default -> c >= 0x2E80 && c <= 0x303F // CJK radicals, ideographic description, CJK punctuation
                    || c >= 0x3200 && c <= 0x33FF // enclosed CJK letters, CJK compatibility
                    || c >= 0xFE30 && c <= 0xFE4F // CJK compatibility forms
                    || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6; // full-width forms
        };
    }
}
