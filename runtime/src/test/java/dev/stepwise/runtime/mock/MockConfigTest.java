package dev.stepwise.runtime.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.asl.data.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Step Functions Local's MockConfigFile.json: the documented example, and every kind of mistake. */
class MockConfigTest {

    private static MockConfig awsExample() throws Exception {
        return MockConfig.read(Path.of(MockConfigTest.class.getResource("/mock/MockConfigFile.json").toURI()));
    }

    private static MockConfigException mistakes(String singleQuoted) {
        try {
            MockConfig.parse(singleQuoted.replace('\'', '"'));
        } catch (MockConfigException e) {
            return e;
        }
        throw new AssertionError("no mistake reported");
    }

    @Test
    void readsAwsDocumentedExample() throws Exception {
        MockConfig config = awsExample();

        assertThat(config.stateMachines()).containsExactly("LambdaSQSIntegration");
        assertThat(config.testCases("LambdaSQSIntegration")).containsExactly("HappyPath", "RetryPath", "HybridPath");
        MockTestCase retry = config.testCase("LambdaSQSIntegration", "RetryPath").orElseThrow();
        MockedResponse lambda = retry.states().get("LambdaState");
        assertThat(lambda.name()).isEqualTo("MockedLambdaRetry");
        assertThat(lambda.answer(0)).contains(new MockAnswer.Throw("Lambda.ResourceNotReadyException",
                "Lambda resource is not ready."));
        assertThat(lambda.answer(1)).contains(new MockAnswer.Throw("Lambda.TimeoutException", "Lambda timed out."));
        assertThat(lambda.answer(2)).isEqualTo(lambda.answer(1));
        assertThat(lambda.answer(3)).hasValueSatisfying(answer -> assertThat(answer)
                .isEqualTo(new MockAnswer.Return(Json.parse("{\"StatusCode\":200,\"Payload\":{\"StatusCode\":200,"
                        + "\"body\":\"Hello from Lambda!\"}}"))));
        assertThat(lambda.answer(4)).isEmpty();
        assertThat(config.testCase("LambdaSQSIntegration", "HybridPath").orElseThrow().states())
                .containsOnlyKeys("LambdaState");
        assertThat(config.testCase("LambdaSQSIntegration", "SadPath")).isEmpty();
        assertThat(config.testCase("Other", "HappyPath")).isEmpty();
        assertThat(config.testCases("Other")).isEmpty();
    }

    @Test
    void acceptsAnyJsonValueAsReturnGapsBetweenRangesAndEmptyResponses() {
        MockConfig config = MockConfig.parse(("{'StateMachines':{'M':{'TestCases':{'T':{'A':'Gappy','B':'Empty'}}}},"
                + "'MockedResponses':{'Gappy':{'0':{'Return':[1,2]},'2-3':{'Return':'text'},'7':{'Return':null}},"
                + "'Empty':{}}}").replace('\'', '"'));

        MockedResponse gappy = config.testCase("M", "T").orElseThrow().states().get("A");
        assertThat(gappy.answer(0)).contains(new MockAnswer.Return(Json.parse("[1,2]")));
        assertThat(gappy.answer(1)).isEmpty();
        assertThat(gappy.answer(3)).contains(new MockAnswer.Return(Json.NODES.textNode("text")));
        assertThat(gappy.answer(7)).contains(new MockAnswer.Return(Json.NODES.nullNode()));
        assertThat(config.testCase("M", "T").orElseThrow().states().get("B").answer(0)).isEmpty();
    }

