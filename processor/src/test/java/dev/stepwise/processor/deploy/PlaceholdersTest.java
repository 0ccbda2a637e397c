package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void findsNamesInOrderOfFirstAppearanceOnce() {
        assertThat(Placeholders.in("arn:aws:sns:${Region}:${Account}:topic-${Region}")).containsExactly("Region", "Account");
        assertThat(Placeholders.in("$.plain.path and $ and {}")).isEmpty();
    }

    @Test
    void findsNamesInResourcesAndNestedArgumentValuesButNotInKeys() {
        List<TaskResource> tasks = List.of(
                TaskResource.of("a", "arn:aws:lambda:us-east-1:123456789012:function:${ValidateFunction}"),
                new TaskResource("b", "arn:aws:states:::events:putEvents", SampleSpecs.json(
                        "{\"Entries\": [{\"EventBusName\": \"${Bus}\", \"${NotAKey}\": 1}], \"Detail\": \"${Bus}\"}")));
        assertThat(Placeholders.in(tasks)).containsExactly("ValidateFunction", "Bus");
    }

    @Test
    void specBuilderTakesPlaceholdersFromItsTasksUnlessGiven() {
        DeploymentSpec.Builder builder = DeploymentSpec.builder("com.example.Flow", "Flow", SampleSpecs.json("{}"))
                .task(TaskResource.of("a", "${FunctionArn}"));
        assertThat(builder.build().placeholders()).containsExactly("FunctionArn");
        assertThat(builder.placeholders(List.of("Other")).build().placeholders()).containsExactly("Other");
    }
}
