package dev.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeCaseExecutorTest {

    private final RuntimeCaseExecutor executor = new RuntimeCaseExecutor();

    private static JsonNode json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"'));
    }

    private static ConformanceCase aCase(String kind, JsonNode definition, JsonNode testState) {
        return new ConformanceCase("a case", "x", kind, true, definition, json("{'n':1}"), json("{}"), testState,
                List.of(), "tests/test_x.py::test");
    }

    @Test
    void executionsRunToTheirEndWithTheirHistory() {
        CaseOutcome outcome = executor.execute(aCase("execution", json("{'StartAt':'W','States':{'W':{'Type':'Wait',"
                + "'Seconds':3600,'Next':'F'},'F':{'Type':'Fail','Error':'Boom','Cause':'late'}}}"), json("{}")));
        assertThat(outcome.status()).isEqualTo("FAILED");
        assertThat(outcome.error()).isEqualTo("Boom");
        assertThat(outcome.cause()).isEqualTo("late");
        assertThat(outcome.historyTypes()).containsExactly("ExecutionStarted", "WaitStateEntered", "WaitStateExited",
                "FailStateEntered", "ExecutionFailed");
    }

    @Test
    void testStateCasesRunTheNamedStateAloneWithInspectionData() {
        CaseOutcome outcome = executor.execute(aCase("test_state", json("{'StartAt':'A','States':{"
                + "'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Result':{'r':2},'ResultPath':'$.r',"
                + "'Next':'A'}}}"), json("{'stateName':'B'}")));
        assertThat(outcome.status()).isEqualTo("SUCCEEDED");
        assertThat(outcome.output()).isEqualTo(json("{'n':1,'r':{'r':2}}"));
        assertThat(outcome.nextState()).isEqualTo("A");
        assertThat(outcome.inspection()).isNotNull();
    }

    @Test
    void rejectedDefinitionsEndAsCreateFailedWithAwsWording() {
        CaseOutcome outcome = executor.execute(aCase("create_state_machine", json("{'StartAt':'W','States':{"
                + "'W':{'Type':'Wait','Timestamp':'2024-13-01T00:00:00Z','End':true}}}"), json("{}")));
        assertThat(outcome.status()).isEqualTo("CREATE_FAILED");
        assertThat(outcome.error()).isEqualTo("InvalidDefinition");
        assertThat(outcome.cause()).startsWith("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: ")
                .endsWith(" at /States/W/Timestamp'");
    }

    @Test
    void acceptedDefinitionsAreCreated() {
        CaseOutcome outcome = executor.execute(aCase("create_state_machine",
                json("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"), json("{}")));
        assertThat(outcome.status()).isEqualTo("CREATED");
    }

    @Test
    void definitionsRecordedAsMalformedTextAreRejected() {
        CaseOutcome outcome = executor.execute(aCase("create_state_machine", Json.NODES.textNode("{'StartAt':"),
                json("{}")));
        assertThat(outcome.status()).isEqualTo("CREATE_FAILED");
        assertThat(outcome.cause()).contains("not valid JSON");
    }

    @Test
    void anUnknownKindIsTheRunnersErrorNotAVerdictOnTheRuntime() {
        ConformanceReport report = new ConformanceRunner(executor).run(List.of(aCase("list_executions",
                json("{}"), json("{}"))), c -> true);
        assertThat(report.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.outcome().status()).isEqualTo("ERROR");
            assertThat(v.outcome().cause()).contains("list_executions");
        });
    }
}
