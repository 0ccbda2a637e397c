/** The Stepwise test kit: a JUnit 5 extension and AssertJ assertions for workflows on the local runtime. */
module dev.stepwise.test {
    requires transitive dev.stepwise.runtime;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports dev.stepwise.test;
}