    @Test
    void reportsEveryMistakeWithItsLocationAtOnce() {
        MockConfigException e = mistakes("{'StateMachines':{"
                + "'M':{'TestCases':{'T':{'A':'Missing','B':3,'C':'Good'},'U':[]},'Extra':1},"
                + "'N':{}},"
                + "'MockedResponses':{'Good':{'0':{'Return':1}},"
                + "'Bad':{'x':{'Return':1},'3-1':{'Return':1},'0-2':{'Return':1},'2':{'Throw':{'Error':'E','Cause':'C'}},"
                + "'4':{'Return':1,'Throw':{'Error':'E','Cause':'C'}},'5':{},'6':{'Retrun':1},"
                + "'7':{'Throw':{'Error':1}},'8':{'Throw':'E'},'9':{'Throw':{'Error':'E','Cause':'C','Code':2}}},"
                + "'NotObject':[]},"
                + "'MockedResponse':{}}");

        assertThat(e.problems()).containsExactly(
                new MockConfigProblem("/MockedResponse",
                        "unknown field 'MockedResponse'; a mock configuration has the fields StateMachines and "
                                + "MockedResponses"),
                new MockConfigProblem("/MockedResponses/Bad/x",
                        "'x' is not an invocation number (\"0\") or an inclusive range of them (\"1-2\")"),
                new MockConfigProblem("/MockedResponses/Bad/3-1", "the range '3-1' ends before it starts"),
                new MockConfigProblem("/MockedResponses/Bad/2", "invocations 2 are already answered by the entry "
                        + "\"0-2\""),
                new MockConfigProblem("/MockedResponses/Bad/4",
                        "an answer holds exactly one of Return and Throw, not both"),
                new MockConfigProblem("/MockedResponses/Bad/5",
                        "an answer holds exactly one of Return and Throw; this one holds neither"),
                new MockConfigProblem("/MockedResponses/Bad/6/Retrun",
                        "unknown field 'Retrun'; an answer is a Return or a Throw"),
                new MockConfigProblem("/MockedResponses/Bad/7/Throw/Error", "Error must be a string, not a number"),
                new MockConfigProblem("/MockedResponses/Bad/7/Throw", "Throw needs the field Cause (a string)"),
                new MockConfigProblem("/MockedResponses/Bad/8/Throw",
                        "Throw must be an object with the strings Error and Cause, not a string"),
                new MockConfigProblem("/MockedResponses/Bad/9/Throw/Code",
                        "unknown field 'Code'; Throw has the fields Error and Cause"),
                new MockConfigProblem("/MockedResponses/NotObject", "a mocked response must be an object of answers "
                        + "by invocation number (\"0\") or range (\"1-2\"), not an array"),
                new MockConfigProblem("/StateMachines/M/Extra",
                        "unknown field 'Extra'; a state machine's entry has the one field TestCases"),
                new MockConfigProblem("/StateMachines/M/TestCases/T/A",
                        "no mocked response named 'Missing' in MockedResponses"),
                new MockConfigProblem("/StateMachines/M/TestCases/T/B",
                        "a test case maps a state to the name of a mocked response (a string), not a number"),
                new MockConfigProblem("/StateMachines/M/TestCases/U", "a test case must be an object mapping Task "
                        + "state names to mocked responses, not an array"),
                new MockConfigProblem("/StateMachines/N/TestCases",
                        "missing TestCases: an object of test cases by name"));
        assertThat(e.getMessage()).startsWith("Invalid mock configuration document (17 mistakes):\n  ")
                .contains("no mocked response named 'Missing' in MockedResponses (at /StateMachines/M/TestCases/T/A)");
    }

    @Test
    void reportsAMissingOrMistypedTopLevelAndEscapesPointers() {
        assertThat(mistakes("[]").problems()).containsExactly(new MockConfigProblem("", "a mock configuration is an "
                + "object with the fields StateMachines and MockedResponses, not an array"));
        assertThat(mistakes("{}").problems()).extracting(MockConfigProblem::location)
                .containsExactly("/MockedResponses", "/StateMachines");
        assertThat(mistakes("{'StateMachines':{'a/b~c':{'TestCases':{'T':{'S':'X'}}}},'MockedResponses':{}}")
                .problems()).extracting(MockConfigProblem::location)
                .containsExactly("/StateMachines/a~1b~0c/TestCases/T/S");
        assertThat(mistakes("{'StateMachines':").problems()).singleElement()
                .satisfies(p -> assertThat(p.location()).isEmpty())
                .satisfies(p -> assertThat(p.message()).startsWith("not valid JSON: "));
    }

