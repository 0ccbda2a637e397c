package dev.stepwise.processor.deploy;

import java.util.Objects;

/** One resource tag, as declared on the workflow. Limits are checked by {@link DeploymentChecks}, not here. */
public record ResourceTag(String key, String value) {

    public ResourceTag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
