package dev.stepwise.asl.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a definition is drawn in, all from one {@link StateGraph}: Mermaid and DOT are text for a renderer
 * elsewhere (GitHub, Graphviz); SVG is laid out here and needs nothing else (it needs ELK on the class path).
 */
public enum GraphFormat {
    MERMAID("mmd"),
    DOT("dot"),
    SVG("svg");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Draws a definition (a machine, or one state as TestState takes it). */
    public String render(JsonNode definition) {
        return render(StateGraphReader.read(definition));
    }

    public String render(StateGraph graph) {
        return switch (this) {
            case MERMAID -> MermaidRenderer.render(graph);
            case DOT -> DotRenderer.render(graph);
            case SVG -> SvgRenderer.render(GraphLayout.layout(graph));
        };
    }

    /** The format a file's name says by its usual extension ("g.svg", "G.DOT", "order.mmd"), if it says one. */
    public static Optional<GraphFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> lower.endsWith("." + format.extension)).findFirst();
    }

    /** By name, case-insensitive ("mermaid", "dot", "svg"). */
    public static Optional<GraphFormat> named(String name) {
        return Arrays.stream(values()).filter(format -> format.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
