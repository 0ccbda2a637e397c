/**
 * The local Step Functions engine. Its public face is these exported packages: {@code LocalRuntime}, {@code
 * Execution} and the state machine types; activities; clocks; task handlers; history; status events; CloudWatch-style
 * logging; executions and Map Runs as the API describes them; versions and aliases; Step Functions Local mock files. The
 * compiled plan ({@code dev.stepwise.runtime.definition}) and the interpreter ({@code dev.stepwise.runtime.engine}) are not
 * exported: they change without notice.
 */
module dev.stepwise.runtime {
    requires transitive dev.stepwise.annotations;
    requires transitive dev.stepwise.asl;
    requires org.slf4j;

    exports dev.stepwise.runtime;
    exports dev.stepwise.runtime.activities;
    exports dev.stepwise.runtime.clock;
    exports dev.stepwise.runtime.events;
    exports dev.stepwise.runtime.executions;
    exports dev.stepwise.runtime.history;
    exports dev.stepwise.runtime.logging;
    exports dev.stepwise.runtime.mapruns;
    exports dev.stepwise.runtime.mock;
    exports dev.stepwise.runtime.report;
    exports dev.stepwise.runtime.task;
    exports dev.stepwise.runtime.versions;
}
