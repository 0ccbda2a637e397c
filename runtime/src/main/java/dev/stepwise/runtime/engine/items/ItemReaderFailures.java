package dev.stepwise.runtime.engine.items;

import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;

/** {@code States.ItemReaderFailed}: the map run could not read its items. */
public final class ItemReaderFailures {

    private ItemReaderFailures() {
    }

    public static StatesError failed(String cause) {
        return new StatesError(StatesErrors.ITEM_READER_FAILED, cause);
    }
}
