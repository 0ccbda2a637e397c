package dev.stepwise.runtime.mock;

/**
 * One mistake in a mock configuration file.
 *
 * @param location the RFC 6901 JSON pointer of the offending value ({@code ""} for the whole document)
 * @param message  what is wrong there
 */
public record MockConfigProblem(String location, String message) {

    @Override
    public String toString() {
        return message + " (at " + (location.isEmpty() ? "the document" : location) + ")";
    }
}
