package dev.stepwise.runtime.activities;

import java.time.Instant;

/** An activity (CreateActivity): a named queue of Task states that workers poll with GetActivityTask. */
public record Activity(String name, String arn, Instant creationDate) {
}
