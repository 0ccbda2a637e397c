package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidLoggingConfigurationException;
import software.amazon.awssdk.services.sfn.model.LogDestination;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;

/**
 * A state machine's LoggingConfiguration as AWS checks it on create and update: a level other than OFF needs exactly
 * one log destination (the API model: "Limited to size 1"), a log group named by an ARN that ends with {@code :*}
 * ("The ARN must end with :*").
 */
class LoggingConfigurationTest {

    private static final String GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/orders";

    private static StepwiseServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0).start();
        sfn = SdkClients.sfn(server.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    private static LoggingConfiguration logging(LogLevel level, String... groupArns) {
        List<LogDestination> destinations = Arrays.stream(groupArns)
                .map(arn -> LogDestination.builder().cloudWatchLogsLogGroup(g -> g.logGroupArn(arn)).build())
                .toList();
        return LoggingConfiguration.builder().level(level).includeExecutionData(true).destinations(destinations)
                .build();
    }

    private static void create(String name, LoggingConfiguration logging) {
        sfn.createStateMachine(b -> b.name(name).definition(SdkClients.pass("1")).roleArn(SdkClients.ROLE)
                .loggingConfiguration(logging));
    }

    private static void assertRefused(Consumer<String> request, String message) {
        assertThatThrownBy(() -> request.accept("refused"))
                .isInstanceOf(InvalidLoggingConfigurationException.class)
                .hasMessageStartingWith("Invalid Logging Configuration: " + message);
    }

    @Test
    void aLogGroupArnWithTheStarQualifierIsTaken() {
        create("logged", logging(LogLevel.ALL, GROUP + ":*"));
        LoggingConfiguration described = sfn.describeStateMachine(b -> b.stateMachineArn(
                "arn:aws:states:us-east-1:123456789012:stateMachine:logged")).loggingConfiguration();
        assertThat(described.level()).isEqualTo(LogLevel.ALL);
        assertThat(described.destinations()).hasSize(1);
        assertThat(described.destinations().get(0).cloudWatchLogsLogGroup().logGroupArn()).isEqualTo(GROUP + ":*");
    }

    /** The message Terraform users met on AWS (hashicorp/terraform-provider-aws#17683). */
    @Test
    void aLogGroupArnWithoutTheStarQualifierIsRefusedOnCreateAndUpdate() {
        assertRefused(name -> create(name, logging(LogLevel.ERROR, GROUP)),
                "Log Group ARN must be provided with '*' qualifier.");
        create("to-update", logging(LogLevel.OFF));
        assertRefused(name -> sfn.updateStateMachine(b -> b.stateMachineArn(
                "arn:aws:states:us-east-1:123456789012:stateMachine:to-update")
                .loggingConfiguration(logging(LogLevel.FATAL, GROUP))),
                "Log Group ARN must be provided with '*' qualifier.");
    }

    @Test
    void aLoggingLevelTakesExactlyOneDestination() {
        assertRefused(name -> create(name, logging(LogLevel.ALL)), "Must specify exactly one Log Destination.");
        assertRefused(name -> create(name, logging(LogLevel.ALL, GROUP + ":*", GROUP + "-audit:*")),
                "Must specify exactly one Log Destination.");
    }
}
