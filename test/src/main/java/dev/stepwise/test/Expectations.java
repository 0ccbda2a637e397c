package dev.stepwise.test;

/**
 * Refuses an expectation that names nothing: "entered each of these states" or "logged each of these types" of no
 * state or type holds whatever the execution did, so the assertion could not fail. AssertJ refuses an empty
 * {@code doesNotContain()} the same way, with an {@link IllegalArgumentException}.
 */
final class Expectations {

    private Expectations() {
    }

    /** Throws unless {@code values} names at least one {@code what} (a state, an event type, ...). */
    static void requireSome(String assertion, String what, String... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(assertion + "() needs at least one " + what
                    + ": over none, the assertion could not fail");
        }
    }
}
