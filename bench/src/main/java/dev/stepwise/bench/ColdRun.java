package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.InvalidDefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The smallest command that loads a definition and runs it once, printing the output: what compare.sh times for
 * cold start while the {@code stepwise run} command does not exist yet.
 *
 * <pre>
 * ColdRun &lt;definition.asl.json&gt; &lt;input-json&gt;
 * </pre>
 */
public final class ColdRun {

    private ColdRun() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ColdRun <definition.asl.json> <input-json>");
            System.exit(2);
        }
        try {
            LocalRuntime runtime = LocalRuntime.builder().keepHistory(false).build();
            JsonNode input = Json.parse(args[1]);
            Execution execution = runtime.start(runtime.load(Files.readString(Path.of(args[0]))), input).await();
            if (execution.status() != ExecutionStatus.SUCCEEDED) {
                System.err.println(execution.status() + ": " + execution.error() + " " + execution.cause());
                System.exit(1);
            }
            System.out.println(Json.write(execution.output()));
        } catch (IOException | IllegalArgumentException | InvalidDefinitionException e) {
            System.err.println("ColdRun: " + e.getMessage());
            System.exit(2);
        }
    }
}
