package dev.stepwise.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowMetadataTest {

    @Test
    void tagsKeepTheirDeclarationOrderAndCannotChange() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (String key : new String[] {"team", "cost-center", "app", "env", "owner", "tier", "zone", "b", "a"}) {
            declared.put(key, key + "-value");
        }
        WorkflowMetadata metadata = new WorkflowMetadata("STANDARD", 0, declared, "OFF", false, null, false, null, null);
        declared.put("later", "x");

        assertThat(metadata.tags().keySet())
                .containsExactly("team", "cost-center", "app", "env", "owner", "tier", "zone", "b", "a");
        assertThatThrownBy(() -> metadata.tags().put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theDefaultsAreAStandardWorkflowWithNothingSet() {
        assertThat(WorkflowMetadata.DEFAULTS)
                .isEqualTo(new WorkflowMetadata("STANDARD", 0, Map.of(), "OFF", false, null, false, null, null));
    }
}
