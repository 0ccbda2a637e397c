package dev.stepwise.asl.graph;

import dev.stepwise.asl.graph.Layout.Route;
import dev.stepwise.asl.graph.Layout.Shape;
import dev.stepwise.asl.graph.StateGraph.Box;
import java.util.Locale;

/**
 * A self-contained SVG (no script, font or stylesheet from elsewhere) of a laid-out graph. Every state is a
 * {@code <g class="state">} carrying {@code data-state} (its name) and {@code data-id}, so a page that embeds the
 * picture (the execution report, the console) can colour states by what happened to them with CSS classes.
 */
final class SvgRenderer {

    static final String STYLE = """
            .sw-graph{font-family:"Helvetica Neue",Helvetica,Arial,"DejaVu Sans",sans-serif}
            .sw-graph .state>rect.frame{fill:#fff;stroke:#7d8998;stroke-width:1.2}
            .sw-graph .state>rect.accent{fill:#7d8998}
            .sw-graph .t-task>rect.accent{fill:#2b72c2}
            .sw-graph .t-choice>rect.accent{fill:#c98a00}
            .sw-graph .t-succeed>rect.accent{fill:#2e8540}
            .sw-graph .t-fail>rect.accent{fill:#d13212}
            .sw-graph .container>rect.frame{fill:#f8f9fa;stroke-dasharray:none}
            .sw-graph rect.region{fill:none;stroke:#aab7b8;stroke-dasharray:4 3}
            .sw-graph text.name{font-size:13px;font-weight:600;fill:#16191f}
            .sw-graph text.detail{font-size:11px;fill:#545b64}
            .sw-graph text.retry{font-size:11px;fill:#8a5a00}
            .sw-graph text.region-label{font-size:11px;fill:#687078;font-style:italic}
            .sw-graph .terminal ellipse{fill:#232f3e}
            .sw-graph .terminal text{font-size:11px;fill:#fff;font-weight:600}
            .sw-graph path.edge{fill:none;stroke:#545b64;stroke-width:1.3}
            .sw-graph path.edge.default{stroke-width:2}
            .sw-graph path.edge.catch{stroke:#d13212;stroke-dasharray:5 3}
            .sw-graph .edge-label rect{fill:#fff;opacity:.9}
            .sw-graph .edge-label text{font-size:10.5px;fill:#16191f}
            .sw-graph .edge-label.catch text{fill:#d13212}
            """;

    private final StringBuilder out = new StringBuilder();

    static String render(Layout layout) {
        return new SvgRenderer().draw(layout);
    }

    static String nameLine(Box box) {
        return Labels.shorten(box.name(), Labels.STATE_NAME);
    }

    static String detailLine(Box box) {
        return box.type() + (box.detail().isEmpty() ? "" : " · " + Labels.shorten(box.detail(), Labels.DETAIL));
    }

    static String retryLine(Box box) {
        return box.retry().isEmpty() ? "" : "↻ " + Labels.shorten(box.retry(), Labels.DETAIL);
    }

