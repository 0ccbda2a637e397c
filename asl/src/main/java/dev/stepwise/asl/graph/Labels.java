package dev.stepwise.asl.graph;

/** How long a text may be in a picture; the full text stays in the SVG's tooltips. */
final class Labels {

    static final int STATE_NAME = 40;
    static final int DETAIL = 44;
    static final int EDGE = 36;

    private Labels() {
    }

    static String shorten(String text, int max) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.codePointCount(0, line.length()) <= max
                ? line : line.substring(0, line.offsetByCodePoints(0, max - 1)) + "…";
    }
}
