package dev.stepwise.asl.graph;

import dev.stepwise.asl.graph.StateGraph.Arrow;
import dev.stepwise.asl.graph.StateGraph.Box;
import dev.stepwise.asl.graph.StateGraph.Region;
import java.util.List;

/**
 * Graphviz DOT. A Parallel or Map state is a cluster holding one cluster per branch; Graphviz cannot end an edge on
 * a cluster, so the state's own name is a node at the top of its cluster and its arrows are clipped to the
 * cluster's border ({@code compound=true} with {@code lhead}/{@code ltail}).
 */
final class DotRenderer {

    private final StringBuilder out = new StringBuilder();

    static String render(StateGraph graph) {
        return new DotRenderer().draw(graph);
    }

    private String draw(StateGraph graph) {
        Region machine = graph.machine();
        out.append("digraph StateMachine {\n");
        // polyline: Graphviz's curved splines fail on some edges into a cluster (lhead) that loop back upwards
        // ("Unable to reclaim box space in spline routing", the edge drawn astray); straight segments do not
        out.append("    compound=true;\n    rankdir=TB;\n    splines=polyline;\n");
        out.append("    node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
        out.append("    edge [fontname=\"Helvetica\", fontsize=9];\n");
        out.append("    start [label=\"Start\", shape=circle, fillcolor=\"#232f3e\", fontcolor=white];\n");
        region(machine, "    ");
        if (!machine.startAt().isEmpty()) {
            edge("    ", "start", machine.startAt(), machine, "");
        }
        boolean anyEnd = false;
        for (Box box : machine.boxes()) {
            if (box.end()) {
                anyEnd = true;
                edge("    ", box.id(), "finish", machine, "");
            }
        }
        if (anyEnd) {
            out.append("    finish [label=\"End\", shape=circle, fillcolor=\"#232f3e\", fontcolor=white];\n");
        }
        return out.append("}\n").toString();
    }

    private void region(Region region, String indent) {
        for (Box box : region.boxes()) {
            if (box.container()) {
                out.append(indent).append("subgraph cluster_").append(box.id()).append(" {\n");
                out.append(indent).append("    style=\"rounded\"; color=\"#7d8998\"; label=\"\";\n");
                out.append(indent).append("    ").append(box.id()).append(" [label=").append(label(box))
                        .append(", fillcolor=\"#f4f4f4\"];\n");
                for (Region nested : box.regions()) {
                    out.append(indent).append("    subgraph cluster_").append(nested.id()).append(" {\n");
                    out.append(indent).append("        style=\"dashed,rounded\"; label=").append(quote(nested.label()))
                            .append(";\n");
                    region(nested, indent + "        ");
                    out.append(indent).append("    }\n");
                    if (!nested.startAt().isEmpty()) {
                        // keeps each branch below its state's name; written outside the branch's cluster, since
                        // an edge in a subgraph puts both its nodes there (the name was drawn inside the branch)
                        out.append(indent).append("    ").append(box.id()).append(" -> ")
                                .append(nested.startAt()).append(" [style=invis];\n");
                    }
                }
                out.append(indent).append("}\n");
            } else {
                out.append(indent).append(box.id()).append(" [label=").append(label(box)).append(", ")
                        .append(shape(box.type())).append("];\n");
            }
        }
        for (Arrow arrow : region.arrows()) {
            String attributes = switch (arrow.kind()) {
                case NEXT -> "";
                case CHOICE -> "label=" + quote(Labels.shorten(arrow.label(), Labels.EDGE));
                case DEFAULT -> "label=" + quote(arrow.label()) + ", style=bold";
                case CATCH -> "label=" + quote(Labels.shorten(arrow.label(), Labels.EDGE))
                        + ", style=dashed, color=\"#d13212\", fontcolor=\"#d13212\"";
            };
            edge(indent, arrow.from(), arrow.to(), region, attributes);
        }
    }

    /**
     * An edge from or to a container state is clipped to its cluster's border; not a container's edge to itself (a
     * Catch that retries the whole Parallel), which Graphviz cannot clip and warns about: it loops on the name.
     */
    private void edge(String indent, String from, String to, Region region, String attributes) {
        StringBuilder all = new StringBuilder(attributes);
        for (Box box : from.equals(to) ? List.<Box>of() : region.boxes()) {
            if (box.container() && box.id().equals(from)) {
                all.append(all.isEmpty() ? "" : ", ").append("ltail=cluster_").append(from);
            }
            if (box.container() && box.id().equals(to)) {
                all.append(all.isEmpty() ? "" : ", ").append("lhead=cluster_").append(to);
            }
        }
        out.append(indent).append(from).append(" -> ").append(to);
        if (!all.isEmpty()) {
            out.append(" [").append(all).append(']');
        }
        out.append(";\n");
    }

    private static String label(Box box) {
        String text = Labels.shorten(box.name(), Labels.STATE_NAME) + "\n" + box.type()
                + (box.detail().isEmpty() ? "" : " · " + Labels.shorten(box.detail(), Labels.DETAIL))
                + (box.retry().isEmpty() ? "" : "\n↻ " + Labels.shorten(box.retry(), Labels.DETAIL));
        return quote(text);
    }

    private static String shape(String type) {
        return switch (type) {
            case "Task" -> "fillcolor=\"#e8f1fb\", color=\"#2b72c2\"";
            case "Choice" -> "shape=diamond, style=filled, fillcolor=\"#fff7e0\", color=\"#c98a00\"";
            case "Succeed" -> "fillcolor=\"#e7f6ea\", color=\"#2e8540\"";
            case "Fail" -> "fillcolor=\"#fdecea\", color=\"#d13212\"";
            default -> "fillcolor=\"#f4f4f4\", color=\"#7d8998\"";
        };
    }

    /** Graphviz reads HTML entities in every label (a name "a &amp; b" showed "a & b"), so & is one itself. */
    private static String quote(String text) {
        return "\"" + text.replace("&", "&#38;").replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"";
    }
}
