package dev.stepwise.samples.loyalty;

import static dev.stepwise.test.StepwiseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.asl.data.Json;
import dev.stepwise.test.StepwiseTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSONata sample runs on the local runtime: variables carry values between states, Arguments are expressions. */
@StepwiseTest
class LoyaltyPointsRunTest {

    private static final String DYNAMODB_UPDATE = "arn:aws:states:::dynamodb:updateItem";

    private final List<JsonNode> updates = new ArrayList<>();
    private final LocalRuntime runtime;

    LoyaltyPointsRunTest(LocalRuntime.Builder builder) {
        runtime = builder.handler(DYNAMODB_UPDATE, (arguments, context) -> {
            updates.add(arguments);
            return Json.parse("{}");
        }).build();
    }

    private Execution award(String memberId, String amount) {
        return runtime.start(LoyaltyPointsWorkflow.bind(new LoyaltyPoints()),
                Json.parse("{\"memberId\": \"" + memberId + "\", \"purchase\": {\"amount\": " + amount + "}}"))
                .await();
    }

    @Test
    void aGoldMemberBuyingForAHundredOrMoreEarnsDoublePoints() {
        Execution run = award("G-7", "120.5");

        assertThat(run).succeeded().enteredStates("loadMember", "byTier", "doublePoints", "award")
                .hasOutput("{\"memberId\": \"G-7\", \"tier\": \"GOLD\", \"pointsAwarded\": 241}");
        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.at("/Key/memberId/S").asText()).isEqualTo("G-7");
            assertThat(update.at("/ExpressionAttributeValues/:points/N").asText()).isEqualTo("241");
        });
    }

    @Test
    void everyoneElseEarnsStandardPoints() {
        Execution run = award("S-1", "99");

        assertThat(run).succeeded().enteredStates("loadMember", "byTier", "standardPoints", "award");
        assertThat(run.output().path("pointsAwarded").asInt()).isEqualTo(99);
        assertThat(run.output().path("tier").asText()).isEqualTo("STANDARD");
    }
}
