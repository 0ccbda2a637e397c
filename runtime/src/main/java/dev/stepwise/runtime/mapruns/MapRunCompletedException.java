package dev.stepwise.runtime.mapruns;

/**
 * UpdateMapRun on a Map Run that has ended: AWS refuses it with a ValidationException whose reason is
 * {@code CANNOT_UPDATE_COMPLETED_MAP_RUN} (the API model's ValidationExceptionReason).
 */
public final class MapRunCompletedException extends RuntimeException {

    public MapRunCompletedException(String mapRunArn, MapRunStatus status) {
        super("Map Run " + mapRunArn + " is " + status + ": only a running Map Run can be updated");
    }
}