    @Test
    void aSyntaxErrorSaysWhereInTheFile() {
        MockConfigException e = mistakes("{'StateMachines': {},\n 'MockedResponses': {'R': {'0': {'Return': 1}}}}}");

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("not valid JSON: at line 2, column 49: Unexpected close marker '}'"));
    }

    /** AWS: test case names are "unique per state machine", and MockedResponses' fields are "unique field names". */
    @Test
    void aNameGivenTwiceIsAMistakeAtEachLaterOccurrenceNotASilentReplacement() {
        MockConfigException e = mistakes("{'StateMachines':{'M':{'TestCases':{"
                + "'HappyPath':{'A':'Ok'},'HappyPath':{'A':'Fails','A':'Ok'}}}},"
                + "'MockedResponses':{'Ok':{'0':{'Return':1}},'Fails':{'0':{'Throw':{'Error':'E','Cause':'c'}},"
                + "'0':{'Return':2}},'Ok':{'0':{'Return':3}}}}");

        assertThat(e.problems()).extracting(MockConfigProblem::location).containsExactly(
                "/StateMachines/M/TestCases/HappyPath", "/StateMachines/M/TestCases/HappyPath/A",
                "/MockedResponses/Fails/0", "/MockedResponses/Ok");
        assertThat(e.problems().get(0).message()).isEqualTo("'HappyPath' is named a second time here; names in a "
                + "mock configuration are unique (the later entry would silently replace the earlier)");
    }

    /** JSON is UTF-8 (RFC 8259, 8.1): a file saved as Latin-1 is pointed at, not read with its bytes replaced. */
    @Test
    void aFileInAnotherEncodingIsAMistakeOnTheLineOfItsFirstForeignByte(@TempDir Path dir) throws Exception {
        String text = ("{'StateMachines': {},\n 'MockedResponses': {'R': {'0': {'Throw':\n"
                + " {'Error': 'E', 'Cause': 'caf\u00e9'}}}}}").replace('\'', '"');
        Path latin1 = Files.write(dir.resolve("latin1.json"), text.getBytes(StandardCharsets.ISO_8859_1));

        for (ThrowingCallable reading : List.<ThrowingCallable>of(() -> MockConfig.read(latin1),
                () -> MockConfig.parse(Files.readAllBytes(latin1), "latin1.json"))) {
            assertThatThrownBy(reading).isInstanceOfSatisfying(MockConfigException.class, e -> assertThat(e.problems())
                    .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("not UTF-8 text: the byte 0xE9 "
                            + "on line 3 is not UTF-8 (JSON is UTF-8 text); save the file as UTF-8")));
        }
        // the same text in UTF-8 reads
        assertThat(MockConfig.parse(text.getBytes(StandardCharsets.UTF_8), "utf8").stateMachines()).isEmpty();
    }

    /** A byte order mark, invisible in the editor that wrote it, is named rather than shown as a blank character. */
    @Test
    void aByteOrderMarkIsNamedWithHowToSaveTheFileWithoutIt() {
        MockConfigException e = mistakes("\uFEFF{'StateMachines': {}, 'MockedResponses': {}}");

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("not valid JSON: "
                + "the text begins with a byte order mark (U+FEFF), which JSON does not have; save the file as UTF-8 "
                + "without a byte order mark (BOM)"));
    }

    @Test
    void aFileThatCannotBeReadIsAnIoError(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThatThrownBy(() -> MockConfig.read(dir.resolve("none.json")))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("cannot read the mock configuration");
    }

    @Test
    void testStateMockHasEitherAResultOrAnError() {
        assertThatThrownBy(() -> new TestStateMock(null, null, null)).hasMessageContaining("neither");
        assertThatThrownBy(() -> new TestStateMock(Json.NODES.objectNode(), "E", null)).hasMessageContaining("both");
        assertThat(List.of(TestStateMock.error("E", null).error())).containsExactly("E");
    }
}
