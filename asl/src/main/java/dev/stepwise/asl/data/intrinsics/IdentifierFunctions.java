package dev.stepwise.asl.data.intrinsics;

import dev.stepwise.asl.data.Json;
import java.util.List;
import java.util.UUID;

/** States.UUID: a random version 4 UUID. */
final class IdentifierFunctions {

    private IdentifierFunctions() {
    }

    static List<FunctionDefinition> definitions() {
        return List.of(FunctionDefinition.of(Signature.of("States.UUID"),
                args -> Json.NODES.textNode(UUID.randomUUID().toString())));
    }
}
