package dev.stepwise.runtime.mock;

import java.util.List;
import java.util.stream.Collectors;

/** A mock configuration file that cannot be used; lists every mistake found, each with its JSON location. */
public final class MockConfigException extends IllegalArgumentException {

    private final List<MockConfigProblem> problems;

    public MockConfigException(String source, List<MockConfigProblem> problems) {
        super(describe(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<MockConfigProblem> problems() {
        return problems;
    }

    private static String describe(String source, List<MockConfigProblem> problems) {
        return "Invalid mock configuration " + source + " (" + problems.size()
                + (problems.size() == 1 ? " mistake" : " mistakes") + "):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
