package dev.stepwise.runtime.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The task tokens one execution has handed out for an answer, by state, so that a test can wait for the next one
 * ({@code Execution.awaitTaskToken}), and how many of its tasks are waiting for an answer right now.
 */
public final class TokenLog {

    private final Map<String, List<String>> byState = new HashMap<>();
    private final Map<String, Integer> given = new HashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    synchronized void handedOut(String stateName, String token) {
        byState.computeIfAbsent(stateName, key -> new ArrayList<>()).add(token);
    }

    void waiting(int delta) {
        waiting.addAndGet(delta);
    }

    /** Whether a task of the execution waits for a send* call or a worker. */
    public boolean awaitsAnswer() {
        return waiting.get() > 0;
    }

    /** Whether {@code stateName} has handed out a token that {@link #take} has not returned yet. */
    public synchronized boolean hasNext(String stateName) {
        List<String> tokens = byState.get(stateName);
        return tokens != null && tokens.size() > given.getOrDefault(stateName, 0);
    }

    /** The oldest token of {@code stateName} not returned before, or {@code null}. */
    public synchronized String take(String stateName) {
        if (!hasNext(stateName)) {
            return null;
        }
        int index = given.getOrDefault(stateName, 0);
        given.put(stateName, index + 1);
        return byState.get(stateName).get(index);
    }
}
