package dev.stepwise.runtime.robustness;

import static dev.stepwise.runtime.robustness.Seeds.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import org.junit.jupiter.api.Test;

/** Defects the fuzz test found, each pinned down by the smallest definition that showed it. */
class FuzzFindingsTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    @Test
    void aQueryTheDocumentsShapeCannotAnswerMatchesNothingInsteadOfEscapingAsALibraryException() {
        // a filter applied to a string: the path library threw InvalidPathException at read time
        Execution definite = runtime.start(runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'Parameters':{'v.$':'$.a[?(@.b)]'},'End':true}}}")), json("{'a':'x'}")).await();
        assertThat(definite.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(definite.output().get("v").isEmpty()).isTrue();
        Execution chosen = runtime.start(runtime.load(json("{'StartAt':'C','States':{'C':{'Type':'Choice',"
                + "'Choices':[{'Variable':'$.a[?(@.b)]','IsPresent':true,'Next':'S'}],'Default':'S'},"
                + "'S':{'Type':'Succeed'}}}")), json("{'a':'x'}")).await();
        assertThat(chosen.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }
}
