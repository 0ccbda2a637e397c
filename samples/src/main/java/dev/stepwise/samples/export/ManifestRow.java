package dev.stepwise.samples.export;

/** One row of the CSV manifest, as the ItemReader reads it: every column is text. */
public record ManifestRow(String recordId, String customerId, String amount) {
}
