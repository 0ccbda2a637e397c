package dev.stepwise.server.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * RedriveExecution's idempotency: "The API will return idempotent responses for the last 10 client tokens used to
 * successfully redrive the execution. These client tokens are valid for up to 15 minutes after they are first used"
 * (AWS's API model). The SDKs send a token with every call, so a retried redrive answers the redrive it repeats
 * instead of ExecutionNotRedrivable. Thread-safe.
 */
final class RedriveTokens {

    static final int REMEMBERED = 10;
    static final Duration VALIDITY = Duration.ofMinutes(15);

    private record Used(String token, Instant firstUsed, Instant redriveDate) {
    }

    private final Map<String, Deque<Used>> byExecution = new HashMap<>();

    /**
     * The redrive date a token already got for this execution, or else the date {@code redrive} gives (remembered
     * under the token when there is one).
     */
    Instant redrive(String executionArn, String token, Instant now, Supplier<Instant> redrive) {
        if (token == null) {
            return redrive.get();
        }
        synchronized (this) {
            Deque<Used> used = byExecution.computeIfAbsent(executionArn, arn -> new ArrayDeque<>());
            for (Used earlier : used) {
                if (earlier.token().equals(token) && now.isBefore(earlier.firstUsed().plus(VALIDITY))) {
                    return earlier.redriveDate();
                }
            }
        }
        Instant date = redrive.get(); // outside the lock: a redrive waits for the execution's own lock
        synchronized (this) {
            Deque<Used> used = byExecution.computeIfAbsent(executionArn, arn -> new ArrayDeque<>());
            used.addFirst(new Used(token, now, date));
            while (used.size() > REMEMBERED) {
                used.removeLast();
            }
        }
        return date;
    }
}
