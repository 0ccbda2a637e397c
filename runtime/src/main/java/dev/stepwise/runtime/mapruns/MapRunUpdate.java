package dev.stepwise.runtime.mapruns;

/**
 * UpdateMapRun's changes to a running Map Run; {@code null} leaves a setting as it is. The ranges are the API
 * model's: MaxConcurrency and ToleratedFailureCount at least 0, ToleratedFailurePercentage 0 to 100.
 */
public record MapRunUpdate(Integer maxConcurrency, Double toleratedFailurePercentage, Long toleratedFailureCount) {

    public MapRunUpdate {
        if (maxConcurrency != null && maxConcurrency < 0) {
            throw new IllegalArgumentException("maxConcurrency must be at least 0: " + maxConcurrency);
        }
        if (toleratedFailurePercentage != null
                && !(toleratedFailurePercentage >= 0 && toleratedFailurePercentage <= 100)) {
            throw new IllegalArgumentException("toleratedFailurePercentage must be between 0 and 100: "
                    + toleratedFailurePercentage);
        }
        if (toleratedFailureCount != null && toleratedFailureCount < 0) {
            throw new IllegalArgumentException("toleratedFailureCount must be at least 0: " + toleratedFailureCount);
        }
    }
}
