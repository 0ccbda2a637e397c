/**
 * A local Step Functions endpoint: the runtime served over the AWS JSON 1.0 protocol for the AWS SDKs and CLI.
 * Its public face is {@code StepwiseServer}; the protocol layer and the operations are internal.
 */
module dev.stepwise.server {
    requires transitive dev.stepwise.runtime;
    requires transitive jdk.httpserver;
    requires java.net.http;

    exports dev.stepwise.server;
}
