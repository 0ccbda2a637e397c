package dev.stepwise.samples.order;

import dev.stepwise.annotations.Flow;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.Retry;
import dev.stepwise.annotations.Task;
import java.math.BigDecimal;

/** Parallel branch: charges the customer for the validated total. */
@Flow(comment = "Charge the card on file")
public class Payment {

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:charge-card", timeoutSeconds = 20)
    @Retry(errors = {"Lambda.ServiceException", "Lambda.SdkClientException"}, intervalSeconds = 1, maxAttempts = 3,
            backoffRate = 2.5)
    @Retry(errors = "States.ALL", intervalSeconds = 5, maxAttempts = 1, backoffRate = 1)
    Charge charge(@From("$.order.customerId") String customerId, @From("$.validation.total") BigDecimal amount) {
        return new Charge("ch-" + customerId + "-" + amount.toPlainString(), amount);
    }

    /** A successful card charge. */
    public record Charge(String chargeId, BigDecimal amount) {
    }
}
