/** The {@code stepwise} command line: run a definition, validate definitions, run a conformance corpus. */
package dev.stepwise.cli;
