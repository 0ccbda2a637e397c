package dev.stepwise.asl.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a definition is drawn in, all from one {@link StateGraph}: Mermaid and DOT are text for a renderer
 * elsewhere (GitHub, Graphviz); SVG is laid out here and needs nothing else (it needs ELK on the class path).
 */
public enum GraphFormat {
    MERMAID("mmd", "mermaid"),
    DOT("dot", "gv"), // .gv is Graphviz's own, free of Word templates' .dot
    SVG("svg");

    private final List<String> extensions;

    GraphFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extensions.get(0);
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

    /**
     * The format a file's name says by one of its extensions ("g.svg", "G.DOT", "g.gv", "order.mmd",
     * "order.mermaid"), if it says one.
     */
    public static Optional<GraphFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.extensions.stream().anyMatch(extension -> lower.endsWith("." + extension)))
                .findFirst();
    }

    /** By name, case-insensitive ("mermaid", "dot", "svg"). */
    public static Optional<GraphFormat> named(String name) {
        return Arrays.stream(values()).filter(format -> format.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
