package dev.stepwise.samples.export;

/**
 * What starts a night's export: the manifest to read and the night it covers.
 *
 * @param manifestKey the CSV manifest's key in the {@code nightly-export-manifests} bucket
 * @param exportDate the night exported, {@code 2026-03-14}
 */
public record ExportRequest(String manifestKey, String exportDate) {
}
