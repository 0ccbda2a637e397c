package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.*;

/** Every served operation through the AWS SDK for Java v2, against an endpoint on a free port (virtual clock). */
class SdkEndpointTest {

    private static final String ROLE = SdkClients.ROLE;
    private static final String CHARGE = "arn:aws:lambda:us-east-1:123456789012:function:charge";
    /** Fails on its first call and succeeds afterwards: a redrive's second chance. */
    private static final AtomicInteger FLAKY_CALLS = new AtomicInteger();

    private static StepwiseServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0)
                .runtime(LocalRuntime.builder().clock(Clocks.virtual()).seed(7)
                        .handler(CHARGE, (input, ctx) -> Json.NODES.objectNode().put("charged",
                                input.path("amount").asInt() * 2))
                        .stateHandler("Flaky", (input, ctx) -> {
                            if (FLAKY_CALLS.getAndIncrement() == 0) {
                                throw new IllegalStateException("first call fails");
                            }
                            return Json.NODES.objectNode().put("ok", true);
                        }))
                .start();
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
    void createDescribeUpdateListAndDeleteAStateMachine() {
        CreateStateMachineResponse created = sfn.createStateMachine(b -> b.name("lifecycle").definition(pass("1"))
                .roleArn(ROLE).type(StateMachineType.STANDARD)
                .tags(Tag.builder().key("team").value("payments").build()));
        assertThat(created.stateMachineArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:lifecycle");
        assertThat(created.creationDate()).isNotNull();

        DescribeStateMachineResponse described = sfn.describeStateMachine(b -> b.stateMachineArn(
                created.stateMachineArn()));
        assertThat(described.name()).isEqualTo("lifecycle");
        assertThat(described.definition()).isEqualTo(pass("1"));
        assertThat(described.roleArn()).isEqualTo(ROLE);
        assertThat(described.type()).isEqualTo(StateMachineType.STANDARD);
        assertThat(described.status()).isEqualTo(StateMachineStatus.ACTIVE);
        assertThat(described.loggingConfiguration().level()).isEqualTo(LogLevel.OFF);
        assertThat(described.creationDate()).isEqualTo(created.creationDate());

        // the same request again is idempotent, even with another role or other tags, which AWS then ignores;
        // another definition under the name is refused
        assertThat(create("lifecycle", pass("1"))).isEqualTo(created.stateMachineArn());
        assertThat(sfn.createStateMachine(b -> b.name("lifecycle").definition(pass("1"))
                .roleArn(ROLE + "-other").tags(Tag.builder().key("team").value("other").build(),
                        Tag.builder().key("extra").value("x").build())).stateMachineArn())
                .isEqualTo(created.stateMachineArn());
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn())).roleArn())
                .isEqualTo(ROLE);
        assertThat(sfn.listTagsForResource(b -> b.resourceArn(created.stateMachineArn())).tags())
                .extracting(Tag::key, Tag::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("team", "payments"));
        assertThatThrownBy(() -> create("lifecycle", pass("2"))).isInstanceOf(StateMachineAlreadyExistsException.class)
                .hasMessageContaining("State Machine Already Exists");

        UpdateStateMachineResponse updated = sfn.updateStateMachine(b -> b.stateMachineArn(created.stateMachineArn())
                .definition(pass("2")));
        assertThat(updated.revisionId()).isNotEqualTo(described.revisionId());
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn())).definition())
                .isEqualTo(pass("2"));
        assertThatThrownBy(() -> sfn.updateStateMachine(b -> b.stateMachineArn(created.stateMachineArn())))
                .isInstanceOf(MissingRequiredParameterException.class);

        assertThat(sfn.listStateMachines(b -> b.maxResults(1000)).stateMachines())
                .anySatisfy(item -> {
                    assertThat(item.name()).isEqualTo("lifecycle");
                    assertThat(item.type()).isEqualTo(StateMachineType.STANDARD);
                });

        sfn.deleteStateMachine(b -> b.stateMachineArn(created.stateMachineArn()));
        assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn(created.stateMachineArn())))
                .isInstanceOf(StateMachineDoesNotExistException.class);
    }

    @Test
    void listsStateMachinesPageByPage() {
        for (int i = 0; i < 5; i++) {
            create("paged-" + i, pass(String.valueOf(i)));
        }
        List<String> names = sfn.listStateMachinesPaginator(b -> b.maxResults(2)).stateMachines().stream()
                .map(StateMachineListItem::name).filter(n -> n.startsWith("paged-")).toList();
        assertThat(names).containsExactly("paged-0", "paged-1", "paged-2", "paged-3", "paged-4");
        assertThatThrownBy(() -> sfn.listStateMachines(b -> b.nextToken("not-a-token")))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void pagesOnFromTheLastItemServedWhileTheListingChanges() {
        String machine = create("listed-runs", pass("1"));
        for (int i = 0; i < 4; i++) {
            int n = i;
            sfn.startExecution(b -> b.stateMachineArn(machine).name("run-" + n));
        }
        ListExecutionsResponse first = sfn.listExecutions(b -> b.stateMachineArn(machine).maxResults(2));
        assertThat(first.executions()).extracting(ExecutionListItem::name).containsExactly("run-3", "run-2");
        // a newer execution goes to the front of the listing: the next page neither repeats run-2 nor skips run-1
        sfn.startExecution(b -> b.stateMachineArn(machine).name("run-4"));
        assertThat(sfn.listExecutions(b -> b.stateMachineArn(machine).maxResults(2).nextToken(first.nextToken()))
                .executions()).extracting(ExecutionListItem::name).containsExactly("run-1", "run-0");

        for (int i = 0; i < 4; i++) {
            create("shrinking-" + i, pass(String.valueOf(i)));
        }
        List<StateMachineListItem> before = sfn.listStateMachines(b -> b.maxResults(1000)).stateMachines();
        int at = before.stream().map(StateMachineListItem::name).toList().indexOf("shrinking-1");
        ListStateMachinesResponse upToOne = sfn.listStateMachines(b -> b.maxResults(at + 1));
        assertThat(upToOne.stateMachines().get(at).name()).isEqualTo("shrinking-1");
        // a machine served before is deleted: the next page still starts with shrinking-2
        sfn.deleteStateMachine(b -> b.stateMachineArn(before.get(0).stateMachineArn()));
        assertThat(sfn.listStateMachines(b -> b.maxResults(1).nextToken(upToOne.nextToken())).stateMachines())
                .extracting(StateMachineListItem::name).containsExactly("shrinking-2");
    }

    @Test
    void refusesInvalidDefinitionsWithEveryProblem() {
        String bad = "{\"StartAt\":\"Missing\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"Nowhere\"}}}";
        assertThatThrownBy(() -> create("bad", bad)).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("Invalid State Machine Definition")
                .hasMessageContaining("MISSING_TRANSITION_TARGET");
        assertThatThrownBy(() -> create("not-json", "{")).isInstanceOf(InvalidDefinitionException.class);
        assertThatThrownBy(() -> create("bad name", pass("1"))).isInstanceOf(InvalidNameException.class);
        assertThatThrownBy(() -> sfn.createStateMachine(b -> b.name("x").definition(pass("1")).roleArn("role")))
                .isInstanceOf(InvalidArnException.class);
    }

    @Test
    void validatesDefinitions() {
        ValidateStateMachineDefinitionResponse ok = sfn.validateStateMachineDefinition(b -> b.definition(pass("1")));
        assertThat(ok.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
        assertThat(ok.diagnostics()).isEmpty();

        ValidateStateMachineDefinitionResponse failed = sfn.validateStateMachineDefinition(b -> b.definition(
                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}"));
        assertThat(failed.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
        assertThat(failed.diagnostics()).anySatisfy(d -> {
            assertThat(d.severity()).isEqualTo(ValidateStateMachineDefinitionSeverity.ERROR);
            assertThat(d.code()).isEqualTo("MISSING_TRANSITION_TARGET");
            assertThat(d.location()).isEqualTo("/States/A/Next");
        });
    }

    @Test
    void startsDescribesAndListsExecutionsWithTheirHistory() {
        String machine = create("charge", "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
                + "\"Resource\":\"" + CHARGE + "\",\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"]}],\"End\":true}}}");
        StartExecutionResponse started = sfn.startExecution(b -> b.stateMachineArn(machine).name("order-1")
                .input("{\"amount\": 21}"));
        assertThat(started.executionArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:charge:order-1");

        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(started.executionArn()));
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(described.output())).isEqualTo(Json.parse("{\"charged\": 42}"));
        assertThat(Json.parse(described.input())).isEqualTo(Json.parse("{\"amount\": 21}"));
        assertThat(described.startDate()).isEqualTo(started.startDate()).isEqualTo(Instant.parse(
                "2024-01-01T00:00:00Z"));
        assertThat(described.stopDate()).isNotNull();
        assertThat(described.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);

        assertThat(sfn.describeExecution(b -> b.executionArn(started.executionArn())
                .includedData(IncludedData.METADATA_ONLY)).output()).isNull();

        // the same name and input again while... finished: refused, as on AWS
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine).name("order-1")))
                .isInstanceOf(ExecutionAlreadyExistsException.class);
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine).input("{not json")))
                .isInstanceOf(InvalidExecutionInputException.class);
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine + "-missing")))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        sfn.startExecution(b -> b.stateMachineArn(machine).name("order-2").input("{\"amount\": 1}"));

        ListExecutionsResponse listed = sfn.listExecutions(b -> b.stateMachineArn(machine));
        assertThat(listed.executions()).extracting(ExecutionListItem::name).containsExactly("order-2", "order-1");
        assertThat(sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.FAILED))
                .executions()).isEmpty();

        GetExecutionHistoryResponse history = sfn.getExecutionHistory(b -> b.executionArn(started.executionArn()));
        assertThat(history.events()).extracting(HistoryEvent::typeAsString).containsExactly("ExecutionStarted",
                "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
                "TaskStateExited", "ExecutionSucceeded");
        assertThat(history.events().get(0).executionStartedEventDetails().input()).isEqualTo("{\"amount\":21}");
        // the machine's role, as on AWS, not one of the endpoint's own
        assertThat(history.events().get(0).executionStartedEventDetails().roleArn()).isEqualTo(ROLE);
        assertThat(history.events().get(2).lambdaFunctionScheduledEventDetails().resource()).isEqualTo(CHARGE);
        assertThat(history.events().get(0).timestamp()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));

        GetExecutionHistoryResponse newest = sfn.getExecutionHistory(b -> b.executionArn(started.executionArn())
                .reverseOrder(true).maxResults(2).includeExecutionData(false));
        assertThat(newest.events()).extracting(HistoryEvent::typeAsString).containsExactly("ExecutionSucceeded",
                "TaskStateExited");
        assertThat(newest.events().get(0).executionSucceededEventDetails().output()).isNull();
        assertThat(newest.nextToken()).isNotNull();
        List<String> all = sfn.getExecutionHistoryPaginator(b -> b.executionArn(started.executionArn()).maxResults(3))
                .events().stream().map(HistoryEvent::typeAsString).toList();
        assertThat(all).hasSize(7).startsWith("ExecutionStarted").endsWith("ExecutionSucceeded");

        DescribeStateMachineForExecutionResponse forExecution = sfn.describeStateMachineForExecution(b ->
                b.executionArn(started.executionArn()));
        assertThat(forExecution.stateMachineArn()).isEqualTo(machine);
        assertThat(forExecution.definition()).contains(CHARGE);

        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn(started.executionArn() + "-nope")))
                .isInstanceOf(ExecutionDoesNotExistException.class)
                .hasMessageContaining("Execution Does Not Exist");
        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn("not an arn")))
                .isInstanceOf(InvalidArnException.class);
    }

    @Test
    void runsExecutionsAsTheRoleOfTheirMachine() {
        String machine = create("whoami", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
                + "\"Parameters\":{\"role.$\":\"$$.Execution.RoleArn\"},\"End\":true}}}");
        String first = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        assertThat(sfn.describeExecution(b -> b.executionArn(first)).output()).isEqualTo("{\"role\":\"" + ROLE + "\"}");

        String other = ROLE + "-updated";
        sfn.updateStateMachine(b -> b.stateMachineArn(machine).roleArn(other));
        String second = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        assertThat(sfn.getExecutionHistory(b -> b.executionArn(second)).events().get(0)
                .executionStartedEventDetails().roleArn()).isEqualTo(other);
    }

    @Test
    void stopsAWaitingExecution() {
        // on the virtual clock a Wait ends inside StartExecution: a long one is stopped under the system clock
        try (StepwiseServer system = StepwiseServer.start(0); SfnClient client = SdkClients.sfn(system.uri())) {
            String machine = client.createStateMachine(b -> b.name("waits").roleArn(ROLE).definition(
                    "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}"))
                    .stateMachineArn();
            String execution = client.startExecution(b -> b.stateMachineArn(machine)).executionArn();
            assertThat(client.describeExecution(b -> b.executionArn(execution)).status())
                    .isEqualTo(ExecutionStatus.RUNNING);
            GetExecutionHistoryResponse newest;
            do { // the newest event is the Wait's once the execution is asleep in it
                newest = client.getExecutionHistory(b -> b.executionArn(execution).reverseOrder(true).maxResults(1));
            } while (newest.events().get(0).type() != HistoryEventType.WAIT_STATE_ENTERED);
            String olderPage = newest.nextToken();
            StopExecutionResponse stopped = client.stopExecution(b -> b.executionArn(execution).error("Manual")
                    .cause("stopped by the test"));
            // the events the stop added are newer than the page asked for: it is still the one before the Wait's
            assertThat(client.getExecutionHistory(b -> b.executionArn(execution).reverseOrder(true).maxResults(1)
                    .nextToken(olderPage)).events()).extracting(HistoryEvent::type)
                    .containsExactly(HistoryEventType.EXECUTION_STARTED);
            DescribeExecutionResponse described = client.describeExecution(b -> b.executionArn(execution));
            assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
            assertThat(described.error()).isEqualTo("Manual");
            assertThat(described.stopDate()).isEqualTo(stopped.stopDate());
        }
    }

    @Test
    void redrivesAFailedExecution() {
        String machine = create("flaky", "{\"StartAt\":\"Flaky\",\"States\":{\"Flaky\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\"},"
                + "\"End\":true}}}");
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        DescribeExecutionResponse failed = sfn.describeExecution(b -> b.executionArn(execution));
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("IllegalStateException");
        assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);

        RedriveExecutionResponse redriven = sfn.redriveExecution(b -> b.executionArn(execution));
        assertThat(redriven.redriveDate()).isNotNull();
        DescribeExecutionResponse succeeded = sfn.describeExecution(b -> b.executionArn(execution));
        assertThat(succeeded.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(succeeded.redriveCount()).isEqualTo(1);
        assertThat(sfn.getExecutionHistory(b -> b.executionArn(execution)).events())
                .extracting(HistoryEvent::typeAsString).contains("ExecutionRedriven");
        assertThat(sfn.listExecutions(b -> b.stateMachineArn(machine).redriveFilter(ExecutionRedriveFilter.REDRIVEN))
                .executions()).hasSize(1);
        assertThatThrownBy(() -> sfn.redriveExecution(b -> b.executionArn(execution)))
                .isInstanceOf(ExecutionNotRedrivableException.class);
    }

    @Test
    void publishesVersionsAndRoutesAnAliasBetweenThem() {
        String machine = create("routed", pass("{\"v\": 1}"));
        String v1 = sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine).description("first"))
                .stateMachineVersionArn();
        String v2 = sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("{\"v\": 2}"))
                .publish(true).versionDescription("second")).stateMachineVersionArn();
        assertThat(v1).isEqualTo(machine + ":1");
        assertThat(v2).isEqualTo(machine + ":2");
        assertThat(sfn.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
                .extracting(StateMachineVersionListItem::stateMachineVersionArn).containsExactly(v2, v1);
        DescribeStateMachineResponse version1 = sfn.describeStateMachine(b -> b.stateMachineArn(v1));
        assertThat(version1.definition()).isEqualTo(pass("{\"v\": 1}"));
        assertThat(version1.description()).isEqualTo("first");

        String alias = sfn.createStateMachineAlias(b -> b.name("live").description("canary")
                .routingConfiguration(route(v1, 70), route(v2, 30))).stateMachineAliasArn();
        assertThat(alias).isEqualTo(machine + ":live");
        DescribeStateMachineAliasResponse described = sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias));
        assertThat(described.name()).isEqualTo("live");
        assertThat(described.routingConfiguration()).extracting(RoutingConfigurationListItem::weight)
                .containsExactly(70, 30);

        Set<String> versionsRun = new java.util.HashSet<>();
        Set<JsonNode> outputs = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            String execution = sfn.startExecution(b -> b.stateMachineArn(alias)).executionArn();
            DescribeExecutionResponse run = sfn.describeExecution(b -> b.executionArn(execution));
            assertThat(run.stateMachineAliasArn()).isEqualTo(alias);
            versionsRun.add(run.stateMachineVersionArn());
            outputs.add(Json.parse(run.output()));
        }
        assertThat(versionsRun).containsExactlyInAnyOrder(v1, v2);
        assertThat(outputs).containsExactlyInAnyOrder(Json.parse("{\"v\":1}"), Json.parse("{\"v\":2}"));
        assertThat(sfn.listExecutions(b -> b.stateMachineArn(alias)).executions()).hasSize(40);

        sfn.updateStateMachineAlias(b -> b.stateMachineAliasArn(alias).routingConfiguration(route(v2, 100)));
        for (int i = 0; i < 5; i++) {
            String execution = sfn.startExecution(b -> b.stateMachineArn(alias)).executionArn();
            assertThat(sfn.describeExecution(b -> b.executionArn(execution)).stateMachineVersionArn()).isEqualTo(v2);
        }
        String direct = sfn.startExecution(b -> b.stateMachineArn(v1)).executionArn();
        assertThat(sfn.describeExecution(b -> b.executionArn(direct)).output()).isEqualTo("{\"v\":1}");

        assertThat(sfn.listStateMachineAliases(b -> b.stateMachineArn(machine)).stateMachineAliases())
                .extracting(StateMachineAliasListItem::stateMachineAliasArn).containsExactly(alias);
        assertThatThrownBy(() -> sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v2)))
                .isInstanceOf(ConflictException.class);
        sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(alias));
        assertThatThrownBy(() -> sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias)))
                .isInstanceOf(ResourceNotFoundException.class);
        sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v2));
        // StartExecution and DescribeStateMachine have no ResourceNotFound among their errors in AWS's API model:
        // a version or alias that is not there is a state machine that does not exist
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(alias)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(v2)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn(v2)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThat(sfn.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
                .extracting(StateMachineVersionListItem::stateMachineVersionArn).containsExactly(v1);
        // numbers are not given out again
        String v3 = sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("3")).publish(true))
                .stateMachineVersionArn();
        assertThat(v3).isEqualTo(machine + ":3");
    }

    @Test
    void refusesVersionsAndAliasesBeyondAwsQuotas() {
        // AWS's PublishStateMachineVersion and CreateStateMachineAlias references: up to 1000 versions and 100
        // aliases per state machine; both list ServiceQuotaExceededException
        String machine = create("quotas", pass("0"));
        String first = sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)).stateMachineVersionArn();
        for (int i = 1; i < 1000; i++) {
            String result = pass(Integer.toString(i));
            sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(result).publish(true));
        }
        // the current revision is published: publishing it again is idempotent, not a new version
        assertThat(sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)).stateMachineVersionArn())
                .isEqualTo(machine + ":1000");
        sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("1000")));
        assertThatThrownBy(() -> sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)))
                .isInstanceOf(ServiceQuotaExceededException.class);

        for (int i = 0; i < 100; i++) {
            String name = "a" + i;
            sfn.createStateMachineAlias(b -> b.name(name).routingConfiguration(route(first, 100)));
        }
        assertThatThrownBy(() -> sfn.createStateMachineAlias(b -> b.name("a100")
                .routingConfiguration(route(first, 100)))).isInstanceOf(ServiceQuotaExceededException.class);
        sfn.createStateMachineAlias(b -> b.name("a0").routingConfiguration(route(first, 100))); // idempotent
    }

    private static RoutingConfigurationListItem route(String version, int weight) {
        return RoutingConfigurationListItem.builder().stateMachineVersionArn(version).weight(weight).build();
    }

    @Test
    void runsExpressMachinesSynchronously() {
        String machine = sfn.createStateMachine(b -> b.name("express").roleArn(ROLE).type(StateMachineType.EXPRESS)
                .definition(pass("{\"done\": true}"))).stateMachineArn();
        StartSyncExecutionResponse result = sfn.startSyncExecution(b -> b.stateMachineArn(machine).input("{}"));
        assertThat(result.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
        assertThat(result.output()).isEqualTo("{\"done\":true}");
        assertThat(result.executionArn()).contains(":express:express:");
        assertThat(result.billingDetails().billedDurationInMilliseconds()).isPositive();
        // AWS's StartSyncExecution output carries the X-Ray trace header that was passed to the execution
        assertThat(sfn.startSyncExecution(b -> b.stateMachineArn(machine).traceHeader("Root=1-5759e988-bd862e3fe"))
                .traceHeader()).isEqualTo("Root=1-5759e988-bd862e3fe");

        String standard = create("not-express", pass("1"));
        assertThatThrownBy(() -> sfn.startSyncExecution(b -> b.stateMachineArn(standard)))
                .isInstanceOf(StateMachineTypeNotSupportedException.class);
    }

    @Test
    void tagsStateMachines() {
        String machine = create("tagged", pass("1"));
        sfn.tagResource(b -> b.resourceArn(machine).tags(Tag.builder().key("a").value("1").build(),
                Tag.builder().key("b").value("2").build()));
        sfn.untagResource(b -> b.resourceArn(machine).tagKeys("a"));
        assertThat(sfn.listTagsForResource(b -> b.resourceArn(machine)).tags())
                .extracting(Tag::key, Tag::value).containsExactly(org.assertj.core.groups.Tuple.tuple("b", "2"));
        assertThatThrownBy(() -> sfn.listTagsForResource(b -> b.resourceArn(machine + "-gone")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void refusesStringsLongerThanTheApiModelAllows() {
        // the SDK sends them: only the service knows the model's length limits
        String machine = create("limits", pass("1"));
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        assertThatThrownBy(() -> sfn.tagResource(b -> b.resourceArn(machine).tags(Tag.builder().key("k".repeat(129))
                .value("v").build()))).isInstanceOf(SfnException.class)
                .hasMessageContaining("Value '" + "k".repeat(129) + "' at 'tags.1.member.key' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 128")
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
        assertThatThrownBy(() -> sfn.tagResource(b -> b.resourceArn(machine).tags(Tag.builder().key("k")
                .value("v".repeat(257)).build()))).hasMessageContaining("'tags.1.member.value'");
        assertThatThrownBy(() -> sfn.untagResource(b -> b.resourceArn(machine).tagKeys("k", "")))
                .hasMessageContaining("Value '' at 'tagKeys.2.member' failed to satisfy constraint: Member must have "
                        + "length greater than or equal to 1");
        assertThatThrownBy(() -> sfn.stopExecution(b -> b.executionArn(execution).error("E".repeat(257))))
                .hasMessageContaining("'error'");
        assertThatThrownBy(() -> sfn.sendTaskFailure(b -> b.taskToken("t").cause("c".repeat(32769))))
                .hasMessageContaining("'cause'");
        assertThatThrownBy(() -> sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)
                .description("d".repeat(257)))).hasMessageContaining("'description'");
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine).traceHeader("t".repeat(257))))
                .hasMessageContaining("'traceHeader'");
        assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn(machine + "x".repeat(256))))
                .hasMessageContaining("'stateMachineArn'");
        String tooLong = "\"" + "i".repeat(262144 - 1) + "\"";
        assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine).input(tooLong)))
                .hasMessageContaining("1 validation error detected: Value at 'input' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 262144");
        assertThat(sfn.listTagsForResource(b -> b.resourceArn(machine)).tags()).isEmpty();
        assertThat(sfn.describeExecution(b -> b.executionArn(execution)).status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void testsOneStateAlone() {
        TestStateResponse passed = sfn.testState(b -> b.definition("{\"Type\":\"Pass\",\"InputPath\":\"$.order\","
                + "\"Next\":\"After\"}").roleArn(ROLE).input("{\"order\":{\"id\":7}}")
                .inspectionLevel(InspectionLevel.DEBUG));
        assertThat(passed.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(passed.output()).isEqualTo("{\"id\":7}");
        assertThat(passed.nextState()).isEqualTo("After");
        assertThat(passed.inspectionData().afterInputPath()).isEqualTo("{\"id\":7}");

        TestStateResponse failed = sfn.testState(b -> b.definition("{\"Type\":\"Fail\",\"Error\":\"Oops\","
                + "\"Cause\":\"because\"}").input("{}"));
        assertThat(failed.status()).isEqualTo(TestExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("Oops");
        assertThat(failed.inspectionData()).isNull();

        TestStateResponse inMachine = sfn.testState(b -> b.definition(pass("{\"x\": 1}")).stateName("P"));
        assertThat(inMachine.output()).isEqualTo("{\"x\":1}");
        assertThatThrownBy(() -> sfn.testState(b -> b.definition("{\"Type\":\"Pass\",\"Next\":3}")))
                .isInstanceOf(InvalidDefinitionException.class);
    }

    /**
     * TestState's error handling and variables as AWS's guide shows them ("Testing retry and error handling",
     * test-state-isolation): RETRIABLE with the Retry's index and backoff, CAUGHT_ERROR once the retries made reach
     * MaxAttempts, and the {@code variables} member read by the state.
     */
    @Test
    void testStateReportsRetriableAndCaughtErrorsAndTakesVariables() {
        String task = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":"
                + "{\"FunctionName\":\"f\"},\"Retry\":[{\"ErrorEquals\":[\"Lambda.ServiceException\"],"
                + "\"IntervalSeconds\":2,\"MaxAttempts\":3,\"BackoffRate\":2.0}],\"Catch\":[{\"ErrorEquals\":"
                + "[\"States.ALL\"],\"ResultPath\":\"$.error\",\"Next\":\"Recover\"}],\"End\":true}";
        MockInput serviceError = MockInput.builder().errorOutput(MockErrorOutput.builder()
                .error("Lambda.ServiceException").cause("Service error").build()).build();

        TestStateResponse retriable = sfn.testState(b -> b.definition(task).input("{\"data\":\"value\"}")
                .mock(serviceError).stateConfiguration(c -> c.retrierRetryCount(1))
                .inspectionLevel(InspectionLevel.DEBUG));
        assertThat(retriable.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
        assertThat(retriable.error()).isEqualTo("Lambda.ServiceException");
        assertThat(retriable.inspectionData().errorDetails().retryIndex()).isZero();
        assertThat(retriable.inspectionData().errorDetails().retryBackoffIntervalSeconds()).isEqualTo(4);

        TestStateResponse caught = sfn.testState(b -> b.definition(task).input("{\"data\":\"value\"}")
                .mock(serviceError).stateConfiguration(c -> c.retrierRetryCount(3))
                .inspectionLevel(InspectionLevel.DEBUG));
        assertThat(caught.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
        assertThat(caught.nextState()).isEqualTo("Recover");
        assertThat(caught.output()).isEqualTo("{\"data\":\"value\",\"error\":{\"Error\":\"Lambda.ServiceException\","
                + "\"Cause\":\"Service error\"}}");
        assertThat(caught.inspectionData().errorDetails().catchIndex()).isZero();

        TestStateResponse withVariables = sfn.testState(b -> b.definition("{\"Type\":\"Pass\",\"QueryLanguage\":"
                + "\"JSONata\",\"Output\":\"{% $total * 2 %}\",\"End\":true}").variables("{\"total\":21}")
                .inspectionLevel(InspectionLevel.DEBUG));
        assertThat(withVariables.output()).isEqualTo("42");
        assertThat(withVariables.inspectionData().variables()).isEqualTo("{\"total\":21}");

        assertThatThrownBy(() -> sfn.testState(b -> b.definition(task).variables("[1]")))
                .isInstanceOf(SfnException.class).hasMessageContaining("a JSON object of variable names and values");
        assertThatThrownBy(() -> sfn.testState(b -> b.definition(task).mock(serviceError)
                .stateConfiguration(c -> c.mapItemReaderData("[1]"))))
                .isInstanceOf(SfnException.class)
                .hasMessageContaining("'stateConfiguration.mapItemReaderData' is not served");
        // AWS: "Without a mock, invoking these states via TestState API will return a validation exception."
        assertThatThrownBy(() -> sfn.testState(b -> b.definition("{\"Type\":\"Task\",\"Resource\":"
                + "\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\",\"Parameters\":{\"QueueUrl\":\"q\","
                + "\"MessageBody\":{\"t.$\":\"$$.Task.Token\"}},\"End\":true}")))
                .isInstanceOf(SfnException.class).hasMessageContaining("only with a mock")
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
    }

    /**
     * The TestState members for Map and Parallel states and the Context object, as AWS answers them (recorded on AWS
     * by LocalStack's test_state_configuration, test_state_context_object and test_state_mock_validation): a mocked
     * Map's settings as numbers in the inspection data, its failed iterations weighed against its threshold, the
     * context as {@code $$}, and AWS's exceptions for what TestState refuses.
     */
    @Test
    void testStateMocksMapAndParallelStatesTakesAContextAndRefusesAsAwsDoes() {
        String map = "{\"Type\":\"Map\",\"ItemsPath\":\"$.Values\",\"MaxConcurrency\":1,"
                + "\"ToleratedFailureCount\":1,\"ItemProcessor\":{\"StartAt\":\"Item\",\"States\":{\"Item\":"
                + "{\"Type\":\"Pass\",\"End\":true}}},\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],"
                + "\"Next\":\"Handle\"}],\"End\":true}";
        String values = "{\"Values\":[\"a\",\"b\",\"c\"]}";
        MockInput squares = MockInput.builder().result("[1,4,9]").build();

        TestStateResponse mapped = sfn.testState(b -> b.definition(map).input(values).mock(squares)
                .inspectionLevel(InspectionLevel.DEBUG));
        assertThat(mapped.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(mapped.output()).isEqualTo("[1,4,9]");
        assertThat(mapped.inspectionData().afterItemsPath()).isEqualTo("[\"a\",\"b\",\"c\"]");
        assertThat(mapped.inspectionData().maxConcurrency()).isEqualTo(1);
        assertThat(mapped.inspectionData().toleratedFailureCount()).isEqualTo(1);

        TestStateResponse exceeded = sfn.testState(b -> b.definition(map).input(values).mock(squares)
                .stateConfiguration(c -> c.mapIterationFailureCount(2).errorCausedByState("Item")));
        assertThat(exceeded.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
        assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        assertThat(exceeded.nextState()).isEqualTo("Handle");

        String echo = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":"
                + "{\"FunctionName\":\"f\"},\"ResultSelector\":{\"name.$\":\"$$.Execution.Name\"},\"End\":true}";
        TestStateResponse withContext = sfn.testState(b -> b.definition(echo).mock(m -> m.result("{}"))
                .context("{\"Execution\":{\"Name\":\"given\"}}"));
        assertThat(withContext.output()).isEqualTo("{\"name\":\"given\"}");

        assertRefused(() -> sfn.testState(b -> b.definition(map).input(values)), "InvalidDefinition",
                "TestState API does not support Map or Parallel states. Supported state types include: [Task, "
                        + "Wait, Pass, Succeed, Fail, Choice]");
        assertRefused(() -> sfn.testState(b -> b.definition(map).input(values).mock(m -> m.result("{}"))),
                "ValidationException", "Mocked result must be an array.");
        assertRefused(() -> sfn.testState(b -> b.definition("{\"Type\":\"Pass\",\"End\":true}").mock(squares)),
                "ValidationException", "State type 'Pass' is not supported when a mock is specified");
        assertRefused(() -> sfn.testState(b -> b.definition(echo).mock(m -> m.result("not JSON string")
                .fieldValidationMode(MockResponseValidationMode.NONE))), "ValidationException",
                "Mocked result must be valid JSON");
        assertRefused(() -> sfn.testState(b -> b.definition(echo).mock(m -> m.result("{}")
                .errorOutput(e -> e.error("Error").cause("Cause")))), "ValidationException",
                "A test mock should have only one of the following fields: [result, errorOutput].");
        assertRefused(() -> sfn.testState(b -> b.definition(echo).mock(m -> m.result("{}")).revealSecrets(true)),
                "ValidationException", "TestState does not support RevealSecrets when a mock is specified.");
        assertRefused(() -> sfn.testState(b -> b.definition(echo).mock(m -> m.result("{}"))
                .context("{\"Map\":{}}")), "ValidationException",
                "Invalid Context object provided: 'Map' field is not supported when mocking a Context object");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code,
            String message) {
        assertThatThrownBy(call).isInstanceOf(SfnException.class)
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode()).isEqualTo(code))
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorMessage()).isEqualTo(message));
    }

    @Test
    void keepsConcurrentClientsApart() throws Exception {
        String machine = create("echo", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int client = 0; client < 8; client++) {
                int id = client;
                checks.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String input = "{\"client\":" + id + ",\"i\":" + i + "}";
                        String arn = sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
                        if (!sfn.describeExecution(b -> b.executionArn(arn)).output().equals(input)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> names = sfn.listExecutionsPaginator(b -> b.stateMachineArn(machine)).executions().stream()
                .map(ExecutionListItem::name).collect(Collectors.toSet());
        assertThat(names).hasSize(200);
    }
}
