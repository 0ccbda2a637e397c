package dev.stepwise.processor.model;

/** The one field that says how long a Wait state waits. */
public record WaitDuration(Field field, String value) {

    /** The ASL field name. */
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
