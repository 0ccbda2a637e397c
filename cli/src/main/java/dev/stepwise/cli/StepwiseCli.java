package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.TestStateOptions;
import dev.stepwise.runtime.TestStateResult;
import dev.stepwise.runtime.TestStateStatus;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.data.JsonSyntaxError;
import dev.stepwise.runtime.mock.MockConfig;
import dev.stepwise.runtime.mock.TestStateMock;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.conformance.ConformanceCase;
import dev.stepwise.conformance.ConformanceReport;
import dev.stepwise.conformance.ConformanceRunner;
import dev.stepwise.conformance.RuntimeCaseExecutor;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.Utf8Text;
import dev.stepwise.asl.validation.DefinitionProblem;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.asl.validation.DefinitionValidator;
import dev.stepwise.runtime.events.PrintingEventListener;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.runtime.logging.PrintStreamLogSink;
import dev.stepwise.asl.AslLimits;
import dev.stepwise.asl.graph.GraphFormat;
import dev.stepwise.asl.graph.StateGraphReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code stepwise} command line: {@code run}, {@code test-state}, {@code validate}, {@code graph},
 * {@code conformance} and {@code serve}.
 *
 * <p>{@code run} uses the virtual clock unless {@code --clock system} asks for real time: waits and retry intervals
 * then take no time, as in a test. With {@code --mock-config} and {@code --test-case} it answers the test case's
 * states from a Step Functions Local mock file.
 *
 * <p>Exit codes: 0 success; 1 the definition is invalid, the execution did not succeed, or conformance cases
 * failed; 2 bad usage, a missing file or malformed JSON ({@code validate} checks the other files first) (one line on stderr, never a stack trace; a mock file's
 * mistakes one line each; also stdout that cannot be written); 3 a bug in the runtime (also one line); 141, quietly, when
 * the reader of stdout stopped reading, as a command stopped by SIGPIPE.
 *
 * <p>{@code run --log-level} and {@code run --events} print their records on stderr, one JSON object per line, and
 * {@code run} and {@code test-state} print a definition's problems there too, so that stdout stays the single
 * result document a script can parse.
 */
public final class StepwiseCli {

    static final String USAGE = Usage.all();

    private final PrintStream out;
    private final PrintStream err;

    StepwiseCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        StandardOutput stdout = StandardOutput.open();
        PrintStream out = stdout.printStream();
        // stdout holds the command's result only: what a library prints on System.out goes to stderr (the JSONata
        // library prints "Proc not found ..." when an expression calls a value that is no function)
        System.setOut(System.err);
        int code = new StepwiseCli(out, System.err).execute(args);
        out.flush();
        System.exit(stdout.exitCode(code, System.err));
    }

    /** Runs one command and returns its exit code. */
    int execute(String... args) {
        String command = args.length == 0 ? null : args[0];
        List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
        try {
            if (command == null || Usage.asksForHelp(command)) {
                (command == null ? err : out).println(USAGE);
                return command == null ? 2 : 0;
            }
            Optional<String> usage = Usage.of(command);
            if (usage.isPresent() && rest.stream().anyMatch(Usage::asksForHelp)) {
                out.println(usage.get());
                return 0;
            }
            return switch (command) {
                case "run" -> run(new Arguments(rest));
                case "test-state" -> testState(new Arguments(rest));
                case "validate" -> validate(new Arguments(rest));
                case "graph" -> graph(new Arguments(rest));
                case "conformance" -> conformance(new Arguments(rest));
                case "serve" -> new ServeCommand(out, System.getenv(), Path.of("")).run(new Arguments(rest));
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("stepwise: " + e.getMessage());
            err.println(Usage.of(command).orElse(USAGE)); // a known command's mistake: its own usage, as --help gives
            return 2;
        } catch (InputException e) {
            err.println("stepwise: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("stepwise: internal error: " + e);
            return 3;
        }
    }

    private int run(Arguments args) {
        String definitionFile = null;
        String input = "{}";
        boolean history = false;
        LogLevel logLevel = null;
        boolean statusEvents = false;
        Clock clock = Clocks.virtual();
        StateMachineType type = StateMachineType.STANDARD;
        String mockFile = null;
        String testCase = null;
        String machineName = null;
        String report = null;
        while (args.hasNext()) {
            String arg = args.next();
            switch (arg) {
                case "--input" -> input = args.value("--input");
                case "--report" -> report = args.value("--report");
                case "--history" -> history = true;
                case "--log-level" -> logLevel = logLevel(args.value("--log-level"));
                case "--events" -> statusEvents = true;
                case "--clock" -> clock = ClockOption.parse(args.value("--clock"));
                case "--type" -> type = machineType(args.value("--type"));
                case "--mock-config" -> mockFile = args.value("--mock-config");
                case "--test-case" -> testCase = args.value("--test-case");
                case "--state-machine" -> machineName = args.value("--state-machine");
                default -> definitionFile = operand(arg, definitionFile);
            }
        }
        if (definitionFile == null) {
            throw new UsageException("run needs a DEFINITION file");
        }
        if ((mockFile == null) != (testCase == null)) {
            throw new UsageException("--mock-config and --test-case go together");
        }
        if (machineName != null && mockFile == null) {
            throw new UsageException("--state-machine names the machine in a --mock-config");
        }
        if (statusEvents && type == StateMachineType.EXPRESS) {
            // as on AWS, where only Standard workflows send status changes to EventBridge
            throw new UsageException("--events: Express workflows emit no status change events; "
                    + "follow them with --log-level ALL");
        }
        JsonNode definition = readJsonFile(definitionFile);
        JsonNode inputJson = readInput(input, "--input");
        Path reportFile = report == null ? null : OutputFiles.prepare(report); // before the run, not after it
        LocalRuntime.Builder builder = LocalRuntime.builder().clock(clock);
        if (logLevel != null) {
            // Data included: on a terminal the point of a log is to see what each state received and returned.
            builder.logSink(new PrintStreamLogSink(err)).forceLogging(LoggingConfiguration.of(logLevel, true));
        }
        if (statusEvents) {
            builder.listener(new PrintingEventListener(err));
        }
        String name = "StepwiseRun";
        if (mockFile != null) {
            MockConfig mocks = MockConfigFile.read(mockFile);
            name = mockedMachine(mocks, machineName, testCase);
            builder.mockConfig(mocks);
        }
        LocalRuntime runtime = builder.build();
        StateMachine machine;
        try {
            machine = runtime.load(name, definition, type);
        } catch (InvalidDefinitionException e) {
            printProblems(err, definitionFile, e.problems()); // stdout holds only a result document
            return 1;
        }
        Execution execution;
        try {
            execution = runtime.start(machine, null, inputJson, testCase).await();
        } catch (IllegalArgumentException e) {
            throw new InputException("cannot start the execution: " + e.getMessage());
        }
        if (reportFile != null) {
            try {
                execution.report(reportFile);
            } catch (IOException e) {
                throw new InputException("cannot write " + report + ": " + IoErrors.reason(e));
            }
        }
        ObjectNode result = Json.NODES.objectNode();
        result.put("status", execution.status().name());
        result.set("output", execution.output());
        result.put("error", execution.error());
        result.put("cause", execution.cause());
        if (history) {
            ArrayNode events = result.putArray("history");
            execution.history().stream().map(HistoryEvent::toJson).forEach(events::add);
        }
        out.println(Json.writePretty(result));
        return execution.status() == ExecutionStatus.SUCCEEDED ? 0 : 1;
    }

    /**
     * The machine whose test case runs: the one named, else the only one the file configures (Step Functions Local
     * matches test cases by state machine name, which a definition file does not carry).
     */
    private static String mockedMachine(MockConfig mocks, String named, String testCase) {
        String machine = named;
        if (machine == null) {
            if (mocks.stateMachines().size() != 1) {
                throw new InputException("the mock configuration has " + mocks.stateMachines().size()
                        + " state machines " + mocks.stateMachines() + "; name one with --state-machine");
            }
            machine = mocks.stateMachines().iterator().next();
        }
        if (mocks.testCase(machine, testCase).isEmpty()) {
            throw new InputException(mocks.stateMachines().contains(machine)
                    ? "the mock configuration has no test case '" + testCase + "' for state machine '" + machine
                            + "'; it has " + mocks.testCases(machine)
                    : "the mock configuration has no state machine named '" + machine + "'; it has "
                            + mocks.stateMachines());
        }
        return machine;
    }

    /**
     * TestState: one state alone, a whole machine's state by name or a single state's definition, optionally with
     * its Task's service call mocked, variables set and the retries already made; prints what the TestState API
     * returns (inspection data from DEBUG on).
     */
    private int testState(Arguments args) {
        String definitionFile = null;
        String stateName = null;
        String input = "{}";
        String mockResult = null;
        String mockError = null;
        String mockCause = null;
        String variables = null;
        String context = null;
        int retrierRetryCount = 0;
        int mapIterationFailureCount = 0;
        String inspectionLevel = "INFO";
        while (args.hasNext()) {
            String arg = args.next();
            switch (arg) {
                case "--state" -> stateName = args.value("--state");
                case "--input" -> input = args.value("--input");
                case "--mock-result" -> mockResult = args.value("--mock-result");
                case "--mock-error" -> mockError = args.value("--mock-error");
                case "--mock-cause" -> mockCause = args.value("--mock-cause");
                case "--variables" -> variables = args.value("--variables");
                case "--context" -> context = args.value("--context");
                case "--retrier-retry-count" -> retrierRetryCount = count(args.value("--retrier-retry-count"),
                        "--retrier-retry-count");
                case "--map-iteration-failure-count" -> mapIterationFailureCount = count(
                        args.value("--map-iteration-failure-count"), "--map-iteration-failure-count");
                case "--inspection-level" -> inspectionLevel = inspectionLevel(args.value("--inspection-level"));
                default -> definitionFile = operand(arg, definitionFile);
            }
        }
        if (definitionFile == null) {
            throw new UsageException("test-state needs a DEFINITION file");
        }
        if (mockResult != null && mockError != null) {
            throw new UsageException("--mock-result and --mock-error exclude each other");
        }
        if (mockCause != null && mockError == null) {
            throw new UsageException("--mock-cause goes with --mock-error");
        }
        JsonNode definition = readJsonFile(definitionFile);
        JsonNode inputJson = readInput(input, "--input");
        TestStateMock mock = mockResult != null ? TestStateMock.result(readInput(mockResult, "--mock-result"))
                : mockError != null ? TestStateMock.error(mockError, mockCause) : null;
        if (stateName == null && definition.has("States")) {
            throw new UsageException("test-state needs --state NAME for a whole state machine");
        }
        JsonNode variablesJson = variables == null ? null : readInput(variables, "--variables");
        if (variablesJson != null && !variablesJson.isObject()) {
            throw new InputException("--variables is a JSON object of variable names and values");
        }
        JsonNode contextJson = context == null ? null : readInput(context, "--context");
        if (contextJson != null && !contextJson.isObject()) {
            throw new InputException("--context is a JSON object, the Context object ($$) the state reads");
        }
        TestStateOptions options = TestStateOptions.NONE.withMock(mock).withVariables(variablesJson)
                .withContext(contextJson).withRetrierRetryCount(retrierRetryCount)
                .withMapIterationFailureCount(mapIterationFailureCount);
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        TestStateResult result;
        try {
            result = stateName == null ? runtime.testState(definition, inputJson, options)
                    : runtime.testState(definition, stateName, inputJson, options);
        } catch (InvalidDefinitionException e) {
            printProblems(err, definitionFile, e.problems()); // stdout holds only a result document
            return 1;
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        ObjectNode printed = Json.NODES.objectNode();
        printed.put("status", result.status().name());
        printed.set("output", result.output());
        printed.put("nextState", result.nextState());
        printed.put("error", result.error());
        printed.put("cause", result.cause());
        if (!inspectionLevel.equals("INFO")) {
            printed.set("inspectionData", result.inspectionData());
        }
        out.println(Json.writePretty(printed));
        // a caught error still moves on to a next state; a failure or a pending retry does not
        return result.status() == TestStateStatus.SUCCEEDED || result.status() == TestStateStatus.CAUGHT_ERROR ? 0 : 1;
    }

    /**
     * The one positional argument of a command; an unknown option or a second operand is bad usage. Anything
     * starting with a dash is an option, so that {@code -v} is not reported as a missing file (a file of that name
     * is written {@code ./-v}).
     */
    private static String operand(String arg, String earlier) {
        if (arg.startsWith("-") || earlier != null) {
            throw new UsageException("unexpected argument '" + arg + "'");
        }
        return arg;
    }

    /** A count option's value: a whole number, 0 or more. */
    private static int count(String value, String option) {
        try {
            int count = Integer.parseInt(value.trim());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new InputException(option + " is a whole number, 0 or more, not '" + value + "'");
    }

    private static StateMachineType machineType(String value) {
        try {
            return StateMachineType.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InputException("--type: " + e.getMessage());
        }
    }

    /**
     * AWS's TestState levels, in any case as {@code --type} and {@code --log-level} take theirs; TRACE adds HTTP Task
     * traffic on AWS, which a local run has none of.
     */
    private static String inspectionLevel(String value) {
        String level = value.trim().toUpperCase(Locale.ROOT);
        if (!List.of("INFO", "DEBUG", "TRACE").contains(level)) {
            throw new InputException("--inspection-level: unknown level '" + value + "': use INFO, DEBUG or TRACE");
        }
        return level;
    }

    private int validate(Arguments args) {
        List<String> files = new ArrayList<>();
        while (args.hasNext()) {
            files.add(operand(args.next(), null));
        }
        if (files.isEmpty()) {
            throw new UsageException("validate needs at least one DEFINITION file");
        }
        int problems = 0;
        int unreadable = 0;
        for (String file : files) {
            JsonNode definition;
            try {
                definition = readJsonFile(file);
            } catch (InputException e) { // reported, and the other files still checked: one run lists everything
                err.println("stepwise: " + e.getMessage());
                unreadable++;
                continue;
            }
            List<DefinitionProblem> found = DefinitionValidator.validate(definition).problems();
            if (found.isEmpty()) {
                out.println(file + ": valid");
            } else {
                printProblems(out, file, found);
                problems += found.size();
            }
        }
        return unreadable > 0 ? 2 : problems == 0 ? 0 : 1;
    }

    /**
     * Draws a definition (any JSON object, valid or not: the picture is how one looks at a wrong definition). Without
     * {@code --format}, an {@code --out} file's extension (.svg, .dot, .mmd) picks the format, else it is Mermaid:
     * {@code --out g.svg} alone wrote Mermaid text into a file no viewer could open as an SVG.
     */
    private int graph(Arguments args) {
        String definitionFile = null;
        GraphFormat format = null;
        String outFile = null;
        while (args.hasNext()) {
            String arg = args.next();
            switch (arg) {
                case "--format" -> {
                    String name = args.value("--format");
                    format = GraphFormat.named(name).orElseThrow(() ->
                            new UsageException("--format is mermaid, dot or svg, not '" + name + "'"));
                }
                case "--out" -> outFile = args.value("--out");
                default -> definitionFile = operand(arg, definitionFile);
            }
        }
        if (definitionFile == null) {
            throw new UsageException("graph needs a DEFINITION file");
        }
        JsonNode definition = readJsonFile(definitionFile);
        Optional<String> notADefinition = StateGraphReader.notADefinition(definition);
        if (notADefinition.isPresent()) {
            throw new InputException(definitionFile + " is not a state machine definition: " + notADefinition.get());
        }
        if (format == null) {
            format = outFile == null ? GraphFormat.MERMAID : formatOfOutFile(outFile);
        }
        String drawn = format.render(definition);
        if (outFile == null) {
            out.print(drawn);
            return 0;
        }
        OutputFiles.write(outFile, drawn);
        return 0;
    }

    /** The raster and print formats a user may name for a picture, none of which graph writes. */
    private static final Pattern UNWRITTEN_PICTURE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|webp|bmp|tiff?|pdf)");

    /**
     * The format an {@code --out} file's extension says, Mermaid for any other name; a picture format graph cannot
     * write is refused rather than given Mermaid text no image viewer opens.
     */
    private static GraphFormat formatOfOutFile(String outFile) {
        if (UNWRITTEN_PICTURE.matcher(outFile).matches()) {
            throw new UsageException("--out " + outFile + ": graph writes .svg, .dot or .gv, and .mmd or .mermaid "
                    + "(convert the SVG for another picture format)");
        }
        return GraphFormat.ofFileName(outFile).orElse(GraphFormat.MERMAID);
    }

    private int conformance(Arguments args) {
        String dir = null;
        String reportFile = null;
        while (args.hasNext()) {
            String arg = args.next();
            if (arg.equals("--report")) {
                reportFile = args.value("--report");
            } else {
                dir = operand(arg, dir);
            }
        }
        if (dir == null || reportFile == null) {
            throw new UsageException("conformance needs a DIR and --report FILE");
        }
        Path folder = PathArgument.of(dir);
        if (!Files.isDirectory(folder)) {
            throw new InputException("no such folder: " + dir);
        }
        OutputFiles.prepare(reportFile); // before the cases are read and run, which takes a while, not after
        List<ConformanceCase> cases;
        try {
            cases = ConformanceCase.readAll(folder);
        } catch (UncheckedIOException e) { // a case that is not JSON comes as an IOException around Json's failure
            throw new InputException(e.getMessage() + ": "
                    + (e.getCause().getCause() instanceof IllegalArgumentException notJson
                            ? "not valid JSON: " + JsonSyntaxError.describe(notJson) : IoErrors.reason(e)));
        }
        if (cases.isEmpty()) { // else a mistyped folder passes: 0 of 0 cases, 100%
            throw new InputException("no conformance cases (*.json files) in " + dir);
        }
        ConformanceReport report = new ConformanceRunner(new RuntimeCaseExecutor()).run(cases, ConformanceCase::runnableLocally);
        OutputFiles.write(reportFile, Json.writePretty(report.toJson()));
        out.print(report.describe());
        return report.failures().isEmpty() ? 0 : 1;
    }

    /**
     * One line per problem, as AWS words it: {@code FILE: CODE: message at /location}; on stdout for
     * {@code validate}, whose verdicts they are, on stderr where stdout holds a result document.
     */
    private static void printProblems(PrintStream to, String file, List<DefinitionProblem> problems) {
        for (DefinitionProblem p : problems) {
            to.println(file + ": " + p);
        }
    }

    private static LogLevel logLevel(String value) {
        try {
            return LogLevel.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InputException("--log-level: " + e.getMessage());
        }
    }

    /** {@code --input} (and {@code --mock-result}) take a file name or inline JSON; an existing file wins. */
    private static JsonNode readInput(String value, String option) {
        if (isFile(value)) {
            return readJsonFile(value, AslLimits.MAX_PAYLOAD_BYTES, "an execution input");
        }
        try {
            return Json.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InputException(option + " is neither a file nor valid JSON: "
                    + JsonSyntaxError.describe(e));
        }
    }

    private static boolean isFile(String value) {
        try {
            return Files.isRegularFile(Path.of(value));
        } catch (InvalidPathException e) {
            return false; // inline JSON may hold characters no file name can
        }
    }

    private static JsonNode readJsonFile(String file) {
        return readJsonFile(file, AslLimits.MAX_DEFINITION_BYTES, "a definition");
    }

    /**
     * Reads one JSON document from a file of at most {@code maxBytes} (AWS's limit for {@code what}); no more is
     * read, so a huge file or a device like /dev/zero is refused without filling the memory.
     */
    private static JsonNode readJsonFile(String file, int maxBytes, String what) {
        byte[] bytes;
        Path path = PathArgument.of(file);
        if (Files.isDirectory(path)) {
            throw new InputException(file + " is a folder, not a JSON file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + IoErrors.reason(e));
        }
        if (bytes.length > maxBytes) {
            throw new InputException(file + " is larger than " + maxBytes + " bytes, AWS's limit for " + what);
        }
        String text;
        try {
            text = Utf8Text.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + " is not UTF-8 text: " + e.getMessage());
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + " is not valid JSON: " + JsonSyntaxError.describe(e));
        }
    }

    /** Wrong arguments: exit 2 with the usage. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** A missing file, malformed JSON or a bad option value: exit 2 with one line. */
    static final class InputException extends RuntimeException {
        InputException(String message) {
            super(message, null, false, false);
        }
    }
}
