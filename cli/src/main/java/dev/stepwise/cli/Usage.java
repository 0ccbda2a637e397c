package dev.stepwise.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The usage of each command: all of them after a usage error or with {@code stepwise --help}, one command's with
 * {@code stepwise COMMAND --help} (which a user tries first, and which must not be taken for a file or an unknown
 * option).
 */
final class Usage {

    /** Each command's lines; continuation lines are indented by two spaces under the command. */
    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("run", """
                stepwise run DEFINITION [--input FILE|JSON] [--history] [--log-level ALL|ERROR|FATAL|OFF] [--events]
                  [--clock virtual|system] [--type STANDARD|EXPRESS]
                  [--mock-config FILE --test-case NAME [--state-machine NAME]] [--report FILE.html]
                  (log records and status-change events go to stderr, one JSON per line)""");
        COMMANDS.put("test-state", """
                stepwise test-state DEFINITION [--state NAME] [--input FILE|JSON]
                  [--mock-result FILE|JSON | --mock-error ERROR [--mock-cause CAUSE]]
                  [--variables FILE|JSON] [--context FILE|JSON] [--retrier-retry-count N]
                  [--map-iteration-failure-count N] [--inspection-level INFO|DEBUG|TRACE]
                  (exit 0 when the state moves on: SUCCEEDED or CAUGHT_ERROR; 1 when FAILED or RETRIABLE)""");
        COMMANDS.put("validate", "stepwise validate DEFINITION...");
        COMMANDS.put("graph", """
                stepwise graph DEFINITION [--format mermaid|dot|svg] [--out FILE]
                  (without --format: the format FILE's extension says, .mmd/.mermaid, .dot/.gv or .svg; else mermaid)""");
        COMMANDS.put("conformance", "stepwise conformance DIR --report FILE");
        COMMANDS.put("serve", """
                stepwise serve [--port 8083] [--host 127.0.0.1] [--mock-config FILE] [--clock system|virtual]
                  [--lambda-endpoint URL]
                  (FILE: Step Functions Local's MockConfigFile.json, else $SFN_MOCK_CONFIG, else
                  ./MockConfigFile.json if there is one; start '<stateMachineArn>#<TestCase>' to mock)""");
    }

    private Usage() {
    }

    /** Every command's usage. */
    static String all() {
        return render(String.join("\n", COMMANDS.values()));
    }

    /** The usage of {@code command}, if it is one. */
    static Optional<String> of(String command) {
        return Optional.ofNullable(COMMANDS.get(command)).map(Usage::render);
    }

    /** Whether an argument asks for help rather than naming a file or an option. */
    static boolean asksForHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private static String render(String lines) {
        String indented = lines.lines().map(line -> "       " + line).collect(Collectors.joining("\n"));
        return "usage:" + indented.substring("usage:".length());
    }
}
