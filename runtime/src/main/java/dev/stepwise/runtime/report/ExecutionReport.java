package dev.stepwise.runtime.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.graph.GraphFormat;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.history.HistoryEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One execution as one self-contained HTML file: the graph of its definition (SVG), each state coloured by what
 * happened to it, its input, output and error on a click, the timeline of its states (Parallel branches and Map
 * iterations side by side) and the history as a table. Nothing is fetched: the page holds the SVG, the history
 * as JSON (with the histories of its Map Runs' child executions, see {@link MapRunChildren}), and the script
 * ({@code report.js}, shared with the console) that reads the history into state colours.
 */
public final class ExecutionReport {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private ExecutionReport() {
    }

    /** Writes the report of the execution as it is now (finished or not) and returns the file. */
    public static Path write(Execution execution, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html(execution), StandardCharsets.UTF_8);
        return file;
    }

    /** The report's HTML. */
    public static String html(Execution execution) {
        ObjectNode data = Json.NODES.objectNode();
        data.put("name", execution.name());
        data.put("arn", execution.arn());
        data.put("status", execution.status().name());
        data.put("startDate", String.valueOf(execution.startDate()));
        data.put("stopDate", execution.stopDate() == null ? null : execution.stopDate().toString());
        data.put("error", execution.error());
        data.put("cause", execution.cause());
        ArrayNode events = data.putArray("events");
        execution.history().stream().map(HistoryEvent::toJson).forEach(events::add);
        data.set("mapRuns", MapRunChildren.of(execution));

        String status = execution.status().name();
        String failure = execution.error() == null && execution.cause() == null ? ""
                : "<div class=\"failure\"><strong>" + escape(String.valueOf(execution.error())) + "</strong>"
                        + (execution.cause() == null ? "" : "\n" + escape(execution.cause())) + "</div>";
        Map<String, String> values = Map.of(
                "title", escape(execution.name() + " · " + status),
                "name", escape(execution.stateMachine().name() + " / " + execution.name()),
                "status", status,
                "meta", escape("started " + execution.startDate()
                        + (execution.stopDate() == null ? "" : " · stopped " + execution.stopDate())
                        + " · " + execution.history().size() + " events · " + execution.arn()),
                "failure", failure,
                "svg", GraphFormat.SVG.render(execution.stateMachine().definition()),
                "data", scriptSafe(Json.write(data)),
                "css", resource("report.css"),
                "js", resource("report.js"));
        return fill(resource("report.html"), values);
    }

    /** The script and stylesheet the report inlines, for a page that shows executions (the console) to serve. */
    public static String resource(String name) {
        try (InputStream in = ExecutionReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pass, so a value that happens to hold "{{...}}" (a state's input, say) is never filled in again. */
    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** JSON inside a script element must not contain "</script" or "<!--": every '<' becomes \u003c (still JSON). */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
