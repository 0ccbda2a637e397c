package dev.stepwise.runtime.definition.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.definition.JsonPointer;

/** Validates the state machines nested in a Parallel branch or a Map item processor. */
interface NestedMachines {

    /** Where a nested machine sits decides which fields it may have besides StartAt and States. */
    enum Kind { BRANCH, ITEM_PROCESSOR }

    void validate(JsonNode machine, JsonPointer at, QueryLanguage inherited, Kind kind);
}
