package dev.stepwise.server.api;

import dev.stepwise.runtime.StateMachine;
import dev.stepwise.server.protocol.ApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * What the endpoint keeps beside the runtime: the state machines clients created (by ARN, in creation order), the
 * revision each compiled machine came from (for DescribeStateMachineForExecution) and the tags of every resource.
 * Thread-safe: clients call at once.
 */
final class Catalog {

    private final Map<String, MachineEntry> machines = new LinkedHashMap<>();
    /** Compiled machine to its revision; weak, so replaced revisions go once no execution holds them. */
    private final Map<StateMachine, Revision> revisions = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<String, Map<String, String>> tags = new LinkedHashMap<>();

    /**
     * The entry of {@code arn}, created by {@code create} if there is none.
     *
     * @return the entry in the catalog (the existing one when the ARN was taken)
     */
    synchronized MachineEntry putIfAbsent(String arn, Supplier<MachineEntry> create) {
        MachineEntry entry = machines.computeIfAbsent(arn, key -> create.get());
        remember(entry.current());
        return entry;
    }

    synchronized MachineEntry find(String arn) {
        return machines.get(arn);
    }

    /** @throws ApiException {@code StateMachineDoesNotExist} */
    MachineEntry require(String arn) {
        MachineEntry entry = find(arn);
        if (entry == null) {
            throw doesNotExist(arn);
        }
        return entry;
    }

    /**
     * StateMachineDoesNotExist, also for a version or alias ARN that names nothing where the operation (as
     * StartExecution and DescribeStateMachine) has no ResourceNotFound among its errors in AWS's API model.
     */
    static ApiException doesNotExist(String arn) {
        return new ApiException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    synchronized MachineEntry remove(String arn) {
        tags.remove(arn);
        return machines.remove(arn);
    }

    synchronized List<MachineEntry> machines() {
        return new ArrayList<>(machines.values());
    }

    void remember(Revision revision) {
        revisions.put(revision.machine(), revision);
    }

    Revision revisionOf(StateMachine machine) {
        return revisions.get(machine);
    }

    synchronized Map<String, String> tags(String arn) {
        return new LinkedHashMap<>(tags.getOrDefault(arn, Map.of()));
    }

    synchronized void setTags(String arn, Map<String, String> newTags) {
        if (newTags.isEmpty()) {
            tags.remove(arn);
        } else {
            tags.put(arn, new LinkedHashMap<>(newTags));
        }
    }
}