    private String draw(Layout layout) {
        double width = Math.ceil(layout.width());
        double height = Math.ceil(layout.height());
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sw-graph\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\">\n");
        out.append("<style>\n").append(STYLE).append("</style>\n");
        out.append("""
                <defs>
                <marker id="sw-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#545b64"/></marker>
                <marker id="sw-arrow-catch" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#d13212"/></marker>
                </defs>
                """);
        for (Shape shape : layout.shapes()) {
            shape(shape);
        }
        for (Route route : layout.routes()) {
            route(route);
        }
        return out.append("</svg>\n").toString();
    }

    private void shape(Shape shape) {
        switch (shape.role()) {
            case START, END -> {
                double cx = shape.x() + shape.width() / 2;
                double cy = shape.y() + shape.height() / 2;
                out.append("<g class=\"terminal\"><rect data-box=\"").append(shape.path()).append("\" x=\"").append(n(shape.x())).append("\" y=\"").append(n(shape.y()))
                        .append("\" width=\"").append(n(shape.width())).append("\" height=\"")
                        .append(n(shape.height())).append("\" fill=\"none\"/>")
                        .append("<ellipse cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" rx=\"")
                        .append(n(shape.width() / 2)).append("\" ry=\"").append(n(shape.height() / 2)).append("\"/>")
                        .append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy + 4))
                        .append("\" text-anchor=\"middle\">").append(shape.role() == Layout.Role.START ? "Start" : "End")
                        .append("</text></g>\n");
            }
            case REGION -> out.append("<g class=\"region\"><rect class=\"region\" data-box=\"").append(shape.path())
                    .append("\" x=\"").append(n(shape.x())).append("\" y=\"").append(n(shape.y()))
                    .append("\" width=\"").append(n(shape.width())).append("\" height=\"").append(n(shape.height()))
                    .append("\" rx=\"4\"/><text class=\"region-label\" x=\"").append(n(shape.x() + 8))
                    .append("\" y=\"").append(n(shape.y() + 15)).append("\">")
                    .append(escape(shape.region().label())).append("</text></g>\n");
            case STATE, CONTAINER -> state(shape);
        }
    }

    private void state(Shape shape) {
        Box box = shape.box();
        out.append("<g class=\"state t-").append(typeClass(box.type()))
                .append(shape.role() == Layout.Role.CONTAINER ? " container" : "")
                .append("\" data-id=\"").append(box.id()).append("\" data-state=\"").append(escape(box.name()))
                .append("\" data-type=\"").append(escape(box.type())).append("\">");
        out.append("<title>").append(escape(box.name() + " (" + box.type() + ")"
                + (box.detail().isEmpty() ? "" : "\n" + box.detail())
                + (box.retry().isEmpty() ? "" : "\n" + box.retry()))).append("</title>");
        out.append("<rect class=\"frame\" data-box=\"").append(shape.path()).append("\" x=\"").append(n(shape.x()))
                .append("\" y=\"").append(n(shape.y())).append("\" width=\"").append(n(shape.width()))
                .append("\" height=\"").append(n(shape.height())).append("\" rx=\"6\"/>");
        double accentHeight = shape.role() == Layout.Role.CONTAINER ? GraphLayout.headerHeight(box) : shape.height();
        out.append("<rect class=\"accent\" x=\"").append(n(shape.x())).append("\" y=\"").append(n(shape.y() + 6))
                .append("\" width=\"4\" height=\"").append(n(accentHeight - 12)).append("\"/>");
        double x = shape.x() + GraphLayout.PAD;
        double y = shape.y() + GraphLayout.PAD + 12;
        text("name", x, y, nameLine(box));
        y += GraphLayout.DETAIL_LINE + 1;
        text("detail", x, y, detailLine(box));
        if (!box.retry().isEmpty()) {
            y += GraphLayout.DETAIL_LINE;
            text("retry", x, y, retryLine(box));
        }
        out.append("</g>\n");
    }

    private void text(String kind, double x, double y, String text) {
        out.append("<text class=\"").append(kind).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\">").append(escape(text)).append("</text>");
    }

    private void route(Route route) {
        if (route.points().isEmpty()) {
            return;
        }
        String kind = route.kind().name().toLowerCase(Locale.ROOT);
        out.append("<path class=\"edge ").append(kind).append("\" data-from=\"").append(route.from())
                .append("\" data-to=\"").append(route.to()).append("\" d=\"");
        String command = "M";
        for (double[] point : route.points()) {
            out.append(command).append(n(point[0])).append(',').append(n(point[1])).append(' ');
            command = "L";
        }
        out.setLength(out.length() - 1);
        out.append("\" marker-end=\"url(#").append(route.kind() == StateGraph.Kind.CATCH ? "sw-arrow-catch" : "sw-arrow")
                .append(")\"/>\n");
        if (!route.label().isEmpty() && route.labelWidth() > 0) {
            out.append("<g class=\"edge-label ").append(kind).append("\"><rect x=\"").append(n(route.labelX()))
                    .append("\" y=\"").append(n(route.labelY())).append("\" width=\"").append(n(route.labelWidth()))
                    .append("\" height=\"").append(n(route.labelHeight())).append("\" rx=\"3\"/><text x=\"")
                    .append(n(route.labelX() + 4)).append("\" y=\"").append(n(route.labelY() + 12)).append("\">")
                    .append(escape(route.label())).append("</text></g>\n");
        }
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The type as a class name: the lenient reader keeps any Type a definition spells, and one with a quote wrote
     * its own attributes into the element (an onload in the console, which inserts the SVG into its page).
     */
    static String typeClass(String type) {
        return type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // XML 1.0 has no place for most control characters, U+FFFE, U+FFFF or a lone surrogate,
                    // even escaped: one in a state's name made the whole picture unreadable
                    if (c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE || c > 0xFFFF || c == '\n'
                            || c == '\t') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
