package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.executions.ExecutionRecord;
import dev.stepwise.runtime.mapruns.MapRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Standard executions a runtime remembers, by ARN: for name checks, DescribeExecution and ListExecutions. It
 * keeps the most recent {@code capacity} finished executions (running ones always), so a runtime that starts
 * millions of executions keeps its memory flat.
 */
final class ExecutionRegistry {

    /** An execution for a start request, and whether it is new (to be begun) or one already running. */
    record Claim(Execution execution, boolean isNew) {
    }

    private final int capacity;
    private final LinkedHashMap<ArnKey, Execution> byArn = new LinkedHashMap<>();

    /**
     * An execution ARN as a key that hashes only its last characters (the execution's name, generated or not, ends
     * there): every start makes a new ARN of about 100 characters, and hashing all of them was 4% of a short
     * execution (async-profiler).
     */
    private static final class ArnKey {

        private static final int HASHED_SUFFIX = 24;

        private final String arn;
        /** Worked out once: a start both looks its key up and puts it. */
        private final int hash;

        ArnKey(String arn) {
            this.arn = arn;
            int h = arn.length();
            for (int i = Math.max(0, arn.length() - HASHED_SUFFIX); i < arn.length(); i++) {
                h = 31 * h + arn.charAt(i);
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ArnKey key && key.arn.equals(arn);
        }
    }

    ExecutionRegistry(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Claims an execution ARN as StartExecution does for a Standard machine: the same name and input as a running
     * execution return that execution (StartExecution is idempotent); any other reuse of a remembered name is
     * refused with {@code ExecutionAlreadyExists}.
     */
    synchronized Claim claim(String arn, JsonNode input, Supplier<Execution> create) {
        ArnKey key = new ArnKey(arn);
        Execution existing = byArn.get(key);
        if (existing != null) {
            if (existing.status() == ExecutionStatus.RUNNING && existing.input().equals(input)) {
                return new Claim(existing, false);
            }
            throw new ApiRefusedException(ApiRefusedException.EXECUTION_ALREADY_EXISTS,
                    "Execution Already Exists: '" + arn + "'");
        }
        Execution created = create.get();
        byArn.put(key, created);
        if (byArn.size() > capacity) {
            forgetOldestFinished();
        }
        return new Claim(created, true);
    }

    private void forgetOldestFinished() {
        for (Iterator<Execution> it = byArn.values().iterator(); it.hasNext() && byArn.size() > capacity; ) {
            if (it.next().status().isFinished()) {
                it.remove();
            }
        }
    }

    synchronized Optional<Execution> find(String arn) {
        return Optional.ofNullable(byArn.get(new ArnKey(arn)));
    }

    /** A Map Run of a remembered execution, by ARN: it is remembered as long as its execution is. */
    synchronized Optional<MapRun> findMapRun(String mapRunArn) {
        for (Execution execution : byArn.values()) {
            Optional<MapRun> found = execution.mapRun(mapRunArn);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A child workflow execution of a remembered Standard execution's Map Runs, by ARN. */
    synchronized Optional<ExecutionRecord> findChild(String executionArn) {
        for (Execution execution : byArn.values()) {
            Optional<ExecutionRecord> found = execution.childExecution(executionArn);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** ListExecutions: a state machine's executions, newest first, of one status or ({@code null}) all. */
    synchronized List<Execution> list(String stateMachineArn, ExecutionStatus status) {
        List<Execution> found = new ArrayList<>();
        for (Execution execution : byArn.values()) {
            if (execution.stateMachine().arn().equals(stateMachineArn)
                    && (status == null || execution.status() == status)) {
                found.add(execution);
            }
        }
        Collections.reverse(found);
        return found;
    }
}
