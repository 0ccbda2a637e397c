package dev.stepwise.cli;

import dev.stepwise.cli.StepwiseCli.InputException;
import dev.stepwise.cli.StepwiseCli.UsageException;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.server.StepwiseServer;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code stepwise serve}: the runtime as a local Step Functions endpoint for the AWS SDKs and CLI, a drop-in for Step
 * Functions Local ({@code aws stepfunctions --endpoint-url http://127.0.0.1:8083 ...}). Serves until the process is
 * stopped.
 */
final class ServeCommand {

    /** Step Functions Local's name for the mock file it reads from the folder it was started in. */
    static final String DEFAULT_MOCK_CONFIG = "MockConfigFile.json";

    private final PrintStream out;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    /** A command reading {@code SFN_MOCK_CONFIG} from {@code environment} and a default mock file from a folder. */
    ServeCommand(PrintStream out, Map<String, String> environment, Path workingDirectory) {
        this.out = out;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    int run(Arguments args) {
        StepwiseServer.Builder server = StepwiseServer.builder().console();
        LocalRuntime.Builder runtime = LocalRuntime.builder()
                // a long-running endpoint remembers more executions than a test's runtime
                .rememberedExecutions(10_000);
        String mockConfig = null;
        while (args.hasNext()) {
            String arg = args.next();
            switch (arg) {
                case "--port" -> server.port(port(args.value("--port")));
                case "--host" -> server.host(args.value("--host"));
                case "--mock-config" -> mockConfig = args.value("--mock-config");
                case "--clock" -> runtime.clock(ClockOption.parse(args.value("--clock")));
                case "--lambda-endpoint" -> server.lambdaEndpoint(url(args.value("--lambda-endpoint")));
                default -> throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        String mockFile = mockConfig != null ? mockConfig : mockConfigFromTheEnvironment();
        if (mockFile != null) {
            runtime.mockConfig(MockConfigFile.read(mockFile));
            out.println("Mocked responses from " + mockFile + " (start '<stateMachineArn>#<TestCase>' to use them)");
        }
        StepwiseServer started;
        try {
            started = server.runtime(runtime).start();
        } catch (UncheckedIOException e) {
            throw new InputException(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            started.close();
            stopped.countDown();
        }, "stepwise-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Stepwise Step Functions endpoint on " + started.uri()
                + " (aws stepfunctions --endpoint-url " + started.uri() + " ...); console at " + started.uri() + "/");
        // the AWS CLI and SDKs send TestState and StartSyncExecution to a "sync-" host unless told not to
        out.println("For test-state and start-sync-execution through the AWS CLI: export "
                + "AWS_DISABLE_HOST_PREFIX_INJECTION=true");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) { // stopped from inside the JVM (a test), not by a signal
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            started.close();
        }
        return 0;
    }

    /**
     * Without {@code --mock-config}, as Step Functions Local finds its mock file (developer guide,
     * sfn-local-test-sm-exec): {@code SFN_MOCK_CONFIG}, else a {@code MockConfigFile.json} in the folder it was
     * started from, else none.
     */
    private String mockConfigFromTheEnvironment() {
        String variable = environment.get("SFN_MOCK_CONFIG");
        if (variable != null && !variable.isBlank()) {
            return variable;
        }
        Path local = workingDirectory.resolve(DEFAULT_MOCK_CONFIG);
        return Files.isRegularFile(local) ? local.toString() : null;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--port is a number from 0 to 65535, not '" + value + "'");
    }

    private static URI url(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException("--lambda-endpoint is an http(s) URL, not '" + value + "'");
    }
}
