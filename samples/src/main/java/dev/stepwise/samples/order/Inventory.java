package dev.stepwise.samples.order;

import dev.stepwise.annotations.Flow;
import dev.stepwise.annotations.Pass;
import dev.stepwise.annotations.Parameters;
import dev.stepwise.annotations.ResultPath;
import dev.stepwise.annotations.Task;

/** Parallel branch: records the reservation of the order's stock. */
@Flow(comment = "Reserve the stock")
public class Inventory {

    @Task(resource = "arn:aws:states:::dynamodb:putItem")
    @Parameters("{\"TableName\": \"reservations\", \"Item\": {\"orderId\": {\"S.$\": \"$.order.id\"},"
            + " \"status\": {\"S\": \"RESERVED\"}}}")
    @ResultPath(nullResult = true)
    void reserve() {
    }

    @Pass(parameters = "{\"orderId.$\": \"$.order.id\", \"reserved\": true}")
    void reserved() {
    }
}
