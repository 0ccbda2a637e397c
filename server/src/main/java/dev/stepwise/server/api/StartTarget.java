package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.versions.StateMachineAlias;
import dev.stepwise.runtime.versions.StateMachineVersion;

/** What a StartExecution's {@code stateMachineArn} names: a state machine, one of its versions, or an alias. */
sealed interface StartTarget {

    /** The machine an execution would run (for an alias: the machine its versions come from). */
    StateMachine machine();

    Execution launch(LocalRuntime runtime, String name, JsonNode input);

    /** Starts an execution, with the runtime's refusals (ExecutionAlreadyExists, ...) in the endpoint's terms. */
    default Execution start(LocalRuntime runtime, String name, JsonNode input) {
        try {
            return launch(runtime, name, input);
        } catch (ApiRefusedException e) {
            throw Refusals.of(e);
        }
    }

    static StartTarget resolve(String text, Catalog catalog, VersionOperations versions) {
        StatesArn arn = StatesArn.parse(text, "stateMachine");
        MachineEntry entry = catalog.require(arn.unqualified());
        if (arn.isVersion()) {
            return new Version(versions.requireVersion(entry, arn.text()).version());
        }
        if (arn.isAlias()) {
            return new Alias(versions.requireAlias(arn.text()).alias, entry.current().machine());
        }
        return new Machine(entry.current().machine());
    }

    record Machine(StateMachine machine) implements StartTarget {
        @Override
        public Execution launch(LocalRuntime runtime, String name, JsonNode input) {
            return runtime.start(machine, name, input);
        }
    }

    record Version(StateMachineVersion version) implements StartTarget {
        @Override
        public StateMachine machine() {
            return version.machine();
        }

        @Override
        public Execution launch(LocalRuntime runtime, String name, JsonNode input) {
            return runtime.start(version, name, input);
        }
    }

    record Alias(StateMachineAlias alias, StateMachine machine) implements StartTarget {
        @Override
        public Execution launch(LocalRuntime runtime, String name, JsonNode input) {
            return runtime.start(alias, name, input);
        }
    }
}
