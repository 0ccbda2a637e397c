package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.*;

/**
 * Versions and aliases through the AWS SDK for Java v2, held to what AWS's API reference and the answers AWS was
 * recorded giving (LocalStack's AWS-validated test_sfn_api_versioning and test_sfn_api_aliasing snapshots) say.
 */
class VersionsAndAliasesApiTest {

    private static final String ROLE = SdkClients.ROLE;

    private static StepwiseServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0).runtime(LocalRuntime.builder().clock(Clocks.virtual())).start();
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

    private static String publish(String machine) {
        return sfn.publishStateMachineVersion(b -> b.stateMachineArn(machine)).stateMachineVersionArn();
    }

    /**
     * PublishStateMachineVersion reference: the idempotency check is on the revision ("If you don't specify a
     * revisionId, Step Functions checks for a previously published version of the state machine's current
     * revision"), and every update that changes something is a revision with an id of its own.
     */
    @Test
    void everyRevisionPublishesAVersionOfItsOwn() {
        String machine = SdkClients.create(sfn, "per-revision", pass("1"));
        String untraced = publish(machine);

        sfn.updateStateMachine(b -> b.stateMachineArn(machine).tracingConfiguration(t -> t.enabled(true)));
        String traced = publish(machine);
        assertThat(traced).isNotEqualTo(untraced);
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(traced)).tracingConfiguration().enabled())
                .isTrue();
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(untraced)).tracingConfiguration().enabled())
                .isFalse();
        assertThat(publish(machine)).isEqualTo(traced);

        // a definition changed and changed back is a revision the published versions are not
        sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("2")));
        String back = sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("1"))).revisionId();
        String third = publish(machine);
        assertThat(third).isNotIn(untraced, traced);
        assertThat(sfn.describeStateMachine(b -> b.stateMachineArn(third)).revisionId()).isEqualTo(back);
        assertThat(sfn.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
                .extracting(StateMachineVersionListItem::stateMachineVersionArn).containsExactly(third, traced,
                        untraced);
    }

    private static RoutingConfigurationListItem route(String version, int weight) {
        return RoutingConfigurationListItem.builder().stateMachineVersionArn(version).weight(weight).build();
    }

    /** test_sfn_api_aliasing's test_delete_version_with_alias, recorded on AWS: the aliases by name. */
    @Test
    void deletingAVersionAliasesRouteToNamesEveryOneOfThem() {
        String machine = SdkClients.create(sfn, "referenced", pass("1"));
        String v1 = publish(machine);
        sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("2")));
        String v2 = publish(machine);
        sfn.createStateMachineAlias(b -> b.name("live").routingConfiguration(route(v1, 100)));
        sfn.createStateMachineAlias(b -> b.name("other").routingConfiguration(route(v2, 100)));
        sfn.createStateMachineAlias(b -> b.name("canary").routingConfiguration(route(v2, 90), route(v1, 10)));

        assertThatThrownBy(() -> sfn.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Version to be deleted must not be "
                        + "referenced by an alias. Current list of aliases referencing this version: [live, canary]");
    }

    /**
     * test_sfn_api_aliasing's test_error_create_alias_invalid_router_configs, recorded on AWS: each refusal a
     * ValidationException in AWS's words, from CreateStateMachineAlias and UpdateStateMachineAlias alike.
     */
    @Test
    void aRoutingConfigurationIsRefusedInAwsWords() {
        String machine = SdkClients.create(sfn, "misrouted", pass("1"));
        String v1 = publish(machine);
        sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("2")));
        String v2 = publish(machine);
        sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(pass("3")));
        String v3 = publish(machine);
        String alias = sfn.createStateMachineAlias(b -> b.name("live").routingConfiguration(route(v1, 100)))
                .stateMachineAliasArn();

        Map<String, List<RoutingConfigurationListItem>> refused = new LinkedHashMap<>();
        refused.put("1 validation error detected: Value '[RoutingConfigurationListItem(stateMachineVersionArn=" + v1
                + ", weight=50), RoutingConfigurationListItem(stateMachineVersionArn=" + v2 + ", weight=30), "
                + "RoutingConfigurationListItem(stateMachineVersionArn=" + v3 + ", weight=20)]' at "
                + "'routingConfiguration' failed to satisfy constraint: Member must have length less than or equal "
                + "to 2", List.of(route(v1, 50), route(v2, 30), route(v3, 20)));
        refused.put("1 validation error detected: Value '[]' at 'routingConfiguration' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1", List.of());
        refused.put("Routing configuration must contain distinct state machine version ARNs. Received: [" + v1 + ", "
                + v1 + "]", List.of(route(v1, 50), route(v1, 50)));
        refused.put("1 validation error detected: Value '101' at 'routingConfiguration.1.member.weight' failed to "
                + "satisfy constraint: Member must have value less than or equal to 100", List.of(route(v1, 101)));
        refused.put("1 validation error detected: Value '-1' at 'routingConfiguration.2.member.weight' failed to "
                + "satisfy constraint: Member must have value greater than or equal to 0",
                List.of(route(v1, 100), route(v2, -1)));
        refused.put("Sum of routing configuration weights must equal 100. Received: [70, 29]",
                List.of(route(v1, 70), route(v2, 29)));
        refused.put("Sum of routing configuration weights must equal 100. Received: [70, 31]",
                List.of(route(v1, 70), route(v2, 31)));
        refused.put("1 validation error detected: Value null at 'routingConfiguration.1.member.weight' failed to "
                + "satisfy constraint: Member must not be null",
                List.of(RoutingConfigurationListItem.builder().stateMachineVersionArn(v1).build()));
        refused.forEach((message, routing) -> {
            assertThatThrownBy(() -> sfn.createStateMachineAlias(b -> b.name("other").routingConfiguration(routing)))
                    .isInstanceOf(SfnException.class).hasMessageStartingWith(message)
                    .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode())
                            .isEqualTo("ValidationException"));
            assertThatThrownBy(() -> sfn.updateStateMachineAlias(b -> b.stateMachineAliasArn(alias)
                    .routingConfiguration(routing))).isInstanceOf(SfnException.class)
                    .hasMessageStartingWith(message);
        });
        assertThat(sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(alias)).routingConfiguration())
                .containsExactly(route(v1, 100));
        assertThat(sfn.listStateMachineAliases(b -> b.stateMachineArn(machine)).stateMachineAliases()).hasSize(1);
    }
}
