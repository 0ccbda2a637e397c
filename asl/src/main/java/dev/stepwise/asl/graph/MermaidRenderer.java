package dev.stepwise.asl.graph;

import dev.stepwise.asl.graph.StateGraph.Arrow;
import dev.stepwise.asl.graph.StateGraph.Box;
import dev.stepwise.asl.graph.StateGraph.Region;

/**
 * Mermaid flowchart text, which GitHub and many editors render in Markdown. Parallel and Map states are subgraphs
 * holding one subgraph per branch (arrows may end on a subgraph); Catch arrows are dotted; classes colour the types.
 */
final class MermaidRenderer {

    private final StringBuilder out = new StringBuilder();

    static String render(StateGraph graph) {
        return new MermaidRenderer().draw(graph);
    }

    private String draw(StateGraph graph) {
        Region machine = graph.machine();
        out.append("flowchart TD\n");
        out.append("    start((\"Start\")):::terminal\n");
        region(machine, "    ");
        if (!machine.startAt().isEmpty()) {
            out.append("    start --> ").append(machine.startAt()).append('\n');
        }
        boolean anyEnd = false;
        for (Box box : machine.boxes()) {
            if (box.end()) {
                anyEnd = true;
                out.append("    ").append(box.id()).append(" --> finish\n");
            }
        }
        if (anyEnd) {
            out.append("    finish((\"End\")):::terminal\n");
        }
        out.append("""
                    classDef terminal fill:#232f3e,color:#fff,stroke:#232f3e
                    classDef task fill:#e8f1fb,stroke:#2b72c2
                    classDef flow fill:#f4f4f4,stroke:#7d8998
                    classDef choice fill:#fff7e0,stroke:#c98a00
                    classDef succeed fill:#e7f6ea,stroke:#2e8540
                    classDef fail fill:#fdecea,stroke:#d13212
                """);
        return out.toString();
    }

    private void region(Region region, String indent) {
        for (Box box : region.boxes()) {
            if (box.container()) {
                out.append(indent).append("subgraph ").append(box.id()).append("[\"")
                        .append(label(box)).append("\"]\n");
                out.append(indent).append("    direction TB\n");
                for (Region nested : box.regions()) {
                    out.append(indent).append("    subgraph ").append(nested.id()).append("[\"")
                            .append(escape(nested.label())).append("\"]\n");
                    out.append(indent).append("        direction TB\n");
                    region(nested, indent + "        ");
                    out.append(indent).append("    end\n");
                }
                out.append(indent).append("end\n");
                // a subgraph takes a style, not a class
                out.append(indent).append("style ").append(box.id()).append(" fill:#f8f9fa,stroke:#7d8998\n");
            } else {
                String text = label(box);
                String shape = switch (box.type()) {
                    case "Choice" -> "{\"" + text + "\"}";
                    case "Succeed", "Fail" -> "([\"" + text + "\"])";
                    case "Pass", "Wait" -> "(\"" + text + "\")";
                    default -> "[\"" + text + "\"]";
                };
                out.append(indent).append(box.id()).append(shape).append(":::").append(styleClass(box.type()))
                        .append('\n');
            }
        }
        for (Arrow arrow : region.arrows()) {
            out.append(indent).append(arrow.from());
            String text = escape(Labels.shorten(arrow.label(), Labels.EDGE));
            out.append(switch (arrow.kind()) {
                case NEXT -> " --> ";
                case CHOICE, DEFAULT -> " -->|\"" + text + "\"| ";
                case CATCH -> " -.->|\"" + text + "\"| ";
            });
            out.append(arrow.to()).append('\n');
        }
    }

    /** The name, then the type and detail, then the retry rules: each escaped, joined by Mermaid's markup. */
    private static String label(Box box) {
        StringBuilder text = new StringBuilder(escape(Labels.shorten(box.name(), Labels.STATE_NAME)));
        text.append("<br/><small>").append(escape(box.type()));
        if (!box.detail().isEmpty()) {
            text.append(" · ").append(escape(Labels.shorten(box.detail(), Labels.DETAIL)));
        }
        text.append("</small>");
        if (!box.retry().isEmpty()) {
            text.append("<br/><small>↻ ").append(escape(Labels.shorten(box.retry(), Labels.DETAIL))).append("</small>");
        }
        return text.toString();
    }

    static String styleClass(String type) {
        return switch (type) {
            case "Task" -> "task";
            case "Choice" -> "choice";
            case "Succeed" -> "succeed";
            case "Fail" -> "fail";
            default -> "flow";
        };
    }

    /**
     * Mermaid's entity codes: a quote would end the label; # would start an entity; brackets stay text; & would
     * start an HTML entity (a name "a &amp; b" showed "a & b"); % because Mermaid takes %%{...}%% anywhere in the
     * text as a directive and drops it from the label (or lets a state's name restyle the whole picture); ` because
     * a label that starts with one is read as a Markdown string that must end with one, and Mermaid refused the
     * whole file (a state named "`id` check", a Catch of "`x`").
     */
    private static String escape(String text) {
        return text.replace("#", "#35;").replace("&", "#38;").replace("%", "#37;").replace("\"", "#quot;")
                .replace("<", "#lt;").replace(">", "#gt;").replace("`", "#96;");
    }
}
