package dev.stepwise.server;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * An AWS SDK for Java v2 Step Functions client for a local endpoint, configured as an application would be, and the
 * small machines the SDK tests create with it.
 */
final class SdkClients {

    static final String ROLE = "arn:aws:iam::123456789012:role/local";

    private SdkClients() {
    }

    static SfnClient sfn(URI endpoint) {
        return SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "thing")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(90)).build())
                // StartSyncExecution and TestState go to "sync-<host>" on AWS: a local endpoint has no such host
                .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION,
                        true))
                .build();
    }

    /** A one-state machine whose Pass state returns {@code result} (JSON text). */
    static String pass(String result) {
        return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":" + result + ",\"End\":true}}}";
    }

    /** Creates a Standard state machine run by {@link #ROLE}; its ARN. */
    static String create(SfnClient sfn, String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE)).stateMachineArn();
    }
}
