package dev.stepwise.asl.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.data.Json;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextFormatsTest {

    @Test
    void mermaidHasShapesByTypeSubgraphsDottedCatchesAndStartAndEnd() throws IOException {
        String mermaid = GraphFormat.MERMAID.render(StateGraphReaderTest.order());
        assertThat(mermaid).startsWith("flowchart TD\n")
                .contains("start((\"Start\")):::terminal", "finish((\"End\")):::terminal", "start --> s1\n")
                .contains("s2{\"route<br/><small>Choice</small>\"}:::choice")
                .contains("s7([\"reject<br/><small>Fail · OrderRejected</small>\"]):::fail")
                .contains("<small>↻ Retry Lambda.TooManyRequestsException ×6</small>")
                .contains("subgraph s4[\"fulfil<br/><small>Parallel</small>\"]", "subgraph r3[\"Branch 2\"]")
                .contains("style s4 fill:#f8f9fa,stroke:#7d8998\n")
                .contains("s1 -.->|\"Catch InvalidOrder\"| s7\n", "s2 -->|\"Default\"| s4\n")
                .contains("s2 -->|\"$.validation.total #gt; 1000 or $.orde…\"| s3\n")
                .contains("s7 --> finish\n", "s8 --> finish\n");
    }

    @Test
    void mermaidEscapesWhatWouldEndOrBreakALabel() {
        String mermaid = GraphFormat.MERMAID.render(Json.parse(
                "{\"StartAt\": \"say \\\"hi\\\" #1 <b>\", \"States\": {\"say \\\"hi\\\" #1 <b>\": {\"Type\": \"Succeed\"}}}"));
        assertThat(mermaid).contains("say #quot;hi#quot; #35;1 #lt;b#gt;").doesNotContain("\"hi\"");
    }

    @Test
    void mermaidEscapesEntitiesAndDirectivesInNames() {
        // Mermaid showed "a &amp; b" as "a & b" and dropped %%{init}%% from the label as a directive
        String mermaid = GraphFormat.MERMAID.render(Json.parse(
                "{\"StartAt\": \"a &amp; b\", \"States\": {\"a &amp; b\": {\"Type\": \"Pass\", \"Next\": \"c\"},"
                        + " \"c\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.p\", \"StringEquals\":"
                        + " \"50%\", \"Next\": \"%%{init: {'theme': 'dark'}}%% x\"}]},"
                        + " \"%%{init: {'theme': 'dark'}}%% x\": {\"Type\": \"Succeed\"}}}"));
        assertThat(mermaid).contains("a #38;amp; b<br/>", "#37;#37;{init: {'theme': 'dark'}}#37;#37; x<br/>")
                .contains("|\"$.p == #quot;50#37;#quot;\"|").doesNotContain("&amp;", "%%");
    }

    @Test
    void mermaidEscapesBackticksThatWouldOpenAMarkdownString() {
        // a label opening with ` is a Markdown string to Mermaid, and one that does not end with ` fails the file
        String mermaid = GraphFormat.MERMAID.render(Json.parse("""
                {"StartAt": "`id` check", "States": {"`id` check": {"Type": "Task", "Resource": "x", "End": true,
                  "Catch": [{"ErrorEquals": ["`quoted`"], "Next": "`id` check"}]}}}"""));
        assertThat(mermaid).contains("s1[\"#96;id#96; check<br/>", "-.->|\"Catch #96;quoted#96;\"|")
                .doesNotContain("`");
    }

    @Test
    void dotClipsArrowsOfContainersToTheirClusterAndDashesCatches() throws IOException {
        String dot = GraphFormat.DOT.render(StateGraphReaderTest.order());
        assertThat(dot).startsWith("digraph StateMachine {").contains("compound=true;")
                .contains("subgraph cluster_s4 {", "subgraph cluster_r2 {")
                .contains("s2 -> s4 [label=\"Default\", style=bold, lhead=cluster_s4];")
                .contains("s4 -> s5 [ltail=cluster_s4];")
                .contains("s1 -> s7 [label=\"Catch InvalidOrder\", style=dashed")
                .contains("start -> s1;", "s8 -> finish;");
    }

    @Test
    void dotQuotesNamesWithQuotesAndBackslashes() {
        String dot = GraphFormat.DOT.render(Json.parse(
                "{\"StartAt\": \"a\\\\\\\"b\", \"States\": {\"a\\\\\\\"b\": {\"Type\": \"Succeed\"}}}"));
        assertThat(dot).contains("label=\"a\\\\\\\"b\\nSucceed\"");
    }

    @Test
    void dotWritesAmpersandsAsAnEntityBecauseGraphvizReadsEntities() {
        String dot = GraphFormat.DOT.render(Json.parse(
                "{\"StartAt\": \"a &amp; b\", \"States\": {\"a &amp; b\": {\"Type\": \"Succeed\"}}}"));
        assertThat(dot).contains("label=\"a &#38;amp; b\\nSucceed\"");
    }

    @Test
    void dotLoopsACatchOfAContainerBackToItselfOnItsNameUnclipped() {
        String dot = GraphFormat.DOT.render(Json.parse("""
                {"StartAt": "p", "States": {"p": {"Type": "Parallel", "End": true,
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "p"}],
                  "Branches": [{"StartAt": "a", "States": {"a": {"Type": "Succeed"}}}]}}}"""));
        assertThat(dot).contains("s1 -> s1 [label=\"Catch States.ALL\", style=dashed, color=\"#d13212\","
                + " fontcolor=\"#d13212\"];");
    }

    @Test
    void formatsAreNamedCaseInsensitively() {
        assertThat(GraphFormat.named("Mermaid")).contains(GraphFormat.MERMAID);
        assertThat(GraphFormat.named("svg").map(GraphFormat::extension)).contains("svg");
        assertThat(GraphFormat.named("png")).isEmpty();
    }
}
