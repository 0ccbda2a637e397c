package dev.stepwise.runtime.logging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands records to SLF4J, one JSON message each: at WARN for the events the ERROR level selects, at INFO for the
 * rest, so an application's logging setup can route them.
 */
public final class Slf4jLogSink implements LogSink {

    private final Logger logger;

    /** Logs to the logger named {@code dev.stepwise.executions}. */
    public Slf4jLogSink() {
        this(LoggerFactory.getLogger("dev.stepwise.executions"));
    }

    public Slf4jLogSink(Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    @Override
    public void write(ObjectNode record) {
        if (LogLevel.ERROR.logs(record.path("type").asText())) {
            if (logger.isWarnEnabled()) {
                logger.warn(Json.write(record));
            }
        } else if (logger.isInfoEnabled()) {
            logger.info(Json.write(record));
        }
    }
}
