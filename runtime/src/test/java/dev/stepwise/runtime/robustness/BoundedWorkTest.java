package dev.stepwise.runtime.robustness;

import static dev.stepwise.runtime.robustness.Seeds.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Work an argument sizes (JSONata built-ins, waits, looping child executions) and the exact payload limit. */
class BoundedWorkTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    private Execution run(String definition, JsonNode input) {
        return runtime.start(runtime.load(json(definition)), input).await();
    }

    private Execution jsonata(String expression) {
        return run("{'QueryLanguage':'JSONata','StartAt':'P','States':{'P':{'Type':'Pass','Output':'{% "
                + expression + " %}','End':true}}}", null);
    }

    @Test
    void builtInsAskedForHugeResultsFailWithQueryEvaluationError() {
        for (String expression : new String[] {"$count($range(1, 1000000000, 1))",
            "$length($pad(\\'x\\', 1000000000))", "$length($pad(\\'x\\', -1000000000, \\'ab\\'))",
            "$length($join($map([1..300000], function($v){ \\'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\' })))",
            "$length($string([1..3000000]))"}) {
            Execution failed = jsonata(expression);
            assertThat(failed.error()).as(expression).isEqualTo("States.QueryEvaluationError");
            assertThat(failed.cause()).as(expression).containsAnyOf("more than the 10485760 allowed",
                    "more than the 10000000 allowed");
        }
    }

    @Test
    void builtInsWithinTheBoundsKeepTheirResults() {
        assertThat(jsonata("$pad(\\'ab\\', 5, \\'xy\\')").output().textValue()).isEqualTo("abxyx");
        assertThat(jsonata("$pad(\\'ab\\', -5)").output().textValue()).isEqualTo("   ab");
        assertThat(jsonata("$pad(\\'\uD83D\uDE00\\', 3, \\'\uD83D\uDE00\\')").output().textValue())
                .isEqualTo("\uD83D\uDE00".repeat(3));
        assertThat(jsonata("$join([\\'a\\', \\'b\\'], \\', \\')").output().textValue()).isEqualTo("a, b");
        assertThat(jsonata("$join(\\'a\\')").output().textValue()).isEqualTo("a");
        assertThat(jsonata("$range(10, 1, -3)")).satisfies(e -> assertThat(Json.write(e.output())).isEqualTo("[10,7,4,1]"));
        assertThat(jsonata("$count($range(1, 10000000, 1))").output().intValue()).isEqualTo(10_000_000);
    }

    @Test
    void secondsPathPastTheMaximumFailsWithStatesRuntimeHoweverLarge() {
        String wait = "{'StartAt':'W','States':{'W':{'Type':'Wait','SecondsPath':'$.s','End':true}}}";
        for (String seconds : new String[] {"100000000", "9e15", "1e400", "9223372036854775808"}) {
            Execution failed = run(wait, Json.parse("{\"s\":" + seconds + "}"));
            assertThat(failed.error()).as(seconds).isEqualTo("States.Runtime");
            assertThat(failed.cause()).as(seconds).contains("greater than the maximum of 99999999 seconds");
        }
        Execution longest = run(wait, json("{'s':99999999}"));
        assertThat(longest.status()).as("accepted, then past a Standard execution's year").isEqualTo(
                ExecutionStatus.TIMED_OUT);
        assertThat(run(wait, Json.parse("{\"s\":-0}")).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void aTimestampDecadesAheadIsWaitedForUntilTheYearRunsOutAndOnesBeyondFail() {
        String wait = "{'StartAt':'W','States':{'W':{'Type':'Wait','TimestampPath':'$.t','End':true}}}";
        Execution far = run(wait, json("{'t':'2080-12-31T23:59:59Z'}"));
        assertThat(far.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(far.stopDate()).isEqualTo(far.startDate().plus(Duration.ofDays(365)));
        // past AWS's longest delay (2^31 - 1 seconds), as recorded in base__test_timestamp_too_far_in_future_boundary
        Execution centuries = run(wait, json("{'t':'9999-12-31T23:59:59Z'}"));
        assertThat(centuries.cause()).endsWith("Wait state delay is too long.");
        Execution beyond = run(wait, json("{'t':'999999999-01-01T00:00:00Z'}"));
        assertThat(beyond.error()).isEqualTo("States.Runtime");
        assertThat(beyond.cause()).contains("TimestampPath");
    }

    @Test
    void aLoopingDistributedMapChildFailsAtTheHistoryLimitAndTheMapRunFollowsItsTolerance() {
        String map = "{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.items',%s"
                + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},"
                + "'StartAt':'L','States':{'L':{'Type':'Pass','Next':'C'},'C':{'Type':'Choice','Choices':["
                + "{'Variable':'$','NumericEquals':1,'Next':'L'}],'Default':'E'},'E':{'Type':'Succeed'}}},"
                + "'End':true}}}";
        JsonNode items = json("{'items':[1,2]}");
        Execution failed = run(String.format(map, ""), items); // a Map Run tolerates no failed child by default
        assertThat(failed.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
        Execution tolerated = run(String.format(map, "'ToleratedFailurePercentage':50,"), items);
        assertThat(tolerated.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(tolerated.output().get(0).get("Error").textValue()).isEqualTo("States.Runtime");
        assertThat(tolerated.output().get(0).get("Cause").textValue()).contains("maximum number of events");
        assertThat(tolerated.output().get(1).intValue()).isEqualTo(2);
    }

    @Test
    void anInputOfExactly262144BytesIsAcceptedAndOneMoreByteIsRefused() {
        String pass = "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";
        // an object, an array and escapes: each JSON text is exactly 262,144 bytes, then one more
        for (String[] shape : new String[][] {{"{\"a\":\"", "x", "\"}"}, {"[\"", "x", "\"]"},
            {"[\"", "\\n", "\"]"}, {"{\"k\":[1,\"", "\u00e9", "\"]}"}}) {
            String open = shape[0];
            String close = shape[2];
            int unit = shape[1].equals("\\n") ? 2 : shape[1].getBytes(StandardCharsets.UTF_8).length;
            int room = 262_144 - open.length() - close.length();
            String fits = open + shape[1].repeat(room / unit) + "x".repeat(room % unit) + close;
            assertThat(fits.getBytes(StandardCharsets.UTF_8)).hasSize(262_144);
            JsonNode input = Json.parse(fits);
            assertThat(Json.write(input).getBytes(StandardCharsets.UTF_8)).hasSize(262_144);
            assertThat(run(pass, input).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            JsonNode over = Json.parse(open + shape[1].repeat(room / unit) + "x".repeat(room % unit + 1) + close);
            assertThatThrownBy(() -> runtime.start(runtime.load(json(pass)), over))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("262144");
        }
    }

    @Test
    void aStateOutputOfExactly262144BytesPassesAndOneMoreFailsWithDataLimitExceeded() {
        // the output {"a":"x...x","b":"yy"} grows the input by the 9 bytes of ,"b":"yy" (7 + 2)
        String add = "{'StartAt':'P','States':{'P':{'Type':'Pass','Result':'yy','ResultPath':'$.b','End':true}}}";
        int fitting = 262_144 - "{\"a\":\"\",\"b\":\"yy\"}".length();
        assertThat(run(add, Json.NODES.objectNode().put("a", "x".repeat(fitting))).status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        Execution over = run(add, Json.NODES.objectNode().put("a", "x".repeat(fitting + 1)));
        assertThat(over.error()).isEqualTo("States.DataLimitExceeded");
    }
}
