package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.processor.deploy.DeploymentProblem.Kind;
import dev.stepwise.processor.deploy.DeploymentProblem.Subject;
import dev.stepwise.processor.deploy.PublishSpec.DeploymentPreference;
import dev.stepwise.processor.deploy.PublishSpec.RoutingWeight;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentChecksTest {

    @Test
    void sampleWorkflowsHaveNoProblems() {
        SampleSpecs.all().values().forEach(spec -> assertThat(DeploymentChecks.check(spec)).as(spec.stateMachineName()).isEmpty());
    }

    @Nested
    class LogGroupArn {
        @ParameterizedTest
        @ValueSource(strings = {
                "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/orders:*",
                "arn:aws-cn:logs:cn-north-1:123456789012:log-group:orders#1:*",
                "arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:a.b_c-d:*"})
        void acceptsLogGroupArnsEndingWithWildcard(String arn) {
            assertThat(check(logging(arn))).isEmpty();
        }

        @Test
        void missingWildcardSuffixIsReportedWithTheArnToUse() {
            String arn = "arn:aws:logs:us-east-1:123456789012:log-group:orders";
            assertThat(check(logging(arn))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.LOG_GROUP_ARN);
                assertThat(problem.kind().subject()).isEqualTo(Subject.LOGGING);
                assertThat(problem.message()).contains("ends with ':*'", arn + ":*");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "orders",
                "arn:aws:logs:us-east-1:12345:log-group:orders:*",
                "arn:aws:s3:us-east-1:123456789012:log-group:orders:*",
                "arn:aws:logs:us-east-1:123456789012:log-group:has space:*"})
        void rejectsOtherForms(String arn) {
            assertThat(kinds(check(logging(arn)))).containsExactly(Kind.LOG_GROUP_ARN);
        }

        @Test
        void anArnHasAtMost256Characters() {
            String prefix = "arn:aws:logs:us-east-1:123456789012:log-group:";
            String longest = prefix + "g".repeat(DeploymentChecks.MAX_ARN - prefix.length() - 2) + ":*";
            assertThat(check(logging(longest))).isEmpty();
            String tooLong = prefix + "g".repeat(DeploymentChecks.MAX_ARN - prefix.length() - 1) + ":*";
            assertThat(check(logging(tooLong))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.LOG_GROUP_ARN);
                assertThat(problem.message()).contains("257 characters", "at most 256");
            });
        }

        @Test
        void aGroupIsNotCheckedWhenLoggingIsOff() {
            assertThat(check(base().logging(new LoggingSpec(LoggingSpec.Level.OFF, false, "nonsense")))).isEmpty();
        }

        private DeploymentSpec.Builder logging(String arn) {
            return base().logging(new LoggingSpec(LoggingSpec.Level.ERROR, false, arn));
        }
    }

    @Nested
    class Tags {
        @Test
        void fortyNineTagsAreFineFiftyAreNotSinceSamAddsItsOwn() {
            assertThat(check(tags(49))).isEmpty();
            assertThat(check(tags(50))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.TOO_MANY_TAGS);
                assertThat(problem.index()).isEqualTo(49);
                assertThat(problem.message()).contains("at most 50", "SAM template adds stateMachine:createdBy",
                        "may declare 49, not 50");
            });
        }

        @Test
        void theKeySamSetsIsReserved() {
            assertThat(check(base().tag("stateMachine:createdBy", "me"))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.TAG_KEY_RESERVED);
                assertThat(problem.message()).contains("the one SAM sets");
            });
            assertThat(check(base().tag("stateMachine:owner", "me"))).isEmpty();
        }

        @Test
        void keyLengthIsOneTo128() {
            assertThat(check(base().tag("k".repeat(128), "v"))).isEmpty();
            assertThat(kinds(check(base().tag("k".repeat(129), "v")))).containsExactly(Kind.TAG_KEY_LENGTH);
            assertThat(kinds(check(base().tag("", "v")))).containsExactly(Kind.TAG_KEY_LENGTH);
        }

        @Test
        void keyMustNotStartWithTheAwsPrefixInAnyCase() {
            assertThat(kinds(check(base().tag("aws:team", "v")))).containsExactly(Kind.TAG_KEY_RESERVED);
            assertThat(kinds(check(base().tag("AWS:team", "v")))).containsExactly(Kind.TAG_KEY_RESERVED);
            assertThat(check(base().tag("team:aws", "v"))).isEmpty();
        }

        @Test
        void valueLengthIsOneTo256() {
            assertThat(check(base().tag("k", "v".repeat(256)))).isEmpty();
            assertThat(kinds(check(base().tag("k", "v".repeat(257))))).containsExactly(Kind.TAG_VALUE_LENGTH);
            // the state machine schema gives tag values a minimum length of 1
            assertThat(kinds(check(base().tag("k", "")))).containsExactly(Kind.TAG_VALUE_LENGTH);
        }

        @Test
        void onlyTheDocumentedCharactersAreAllowed() {
            assertThat(check(base().tag("team name_1.a:b/c=d+e-f@g", "Zürich 42"))).isEmpty();
            assertThat(kinds(check(base().tag("team!", "v")))).containsExactly(Kind.TAG_CHARACTERS);
        }

        @Test
        void keysAreUnique() {
            assertThat(check(base().tag("team", "a").tag("team", "b"))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.DUPLICATE_TAG_KEY);
                assertThat(problem.index()).as("the second tag repeats the key").isEqualTo(1);
            });
        }

        private DeploymentSpec.Builder tags(int count) {
            DeploymentSpec.Builder builder = base();
            for (int i = 0; i < count; i++) {
                builder.tag("key" + i, "value");
            }
            return builder;
        }
    }

    @Nested
    class RoleArn {
        @ParameterizedTest
        @ValueSource(strings = {
                "arn:aws:iam::123456789012:role/orders",
                "arn:aws:iam::123456789012:role/service-role/team/orders+v2@x",
                "arn:aws-cn:iam::123456789012:role/orders"})
        void acceptsRoleArns(String arn) {
            assertThat(check(base().roleArn(arn))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "orders",
                "arn:aws:iam::123456789012:user/orders",
                "arn:aws:iam:us-east-1:123456789012:role/orders",
                "arn:aws:iam::1234:role/orders",
                "arn:aws:iam::123456789012:role/"})
        void rejectsOtherForms(String arn) {
            assertThat(check(base().roleArn(arn))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.ROLE_ARN);
                assertThat(problem.kind().subject()).isEqualTo(Subject.EXECUTION_ROLE);
                assertThat(problem.message()).contains(arn, "arn:<partition>:iam::<12-digit account>:role/<path/name>");
            });
        }

        @Test
        void anArnHasAtMost256CharactersWhateverItsPath() {
            String prefix = "arn:aws:iam::123456789012:role/";
            String longest = prefix + "p/".repeat((DeploymentChecks.MAX_ARN - prefix.length() - 6) / 2) + "orders";
            assertThat(longest).hasSizeLessThanOrEqualTo(DeploymentChecks.MAX_ARN);
            assertThat(check(base().roleArn(longest))).isEmpty();
            String tooLong = prefix + "p/".repeat(120) + "orders";
            assertThat(check(base().roleArn(tooLong))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.ROLE_ARN);
                assertThat(problem.message()).contains(tooLong.length() + " characters", "at most 256");
            });
        }
    }

    @Nested
    class Alias {
        @ParameterizedTest
        @ValueSource(strings = {"live", "prod-v2", "blue_green", "v.1", "1a"})
        void acceptsAliasNames(String alias) {
            assertThat(check(base().publish(PublishSpec.allAtOnce(alias, null)))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "42", "has space", "a/b", "live!"})
        void rejectsNamesOutsideThePatternAndPlainNumbers(String alias) {
            assertThat(kinds(check(base().publish(PublishSpec.allAtOnce(alias, null))))).containsExactly(Kind.ALIAS_NAME);
        }

        @Test
        void nameHasAtMost80Characters() {
            assertThat(check(base().publish(PublishSpec.allAtOnce("a".repeat(80), null)))).isEmpty();
            assertThat(kinds(check(base().publish(PublishSpec.allAtOnce("a".repeat(81), null)))))
                    .containsExactly(Kind.ALIAS_NAME);
        }

        @Test
        void descriptionHasAtMost256Characters() {
            assertThat(kinds(check(base().publish(PublishSpec.allAtOnce("live", "d".repeat(257))))))
                    .containsExactly(Kind.ALIAS_DESCRIPTION);
        }
    }

    @Nested
    class Preference {
        @Test
        void percentageIsOneTo99AsTheAliasSchemaSays() {
            assertThat(check(gradual(DeploymentPreference.canary(1, 5)))).isEmpty();
            assertThat(check(gradual(DeploymentPreference.linear(99, 5)))).isEmpty();
            for (int percentage : new int[] {0, 100, -5}) {
                assertThat(check(gradual(DeploymentPreference.canary(percentage, 5)))).singleElement()
                        .satisfies(problem -> assertThat(problem.message()).contains("1 to 99", String.valueOf(percentage)));
            }
        }

        @Test
        void intervalIsOneTo2100Minutes() {
            assertThat(check(gradual(DeploymentPreference.linear(10, 2100)))).isEmpty();
            assertThat(kinds(check(gradual(DeploymentPreference.linear(10, 0))))).containsExactly(Kind.DEPLOYMENT_INTERVAL);
            assertThat(kinds(check(gradual(DeploymentPreference.linear(10, 2101))))).containsExactly(Kind.DEPLOYMENT_INTERVAL);
        }

        @Test
        void canaryAndLinearNeedPercentageAndInterval() {
            assertThat(kinds(check(gradual(new DeploymentPreference(DeploymentPreference.Type.CANARY, null, null)))))
                    .containsExactly(Kind.DEPLOYMENT_PERCENTAGE, Kind.DEPLOYMENT_INTERVAL);
        }

        @Test
        void allAtOnceTakesNeitherPercentageNorInterval() {
            assertThat(check(gradual(DeploymentPreference.allAtOnce()))).isEmpty();
            assertThat(kinds(check(gradual(new DeploymentPreference(DeploymentPreference.Type.ALL_AT_ONCE, 10, null)))))
                    .containsExactly(Kind.ALL_AT_ONCE_INCREMENTS);
        }

        private DeploymentSpec.Builder gradual(DeploymentPreference preference) {
            return base().publish(PublishSpec.gradual("live", null, preference));
        }
    }

    @Nested
    class Routing {
        private static final String OLD = "arn:aws:states:us-east-1:123456789012:stateMachine:Flow:3";

        @Test
        void weightsAddingUpTo100AreFine() {
            assertThat(check(routed(RoutingWeight.newVersion(100)))).isEmpty();
            assertThat(check(routed(RoutingWeight.newVersion(0), new RoutingWeight(OLD, 100)))).isEmpty();
        }

        @Test
        void weightsMustAddUpTo100() {
            assertThat(check(routed(RoutingWeight.newVersion(80), new RoutingWeight(OLD, 10)))).singleElement()
                    .satisfies(problem -> {
                        assertThat(problem.kind()).isEqualTo(Kind.ROUTING_WEIGHTS_SUM);
                        assertThat(problem.message()).contains("add up to 100", "not 90");
                    });
        }

        @Test
        void atMostTwoVersions() {
            assertThat(check(routed(RoutingWeight.newVersion(50), new RoutingWeight(OLD, 25),
                    new RoutingWeight(OLD.replace(":3", ":2"), 25)))).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).contains("at most 2", "not 3"));
        }

        @Test
        void eachWeightIsAPercentage() {
            assertThat(check(routed(RoutingWeight.newVersion(120), new RoutingWeight(OLD, -20))))
                    .extracting(DeploymentProblem::message)
                    .containsExactly("a routing weight is a percentage from 0 to 100, not 120",
                            "a routing weight is a percentage from 0 to 100, not -20");
        }

        @Test
        void aVersionIsNamedOnce() {
            assertThat(check(routed(new RoutingWeight(OLD, 50), new RoutingWeight(OLD, 50)))).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).contains(OLD, "twice"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "3",
                "arn:aws:states:us-east-1:123456789012:stateMachine:Flow",
                "arn:aws:states:us-east-1:123456789012:stateMachine:Flow:live",
                "arn:aws:lambda:us-east-1:123456789012:function:Flow:3"})
        void anAliasRoutesToVersionArnsOnly(String version) {
            assertThat(check(routed(RoutingWeight.newVersion(50), new RoutingWeight(version, 50)))).singleElement()
                    .satisfies(problem -> {
                        assertThat(problem.kind()).isEqualTo(Kind.ROUTING_VERSIONS);
                        assertThat(problem.index()).isEqualTo(1);
                        assertThat(problem.message()).contains("\"" + version + "\"", "not a state machine version ARN");
                    });
        }

        @Test
        void aGradualDeploymentAndRoutingWeightsExcludeEachOther() {
            PublishSpec both = new PublishSpec("live", null, DeploymentPreference.canary(10, 5),
                    List.of(RoutingWeight.newVersion(100)));
            assertThat(check(base().publish(both))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.GRADUAL_WITH_ROUTING);
                assertThat(problem.message()).contains("CANARY", "keep one");
            });
        }

        @Test
        void problemsNameTheOffendingWeight() {
            assertThat(check(routed(RoutingWeight.newVersion(50), new RoutingWeight(OLD, 150))))
                    .filteredOn(problem -> problem.kind() == Kind.ROUTING_WEIGHT_RANGE)
                    .singleElement().extracting(DeploymentProblem::index).isEqualTo(1);
        }

        private DeploymentSpec.Builder routed(RoutingWeight... weights) {
            return base().publish(PublishSpec.routed("live", null, List.of(weights)));
        }
    }

    @Nested
    class Names {
        @Test
        void stateMachineNameHasOneTo80AllowedCharacters() {
            assertThat(check(named("a".repeat(80)))).isEmpty();
            assertThat(kinds(check(named("a".repeat(81))))).containsExactly(Kind.STATE_MACHINE_NAME);
            assertThat(check(named("Order Flow"))).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).contains("'\\u0020'"));
            assertThat(check(named("orders/v2"))).singleElement()
                    .satisfies(problem -> assertThat(problem.message()).contains("'/'"));
        }

        @ParameterizedTest
        @CsvSource({"Order\u00A0Flow, \\u00A0", "Order\u3000Flow, \\u3000", "Order\u2028Flow, \\u2028",
                "Flow\uFFFE, \\uFFFE", "Flow\uFFFF, \\uFFFF", "Flow\uD800, \\uD800", "Flow\uDBFF\uDFFF, \\u10FFFF"})
        void unicodeWhiteSpaceNonCharactersAndLoneSurrogatesAreForbiddenToo(String name, String shown) {
            assertThat(check(named(name))).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.STATE_MACHINE_NAME);
                assertThat(problem.message()).contains("'" + shown + "'");
            });
        }

        @Test
        void lettersOfAnyScriptAndCharactersBeyondTheBasicPlaneAreAllowed() {
            assertThat(check(named("Bestellung-Übersicht_注文"))).isEmpty();
            assertThat(check(named("orders-\uD83D\uDE80"))).isEmpty();
        }

        @Test
        void placeholdersMustBeUsableAsParameterNames() {
            DeploymentSpec.Builder builder = base().task(new TaskResource("send", "arn:aws:states:::sqs:sendMessage",
                    SampleSpecs.json("{\"QueueUrl\": \"${queue-url}\"}")));
            assertThat(check(builder)).singleElement().satisfies(problem -> {
                assertThat(problem.kind().subject()).isEqualTo(Subject.PLACEHOLDERS);
                assertThat(problem.message()).contains("${queue-url}", "letters and digits");
            });
        }

        private DeploymentSpec.Builder named(String name) {
            return DeploymentSpec.builder("com.example.Flow", name, SampleSpecs.json("{\"StartAt\": \"a\"}"));
        }
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        DeploymentSpec.Builder builder = base().roleArn("orders").tag("aws:x", "")
                .logging(new LoggingSpec(LoggingSpec.Level.ALL, true, "orders"))
                .publish(PublishSpec.routed("7", null, List.of(RoutingWeight.newVersion(50))));
        assertThat(kinds(check(builder))).containsExactly(Kind.TAG_KEY_RESERVED, Kind.TAG_VALUE_LENGTH,
                Kind.LOG_GROUP_ARN, Kind.ROLE_ARN, Kind.ALIAS_NAME, Kind.ROUTING_WEIGHTS_SUM);
    }

    private static DeploymentSpec.Builder base() {
        return DeploymentSpec.builder("com.example.Flow", "Flow", SampleSpecs.json("{\"StartAt\": \"a\"}"));
    }

    private static List<DeploymentProblem> check(DeploymentSpec.Builder builder) {
        return DeploymentChecks.check(builder.build());
    }

    private static List<Kind> kinds(List<DeploymentProblem> problems) {
        return problems.stream().map(DeploymentProblem::kind).toList();
    }
}
