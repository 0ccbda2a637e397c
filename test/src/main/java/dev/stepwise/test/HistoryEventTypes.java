package dev.stepwise.test;

import dev.stepwise.runtime.history.EventTypes;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks event types named in assertions against AWS's ({@link EventTypes#ALL}): a misspelt type is never recorded,
 * and an assertion that none was could not fail.
 */
final class HistoryEventTypes {

    private HistoryEventTypes() {
    }

    /** The types among {@code types} that AWS never records. */
    static Set<String> unknown(String... types) {
        Set<String> unknown = new TreeSet<>();
        for (String type : types) {
            if (!EventTypes.ALL.contains(type)) {
                unknown.add(type);
            }
        }
        return unknown;
    }
}
