package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.workflow.TaskMethod;
import dev.stepwise.workflow.WorkflowMetadata;
import dev.stepwise.workflow.WorkflowSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generated workflow whose Resource holds a {@code ${Name}} placeholder (filled by CloudFormation's
 * DefinitionSubstitutions at deployment) runs locally: each Task is answered by its state name, the placeholder
 * gets a stand-in ARN. Raw ASL with a placeholder is still refused, as AWS refuses it.
 */
class ResourcePlaceholdersTest {

    private static final String DEFINITION = "{\"StartAt\":\"Charge\",\"States\":{"
            + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"${ChargeFunctionArn}\",\"Next\":\"Ship\"},"
            + "\"Ship\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:${ShipName}\","
            + "\"ResultPath\":\"$.shipped\",\"End\":true}}}";

    private record Spec(String definition) implements WorkflowSpec {

        @Override
        public String name() {
            return "Orders";
        }

        @Override
        public WorkflowMetadata metadata() {
            return WorkflowMetadata.DEFAULTS;
        }

        @Override
        public Map<String, TaskMethod> tasks() {
            return Map.of();
        }
    }

    @Test
    void aGeneratedWorkflowWithPlaceholdersInItsResourcesRunsLocally() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Charge", (input, context) -> json("{'charged':true}"))
                .stateHandler("Ship", (input, context) -> json("'on its way'")).build();

        Execution ex = runtime.start(runtime.load(new Spec(DEFINITION)), json("{}")).await();

        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output()).isEqualTo(json("{'charged':true,'shipped':'on its way'}"));
        assertThat(ex.history().get(2).detail("resource").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ChargeFunctionArn");
    }

    @Test
    void onlyResourcesGetStandInsAndPseudoParametersAreTheLocalAccountsAndRegions() {
        String definition = "{\"StartAt\":\"Call\",\"States\":{\"Call\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}\","
                + "\"Parameters\":{\"Resource\":\"${Kept}\"},\"End\":true}}}";
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Call", (input, context) -> json("{'ok':true}")).build();

        Execution ex = runtime.start(runtime.load(new Spec(definition)), json("{}")).await();

        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.history().get(2).detail("resource").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:Fn");
        assertThat(ex.history().get(2).detail("input")).isEqualTo(json("{'Resource':'${Kept}'}"));
    }

    @Test
    void rawAslWithAPlaceholderIsRefusedAsAwsRefusesIt() {
        LocalRuntime runtime = LocalRuntime.builder().build();
        assertThatThrownBy(() -> runtime.load(DEFINITION)).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("${ChargeFunctionArn} is not recognized");
    }
}
