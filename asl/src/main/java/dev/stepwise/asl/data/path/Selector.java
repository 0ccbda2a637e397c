package dev.stepwise.asl.data.path;

import com.fasterxml.jackson.databind.JsonNode;

/** Selects a value inside one JSON document; the part of a path after its root ({@code $}, {@code $$}, {@code $var}). */
interface Selector {

    /** The selected value, or {@code null} when nothing matches. */
    JsonNode select(JsonNode document);

    /** Why {@link #select} found nothing in {@code document}, as AWS words it after {@code Invalid path '...' : }. */
    String notFoundReason(JsonNode document);
}
