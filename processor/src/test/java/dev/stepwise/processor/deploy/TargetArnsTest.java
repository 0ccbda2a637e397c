package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetArnsTest {

    @ParameterizedTest
    @CsvSource({
            "https://sqs.eu-west-1.amazonaws.com/123456789012/orders, arn:${AWS::Partition}:sqs:eu-west-1:123456789012:orders",
            "https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo/, arn:${AWS::Partition}:sqs:us-east-1:123456789012:orders.fifo",
            "https://eu-west-1.queue.amazonaws.com/123456789012/orders, arn:${AWS::Partition}:sqs:eu-west-1:123456789012:orders",
            "https://queue.amazonaws.com/123456789012/orders, arn:${AWS::Partition}:sqs:us-east-1:123456789012:orders",
            "https://sqs.cn-north-1.amazonaws.com.cn/123456789012/orders, arn:${AWS::Partition}:sqs:cn-north-1:123456789012:orders",
            "https://sqs.us-gov-west-1.amazonaws.com/123456789012/orders, arn:${AWS::Partition}:sqs:us-gov-west-1:123456789012:orders",
            "https://sqs.us-east-1.amazonaws.com/123456789012/${QueueName}, arn:${AWS::Partition}:sqs:us-east-1:123456789012:${QueueName}"})
    void queueUrlsOfEveryFormGiveTheQueueArnInTheStacksPartition(String url, String arn) {
        assertThat(TargetArns.queue(url)).contains(arn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${OrdersQueueUrl}", "orders", "https://example.com/123456789012/orders",
            "https://sqs.us-east-1.amazonaws.com/orders"})
    void somethingElseHasNoQueueArn(String url) {
        assertThat(TargetArns.queue(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws:lambda:us-east-1:123456789012:function:f, arn:aws:lambda:us-east-1:123456789012:function:f",
            "arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST, arn:aws:lambda:us-east-1:123456789012:function:f",
            "123456789012:function:f:live, arn:${AWS::Partition}:lambda:${AWS::Region}:123456789012:function:f",
            "f, arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:f",
            "f:7, arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:f"})
    void functionNamesOfEveryFormGiveTheUnqualifiedFunctionArn(String name, String arn) {
        assertThat(TargetArns.function(name)).isEqualTo(arn);
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws:states:eu-west-1:123456789012:stateMachine:Child, arn:aws:states:eu-west-1:123456789012:execution:Child:*",
            "arn:aws:states:eu-west-1:123456789012:stateMachine:Child:7, arn:aws:states:eu-west-1:123456789012:execution:Child:*"})
    void executionsOfAStateMachineVersionOrAliasAreThoseOfTheStateMachine(String stateMachine, String executions) {
        assertThat(TargetArns.executionsOf(stateMachine)).contains(executions);
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws:states:eu-west-1:123456789012:stateMachine:Child, arn:aws:states:eu-west-1:123456789012:stateMachine:Child",
            "arn:aws:states:eu-west-1:123456789012:stateMachine:Child:prod, arn:aws:states:eu-west-1:123456789012:stateMachine:Child",
            "arn:aws-cn:states:cn-north-1:123456789012:stateMachine:Child:7, arn:aws-cn:states:cn-north-1:123456789012:stateMachine:Child"})
    void versionsAndAliasesAreAuthorizedAsTheirStateMachine(String arn, String stateMachine) {
        assertThat(TargetArns.stateMachine(arn)).contains(stateMachine);
    }

    @ParameterizedTest
    @CsvSource({
            "orders, arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/orders",
            "arn:aws:events:eu-west-1:123456789012:event-bus/orders, arn:aws:events:eu-west-1:123456789012:event-bus/orders"})
    void eventBusNamesOrArns(String bus, String arn) {
        assertThat(TargetArns.eventBus(bus)).isEqualTo(arn);
    }
}
