package dev.stepwise.asl.graph;

/**
 * How wide a line of text is, estimated: the SVG is laid out here, without a browser or font files to measure
 * with, so widths are the font size times a generous average advance of sans-serif glyphs (a little wider than
 * Helvetica's and DejaVu Sans' average), which keeps text inside its box in any usual sans-serif font.
 */
final class TextMetrics {

    static final double NAME_SIZE = 13;
    static final double DETAIL_SIZE = 11;
    static final double LABEL_SIZE = 10.5;
    private static final double ADVANCE = 0.58;

    private TextMetrics() {
    }

    static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * ADVANCE;
    }
}
