package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.versions.StateMachineAlias;
import dev.stepwise.runtime.versions.StateMachineVersion;
import dev.stepwise.server.protocol.ApiException;

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

    /**
     * The target of an ARN; {@code <state machine ARN>#<test case>} starts the machine with the mocked responses of
     * that test case of the runtime's mock configuration, as Step Functions Local does.
     */
    static StartTarget resolve(String text, Catalog catalog) {
        int hash = text.indexOf('#');
        StatesArn arn = StatesArn.parse(hash < 0 ? text : text.substring(0, hash), "stateMachine");
        MachineEntry entry = catalog.require(arn.unqualified());
        if (hash >= 0) {
            if (arn.qualifier() != null) {
                throw ApiException.invalidArn(text);
            }
            return new MockedMachine(entry.current().machine(), text.substring(hash + 1));
        }
        if (arn.isVersion()) {
            MachineEntry.Version version = entry.version(arn.text());
            if (version == null) {
                throw Catalog.doesNotExist(arn.text());
            }
            return new Version(version.version());
        }
        if (arn.isAlias()) {
            MachineEntry.Alias alias = entry.alias(arn.text());
            if (alias == null) {
                throw Catalog.doesNotExist(arn.text());
            }
            return new Alias(alias.alias, entry.current().machine());
        }
        return new Machine(entry.current().machine());
    }

    record Machine(StateMachine machine) implements StartTarget {
        @Override
        public Execution launch(LocalRuntime runtime, String name, JsonNode input) {
            return runtime.start(machine, name, input);
        }
    }

    record MockedMachine(StateMachine machine, String testCase) implements StartTarget {
        @Override
        public Execution launch(LocalRuntime runtime, String name, JsonNode input) {
            if (runtime.mockConfig().isEmpty()) {
                throw ApiException.validation("a test case ('#" + testCase + "') needs a mock configuration: start "
                        + "the endpoint with --mock-config FILE or SFN_MOCK_CONFIG");
            }
            try {
                return runtime.start(machine, name, input, testCase);
            } catch (IllegalArgumentException e) {
                throw ApiException.validation(e.getMessage());
            }
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
