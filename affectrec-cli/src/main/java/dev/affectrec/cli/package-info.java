/**
 * The {@code affectrec} command line: one picocli class per command. Commands are thin: they parse
 * options, call the domain services of {@code dev.affectrec.serving} (the same ones the server
 * calls) and render. Exit codes: 0 success, 1 runtime failure or internal error, 2 usage or input
 * error, decided by exception type in {@link dev.affectrec.cli.ExitCodes}; messages go to stderr in
 * one line and only {@code AFFECTREC_DEBUG=1} prints a stack trace.
 */
package dev.affectrec.cli;
