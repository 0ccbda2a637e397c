package dev.stepwise.runtime.events;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls every registered listener in turn, so that one that throws neither stops the others nor the execution. */
public final class ExecutionListeners implements ExecutionListener {

    private final List<ExecutionListener> listeners;
    private final List<ExecutionListener> eventListeners;

    public ExecutionListeners(List<ExecutionListener> listeners) {
        this.listeners = List.copyOf(listeners);
        // a loop, not a stream: every runtime builds this, and a fresh JVM pays for a stream pipeline's first use
        List<ExecutionListener> wanting = new ArrayList<>();
        for (ExecutionListener listener : this.listeners) {
            if (listener.wantsEvents()) {
                wanting.add(listener);
            }
        }
        this.eventListeners = List.copyOf(wanting);
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    @Override
    public boolean wantsEvents() {
        return !eventListeners.isEmpty();
    }

    @Override
    public void executionCreated(Execution execution) {
        for (ExecutionListener listener : listeners) {
            try {
                listener.executionCreated(execution);
            } catch (RuntimeException e) {
                Log.LOG.warn("execution listener {} failed on the creation of {}", listener, execution.arn(), e);
            }
        }
    }

    @Override
    public void statusChanged(ExecutionStatusChange change) {
        for (ExecutionListener listener : listeners) {
            try {
                listener.statusChanged(change);
            } catch (RuntimeException e) {
                Log.LOG.warn("execution listener {} failed on {} {}", listener, change.executionArn(), change.status(),
                        e);
            }
        }
    }

    @Override
    public void eventRecorded(String executionArn, HistoryEvent event) {
        for (ExecutionListener listener : eventListeners) {
            try {
                listener.eventRecorded(executionArn, event);
            } catch (RuntimeException e) {
                Log.LOG.warn("execution listener {} failed on event {} of {}", listener, event.id(), executionArn, e);
            }
        }
    }

    /**
     * The logger, made when a listener first fails: looking it up initialises SLF4J and its binding (with Logback,
     * reading its configuration), which a run whose listeners do not fail need not pay for.
     */
    private static final class Log {

        static final Logger LOG = LoggerFactory.getLogger(ExecutionListeners.class);
    }
}
