package dev.stepwise.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DefinitionsTest {

    @Test
    void readsTheResourceThroughTheOwnersClassLoader() {
        assertThat(Definitions.read(DefinitionsTest.class, "META-INF/stepwise/test.Present.asl.json"))
                .isEqualTo("{\"StartAt\": \"only\", \"States\": {\"only\": {\"Type\": \"Succeed\"}}}\n");
    }

    @Test
    void aMissingResourceSaysWhichAndWhatToPackage() {
        assertThatThrownBy(() -> Definitions.read(DefinitionsTest.class, "META-INF/stepwise/test.Absent.asl.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("META-INF/stepwise/test.Absent.asl.json is not on the class path of "
                        + "dev.stepwise.workflow.DefinitionsTest: the Stepwise processor writes it with the class;"
                        + " package the compiler's class output (resources included) together");
    }

    @Test
    void classesOfTheBootLoaderReadThroughTheSystemLoader() {
        assertThat(Definitions.read(String.class, "META-INF/stepwise/test.Present.asl.json")).contains("\"Succeed\"");
    }
}
