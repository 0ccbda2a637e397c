package dev.stepwise.bench;

import java.nio.file.Path;

/**
 * Writes {@code N} workflow classes of ten states each (Pass, Tasks with typed records, Retry and Catch, a Choice,
 * a Wait, Succeed and Fail), to time javac with and without the annotation processor.
 *
 * <pre>
 * WorkflowSources &lt;output-dir&gt; &lt;count&gt;
 * </pre>
 */
public final class WorkflowSources {

    static final String PACKAGE = "bench.generated";

    private WorkflowSources() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: WorkflowSources <output-dir> <count>");
            System.exit(2);
        }
        int count;
        try {
            count = Integer.parseInt(args[1]);
        } catch (NumberFormatException e) {
            System.err.println("WorkflowSources: the count must be a number, not '" + args[1] + "'");
            System.exit(2);
            return;
        }
        write(Path.of(args[0]), count);
    }

    /** Writes the classes under {@code dir/bench/generated/} and returns that folder. */
    static Path write(Path dir, int count) {
        return SourceFolder.write(dir, PACKAGE, count, WorkflowSources::className, WorkflowSources::source);
    }

    static String className(int i) {
        return "Flow" + i;
    }

    /** One workflow: ten states, three records, nothing shared with the other classes. */
    static String source(int i) {
        String lambda = "arn:aws:lambda:us-east-1:123456789012:function:";
        return """
                package %1$s;

                import dev.stepwise.annotations.Catch;
                import dev.stepwise.annotations.Choice;
                import dev.stepwise.annotations.Default;
                import dev.stepwise.annotations.Fail;
                import dev.stepwise.annotations.From;
                import dev.stepwise.annotations.Next;
                import dev.stepwise.annotations.Pass;
                import dev.stepwise.annotations.ResultPath;
                import dev.stepwise.annotations.Retry;
                import dev.stepwise.annotations.Succeed;
                import dev.stepwise.annotations.Task;
                import dev.stepwise.annotations.Wait;
                import dev.stepwise.annotations.When;
                import dev.stepwise.annotations.Workflow;

                @Workflow(comment = "generated workflow %2$d")
                public class %3$s {

                    @Pass(result = "{\\"region\\": \\"eu-west-1\\", \\"batch\\": %2$d}")
                    @ResultPath("$.config")
                    void configure() {
                    }

                    @Task(resource = "%4$sload-%2$d", timeoutSeconds = 30)
                    @Retry(errors = "Lambda.TooManyRequestsException", intervalSeconds = 2, maxAttempts = 3)
                    @ResultPath("$.loaded")
                    Loaded load(@From("$.orderId") String orderId) {
                        return new Loaded(orderId, orderId.length());
                    }

                    @Choice
                    @When(test = "$.loaded.count > 10", next = "bulk")
                    @Default("single")
                    void route() {
                    }

                    @Task(resource = "%4$sbulk-%2$d")
                    @ResultPath("$.priced")
                    @Next("pause")
                    Priced bulk(@From("$.loaded") Loaded loaded) {
                        return new Priced(loaded.id(), loaded.count() * 9);
                    }

                    @Task(resource = "%4$ssingle-%2$d")
                    @ResultPath("$.priced")
                    Priced single(@From("$.loaded") Loaded loaded) {
                        return new Priced(loaded.id(), loaded.count() * 10);
                    }

                    @Wait(seconds = 5)
                    void pause() {
                    }

                    @Task(resource = "%4$sstore-%2$d")
                    @Catch(errors = "States.ALL", next = "failed", resultPath = "$.error")
                    @ResultPath("$.stored")
                    Stored store(@From("$.priced") Priced priced) {
                        return new Stored(priced.id(), true);
                    }

                    @Pass(parameters = "{\\"id.$\\": \\"$.orderId\\", \\"total.$\\": \\"$.priced.total\\"}")
                    void summarize() {
                    }

                    @Succeed
                    void done() {
                    }

                    @Fail(error = "StoreFailed", cause = "the order could not be stored")
                    void failed() {
                    }

                    /** What load returns. */
                    public record Loaded(String id, int count) {
                    }

                    /** What bulk and single return. */
                    public record Priced(String id, int total) {
                    }

                    /** What store returns. */
                    public record Stored(String id, boolean ok) {
                    }
                }
                """.formatted(PACKAGE, i, className(i), lambda);
    }
}
