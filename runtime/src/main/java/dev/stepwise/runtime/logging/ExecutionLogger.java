package dev.stepwise.runtime.logging;

import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.history.HistoryListener;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one execution's events that its configuration's level selects. A sink that fails is reported once through
 * SLF4J and then ignored for this execution: logging never breaks a run.
 */
public final class ExecutionLogger implements HistoryListener {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionLogger.class);

    private final LoggingConfiguration configuration;
    private final LogSink sink;
    private final String executionArn;
    private final IntSupplier redriveCount;
    private volatile boolean broken;

    /** @param redriveCount the execution's current redrive count, read at each record */
    public ExecutionLogger(LoggingConfiguration configuration, LogSink sink, String executionArn,
            IntSupplier redriveCount) {
        this.configuration = configuration;
        this.sink = sink;
        this.executionArn = executionArn;
        this.redriveCount = redriveCount;
    }

    @Override
    public void recorded(HistoryEvent event) {
        if (broken || !configuration.level().logs(event.type())) {
            return;
        }
        try {
            sink.write(LogRecords.of(event, executionArn, redriveCount.getAsInt(),
                    configuration.includeExecutionData()));
        } catch (RuntimeException e) {
            broken = true;
            LOG.warn("log sink failed for execution {}; its remaining records are dropped", executionArn, e);
        }
    }
}
