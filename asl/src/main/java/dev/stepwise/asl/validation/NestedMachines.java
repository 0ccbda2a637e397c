package dev.stepwise.asl.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** Validates the state machines nested in a Parallel branch or a Map item processor. */
interface NestedMachines {

    /** Where a nested machine sits decides which fields it may have besides StartAt and States. */
    enum Kind { BRANCH, ITEM_PROCESSOR }

    /** A nested machine's states take the top-level machine's language unless they set their own. */
    void validate(JsonNode machine, JsonPointer at, Kind kind);
}
