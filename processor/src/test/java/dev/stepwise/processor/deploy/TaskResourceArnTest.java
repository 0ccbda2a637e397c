package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.processor.deploy.TaskResourceArn.Form;
import dev.stepwise.processor.deploy.TaskResourceArn.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskResourceArnTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "arn:aws:lambda:us-east-1:123456789012:function:f, LAMBDA_FUNCTION, lambda, invoke, REQUEST_RESPONSE",
            "arn:aws:states:us-east-1:123456789012:activity:approve, ACTIVITY, states, -, REQUEST_RESPONSE",
            "arn:aws:states:::sqs:sendMessage, INTEGRATION, sqs, sendMessage, REQUEST_RESPONSE",
            "arn:aws:states:::states:startExecution.sync, INTEGRATION, states, startExecution, SYNC",
            "arn:aws:states:::states:startExecution.sync:2, INTEGRATION, states, startExecution, SYNC_V2",
            "arn:aws-cn:states:::lambda:invoke.waitForTaskToken, INTEGRATION, lambda, invoke, WAIT_FOR_TASK_TOKEN",
            "arn:aws:states:::aws-sdk:s3:getObject, SDK_INTEGRATION, s3, getObject, REQUEST_RESPONSE",
            "arn:aws:states:::aws-sdk:sfn:startExecution.waitForTaskToken, SDK_INTEGRATION, sfn, startExecution, WAIT_FOR_TASK_TOKEN",
            "${ValidateFunctionArn}, PLACEHOLDER, lambda, invoke, REQUEST_RESPONSE",
            "arn:aws:states:::aws-sdk:s3, UNRECOGNIZED, -, -, REQUEST_RESPONSE"})
    void takesTaskResourcesApart(String resource, Form form, String service, String action, Mode mode) {
        assertThat(TaskResourceArn.parse(resource)).isEqualTo(new TaskResourceArn(form, service, action, mode));
    }
}
