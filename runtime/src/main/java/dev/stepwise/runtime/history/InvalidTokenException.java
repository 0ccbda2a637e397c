package dev.stepwise.runtime.history;

/** A {@code nextToken} that this history did not hand out for this query (AWS's InvalidToken error). */
public final class InvalidTokenException extends IllegalArgumentException {

    public InvalidTokenException(String message) {
        super(message);
    }
}
