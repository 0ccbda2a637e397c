package dev.stepwise.server.api;

import dev.stepwise.runtime.versions.StateMachineAlias;
import dev.stepwise.runtime.versions.StateMachineVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A state machine created through the endpoint: its current revision, published versions and aliases. */
final class MachineEntry {

    record Version(StateMachineVersion version, Revision revision) {
    }

    /** An alias with what the runtime's alias does not keep: its dates and a description that may change. */
    static final class Alias {
        final StateMachineAlias alias;
        final Instant creationDate;
        volatile String description;
        volatile Instant updateDate;

        Alias(StateMachineAlias alias, String description, Instant creationDate) {
            this.alias = alias;
            this.description = description;
            this.creationDate = creationDate;
            this.updateDate = creationDate;
        }
    }

    final String arn;
    final String name;
    final Instant creationDate;
    private volatile Revision current;
    private final Map<String, Version> versions = new LinkedHashMap<>();
    private final Map<String, Alias> aliases = new LinkedHashMap<>();

    MachineEntry(String arn, String name, Instant creationDate, Revision first) {
        this.arn = arn;
        this.name = name;
        this.creationDate = creationDate;
        this.current = first;
    }

    Revision current() {
        return current;
    }

    void update(Revision revision) {
        current = revision;
    }

    synchronized void addVersion(Version version) {
        versions.putIfAbsent(version.version().arn(), version);
    }

    synchronized Version version(String arn) {
        return versions.get(arn);
    }

    synchronized void removeVersion(String arn) {
        versions.remove(arn);
    }

    synchronized List<Version> versions() {
        return new ArrayList<>(versions.values());
    }

    synchronized void addAlias(Alias alias) {
        aliases.put(alias.alias.arn(), alias);
    }

    synchronized Alias alias(String arn) {
        return aliases.get(arn);
    }

    synchronized void removeAlias(String arn) {
        aliases.remove(arn);
    }

    synchronized List<Alias> aliases() {
        return new ArrayList<>(aliases.values());
    }
}
