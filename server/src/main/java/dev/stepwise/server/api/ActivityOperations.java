package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.activities.Activity;
import dev.stepwise.runtime.activities.ActivityTask;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** CreateActivity, DescribeActivity, DeleteActivity, ListActivities and GetActivityTask (a long poll). */
final class ActivityOperations {

    private final LocalRuntime runtime;
    private final Catalog catalog;
    private final Tags tags;
    private final Duration longPoll;

    /** @param longPoll how long GetActivityTask waits for a task (AWS: 60 seconds) */
    ActivityOperations(LocalRuntime runtime, Catalog catalog, Tags tags, Duration longPoll) {
        this.runtime = runtime;
        this.catalog = catalog;
        this.tags = tags;
        this.longPoll = longPoll;
    }

    /**
     * Idempotent on the name: as AWS documents for CreateActivity, a repeated request's tags are ignored, not
     * applied, even when they differ (synchronized so that two first requests do not both count as the first).
     */
    synchronized ObjectNode create(Request request) {
        String name = request.string("name");
        ArrayNode requestedTags = request.list("tags");
        Tags.check(requestedTags);
        boolean repeated = runtime.activities().stream().anyMatch(existing -> existing.name().equals(name));
        Activity activity = refusable(() -> runtime.createActivity(name));
        if (!repeated) {
            tags.add(activity.arn(), requestedTags);
        }
        ObjectNode response = WireJson.object().put("activityArn", activity.arn());
        response.set("creationDate", WireJson.timestamp(activity.creationDate()));
        return response;
    }

    ObjectNode describe(Request request) {
        String arn = StatesArn.parse(request.string("activityArn"), "activity").text();
        return item(refusable(() -> runtime.describeActivity(arn)));
    }

    ObjectNode delete(Request request) {
        String arn = StatesArn.parse(request.string("activityArn"), "activity").text();
        refusable(() -> {
            runtime.deleteActivity(arn);
            return null;
        });
        catalog.setTags(arn, java.util.Map.of());
        return WireJson.object();
    }

    ObjectNode list(Request request) {
        Paging.Page<Activity> page = Paging.page(runtime.activities(), request.maxResults(),
                request.optionalString("nextToken"), "activities", Activity::arn);
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("activities");
        page.items().forEach(activity -> items.add(item(activity)));
        if (page.nextToken() != null) {
            response.put("nextToken", page.nextToken());
        }
        return response;
    }

    /** The oldest task queued for the activity, or an empty answer when none comes within the long poll. */
    ObjectNode getTask(Request request) {
        String arn = StatesArn.parse(request.string("activityArn"), "activity").text();
        String worker = request.optionalString("workerName");
        Optional<ActivityTask> task = refusable(() -> runtime.getActivityTask(arn, worker, longPoll));
        ObjectNode response = WireJson.object();
        task.ifPresent(found -> response.put("taskToken", found.taskToken()).put("input", Json.write(found.input())));
        return response;
    }

    private static ObjectNode item(Activity activity) {
        ObjectNode json = WireJson.object().put("activityArn", activity.arn()).put("name", activity.name());
        json.set("creationDate", WireJson.timestamp(activity.creationDate()));
        return json;
    }

    private static <T> T refusable(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiRefusedException e) {
            throw Refusals.of(e);
        }
    }
}
