package dev.stepwise.samples.loyalty;

import dev.stepwise.annotations.Assign;
import dev.stepwise.annotations.Choice;
import dev.stepwise.annotations.Default;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.Next;
import dev.stepwise.annotations.Output;
import dev.stepwise.annotations.Parameters;
import dev.stepwise.annotations.Pass;
import dev.stepwise.annotations.QueryLanguage;
import dev.stepwise.annotations.Retry;
import dev.stepwise.annotations.Tag;
import dev.stepwise.annotations.Task;
import dev.stepwise.annotations.When;
import dev.stepwise.annotations.Workflow;

/**
 * Awards loyalty points for a purchase, written in JSONata. Expressions read {@code $states.input} and
 * {@code $states.result}; variables carry the member, the purchase amount and the points multiplier from the state
 * that learns them to the states that need them, so no state has to pass them along in its output.
 */
@Workflow(name = "LoyaltyPoints", comment = "Award loyalty points for a purchase",
        queryLanguage = QueryLanguage.JSONATA, timeoutSeconds = 300)
@Tag(key = "team", value = "loyalty")
public class LoyaltyPoints {

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:load-member", timeoutSeconds = 10)
    @Retry(errors = "Lambda.TooManyRequestsException", intervalSeconds = 1, maxAttempts = 3, backoffRate = 2)
    @Assign(name = "memberId", value = "$states.result.memberId")
    @Assign(name = "tier", value = "$states.result.tier")
    @Assign(name = "amount", value = "$states.input.purchase.amount")
    Member loadMember(@From("$states.input.memberId") String memberId) {
        return new Member(memberId, memberId.startsWith("G") ? "GOLD" : "STANDARD");
    }

    @Choice
    @When(test = "$tier = 'GOLD' and $amount >= 100", next = "doublePoints")
    @Default("standardPoints")
    void byTier() {
    }

    @Pass
    @Assign(name = "multiplier", value = "2")
    @Next("award")
    void doublePoints() {
    }

    @Pass
    @Assign(name = "multiplier", value = "1")
    void standardPoints() {
    }

    @Task(resource = "arn:aws:states:::dynamodb:updateItem")
    @Parameters("""
            {"TableName": "loyalty-members",
             "Key": {"memberId": {"S": "{% $memberId %}"}},
             "UpdateExpression": "ADD points :points",
             "ExpressionAttributeValues": {":points": {"N": "{% $string($floor($amount * $multiplier)) %}"}}}
            """)
    @Output("{ 'memberId': $memberId, 'tier': $tier, 'pointsAwarded': $floor($amount * $multiplier) }")
    void award() {
        // the local stand-in keeps no balance: the DynamoDB update is the deployed behaviour
    }
}
