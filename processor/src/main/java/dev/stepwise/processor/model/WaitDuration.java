package dev.stepwise.processor.model;

/**
 * The one field that says how long a Wait state waits. {@code SECONDS_PATH} and {@code TIMESTAMP_PATH} are the
 * dynamic forms: a path in a JSONPath state, a {@code {% expression %}} (written as Seconds or Timestamp) in a
 * JSONata state.
 */
public record WaitDuration(Field field, String value) {

    /** The ASL field name (of a JSONPath state, for the dynamic forms). */
    public enum Field {
        SECONDS("Seconds"), TIMESTAMP("Timestamp"), SECONDS_PATH("SecondsPath"), TIMESTAMP_PATH("TimestampPath");

        private final String asl;

        Field(String asl) {
            this.asl = asl;
        }

        public String asl() {
            return asl;
        }
    }
}
