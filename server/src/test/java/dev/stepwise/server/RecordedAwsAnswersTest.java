package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.*;

/**
 * Answers of the API that AWS was recorded giving (LocalStack's AWS-validated snapshots of test_sfn_api_versioning,
 * test_sfn_api_aliasing and test_sfn_api_express) or that AWS's API model documents, through the AWS SDK for Java v2.
 */
class RecordedAwsAnswersTest {

    private static final String ROLE = SdkClients.ROLE;
    private static final String WAIT = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,"
            + "\"End\":true}}}";

    private static final AtomicInteger FAILS_ONCE_CALLS = new AtomicInteger();

    private static StepwiseServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0).runtime(LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("FailsOnce", (input, ctx) -> {
                    if (FAILS_ONCE_CALLS.getAndIncrement() == 0) {
                        throw new IllegalStateException("first call fails");
                    }
                    return Json.NODES.objectNode().put("ok", true);
                })).start();
        sfn = SdkClients.sfn(server.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    private static String pass(String result) {
        return SdkClients.pass(result);
    }

    private static String create(String name, String definition) {
        return SdkClients.create(sfn, name, definition);
    }

    @Test
    void aStateMachineHasNoRevisionIdUntilAnUpdateChangesSomething() {
        CreateStateMachineResponse created = sfn.createStateMachine(b -> b.name("revisions").definition(pass("1"))
                .roleArn(ROLE).publish(true));
        String machine = created.stateMachineArn();
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(machine)).revisionId()).isNull();
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineVersionArn())).revisionId())
                .isNull();
        // PublishStateMachineVersion names the first revision INITIAL; it is published already, as version 1
        assertThat(sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine).revisionId("INITIAL"))
                .stateMachineVersionArn()).isEqualTo(machine + ":1");

        // an update to the same definition makes no revision: no id, and publishing it is the version it has
        UpdateStateMachineResponse unchanged = sfn.updateStateMachine(b -> b.stateMachineArn(machine)
                .definition(pass("1")).publish(true));
        assertThat(unchanged.revisionId()).isNull();
        assertThat(unchanged.stateMachineVersionArn()).isEqualTo(machine + ":1");

        UpdateStateMachineResponse changed = sfn.updateStateMachine(b -> b.stateMachineArn(machine)
                .definition(pass("2")));
        assertThat(changed.revisionId()).isNotNull();
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(machine)).revisionId())
                .isEqualTo(changed.revisionId());
        assertThat(sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("2"))).revisionId())
                .isEqualTo(changed.revisionId());
        assertThatThrownBy(() -> sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)
                .revisionId("INITIAL"))).isInstanceOf(ConflictException.class);
        String second = sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)
                .revisionId(changed.revisionId())).stateMachineVersionArn();
        assertThat(second).isEqualTo(machine + ":2");
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(second)).revisionId())
                .isEqualTo(changed.revisionId());
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        assertThat(sfn.describeStateMachineForExecution(b -> b.executionArn(execution)).revisionId())
                .isEqualTo(changed.revisionId());
    }

    @Test
    void aVersionDescriptionWithoutPublishIsRefused() {
        assertThatThrownBy(() -> sfn.createStateMachine(b -> b.name("described").definition(pass("1")).roleArn(ROLE)
                .versionDescription("first"))).isInstanceOf(SfnException.class)
                .hasMessageContaining("Version description can only be set when publish is true")
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
        assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn(
                "arn:aws:states:us-east-1:123456789012:stateMachine:described")))
                .isInstanceOf(StateMachineDoesNotExistException.class);

        String machine = create("described", pass("1"));
        assertThatThrownBy(() -> sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("2"))
                .versionDescription("second"))).isInstanceOf(SfnException.class)
                .hasMessageContaining("Version description can only be set when publish is true");
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(machine)).definition()).isEqualTo(pass("1"));
    }

    @Test
    void aVersionArnNamesNoStateMachineToUpdate() {
        String version = sfn.createStateMachine(b -> b.name("versioned").definition(pass("1")).roleArn(ROLE)
                .publish(true)).stateMachineVersionArn();
        assertThatThrownBy(() -> sfn.updateStateMachine(b -> b.stateMachineArn(version).definition(pass("2"))))
                .isInstanceOf(StateMachineDoesNotExistException.class)
                .hasMessageContaining("State Machine Does Not Exist: '" + version + "'");
    }

    @Test
    void anExpressExecutionArnIsNotValidWhereOnlyStandardExecutionsAre() {
        String machine = sfn.createStateMachine(b -> b.name("express-async").definition(WAIT).roleArn(ROLE)
                .type(StateMachineType.EXPRESS)).stateMachineArn();
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        assertThat(execution).contains(":express:express-async:");
        String invalid = "Invalid Arn: 'Resource type not valid in this context: express'";
        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn(execution)))
                .isInstanceOf(InvalidArnException.class).hasMessageContaining(invalid);
        assertThatThrownBy(() -> sfn.stopExecution(b -> b.executionArn(execution)))
                .isInstanceOf(InvalidArnException.class).hasMessageContaining(invalid);
        assertThatThrownBy(() -> sfn.getExecutionHistory(b -> b.executionArn(execution)))
                .isInstanceOf(InvalidArnException.class).hasMessageContaining(invalid);
        assertThatThrownBy(() -> sfn.listExecutions(b -> b.stateMachineArn(machine)))
                .isInstanceOf(StateMachineTypeNotSupportedException.class)
                .hasMessageContaining("This operation is not supported by this type of state machine");
    }

    @Test
    void deletingAnAliasThatIsGoneSucceeds() {
        String version = sfn.createStateMachine(b -> b.name("aliased").definition(pass("1")).roleArn(ROLE)
                .publish(true)).stateMachineVersionArn();
        String alias = sfn.createStateMachineAlias(b -> b.name("live").routingConfiguration(
                RoutingConfigurationListItem.builder().stateMachineVersionArn(version).weight(100).build()))
                .stateMachineAliasArn();
        sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(alias));
        sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(alias));
        // test_update_no_such_alias_arn
        assertThatThrownBy(() -> sfn.updateStateMachineAlias(b -> b.stateMachineAliasArn(alias).description("x")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Request references a resource that does not exist.");
    }

    @Test
    void aRouteToAStateMachineRatherThanAVersionIsAValidationError() {
        String machine = sfn.createStateMachine(b -> b.name("routed-wrong").definition(pass("1")).roleArn(ROLE)
                .publish(true)).stateMachineArn();
        assertThatThrownBy(() -> sfn.createStateMachineAlias(b -> b.name("live").routingConfiguration(
                RoutingConfigurationListItem.builder().stateMachineVersionArn(machine).weight(100).build())))
                .isInstanceOf(SfnException.class)
                .hasMessageContaining("Routing configuration must contain state machine version ARNs. Received: ["
                        + machine + "]")
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
    }

    @Test
    void describeStateMachineWithMetadataOnlyLeavesTheDefinitionOut() {
        String machine = create("metadata", pass("1"));
        DescribeStateMachineResponse described = sfn.describeStateMachine(b -> b.stateMachineArn(machine)
                .includedData(IncludedData.METADATA_ONLY));
        assertThat(described.definition()).isEqualTo("{}");
        assertThat(described.name()).isEqualTo("metadata");
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(machine)).definition()).isEqualTo(pass("1"));
    }

    @Test
    void pendingRedriveListsMapRunChildrenNotTheExecutionsOfAStateMachine() {
        String machine = create("pending", pass("1"));
        assertThatThrownBy(() -> sfn.listExecutions(b -> b.stateMachineArn(machine)
                .statusFilter(ExecutionStatus.PENDING_REDRIVE))).isInstanceOf(SfnException.class)
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
    }

    @Test
    void textThatIsNotAnArnHasAnInvalidPrefix() {
        String invalid = "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'";
        assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn("not_a_valid_arn")))
                .isInstanceOf(InvalidArnException.class).hasMessageContaining(invalid);
        assertThatThrownBy(() -> sfn.listExecutions(b -> b.stateMachineArn("not_a_valid_arn")))
                .isInstanceOf(InvalidArnException.class).hasMessageContaining(invalid);
        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn("not_a_valid_arn")))
                .isInstanceOf(InvalidArnException.class).hasMessageContaining(invalid);
        assertThatThrownBy(() -> sfn.getExecutionHistory(b -> b.executionArn("not_a_valid_arn")))
                .isInstanceOf(InvalidArnException.class).hasMessageContaining(invalid);
    }

    @Test
    void aMemberOutsideItsModelPatternIsAValidationError() {
        String version = sfn.createStateMachine(b -> b.name("patterns").definition(pass("1")).roleArn(ROLE)
                .publish(true)).stateMachineVersionArn();
        RoutingConfigurationListItem route = RoutingConfigurationListItem.builder().stateMachineVersionArn(version)
                .weight(100).build();
        for (String name : new String[] {"123", "INVALID ALIAS", "ALIAS@"}) {
            assertThatThrownBy(() -> sfn.createStateMachineAlias(b -> b.name(name).routingConfiguration(route)))
                    .isInstanceOf(SfnException.class)
                    .hasMessageContaining("Value '" + name + "' at 'name' failed to satisfy constraint: Member must "
                            + "satisfy regular expression pattern: ^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$")
                    .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode())
                            .isEqualTo("ValidationException"));
        }
        String machine = version.substring(0, version.lastIndexOf(':'));
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine).traceHeader("Root=\u00e9")))
                .isInstanceOf(SfnException.class).hasMessageContaining("at 'traceHeader' failed to satisfy");
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(execution).clientToken("two words")))
                .isInstanceOf(SfnException.class).hasMessageContaining("at 'clientToken' failed to satisfy");
    }

    @Test
    void aRetriedRedriveAnswersTheRedriveItRepeats() {
        String machine = create("redriven", "{\"StartAt\":\"FailsOnce\",\"States\":{\"FailsOnce\":{\"Type\":"
                + "\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":"
                + "\"f\"},\"End\":true}}}");
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        assertThat(sfn.describeExecution(b -> b.executionArn(execution)).status()).isEqualTo(ExecutionStatus.FAILED);

        Instant redriven = sfn.redriveExecution(b -> b.executionArn(execution).clientToken("retry-1")).redriveDate();
        assertThat(sfn.describeExecution(b -> b.executionArn(execution)).status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(sfn.redriveExecution(b -> b.executionArn(execution).clientToken("retry-1")).redriveDate())
                .isEqualTo(redriven);
        // AWS's reason has no full stop (test_sfn_api's test_describe_execution)
        assertThat(sfn.describeExecution(b -> b.executionArn(execution)).redriveStatusReason())
                .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
        assertThat(sfn.describeExecution(b -> b.executionArn(execution)).redriveCount()).isEqualTo(1);
        assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(execution).clientToken("retry-2")))
                .isInstanceOf(ExecutionNotRedrivableException.class);
    }
}
