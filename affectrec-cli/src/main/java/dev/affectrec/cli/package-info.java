/**
 * The {@code affectrec} command line: one picocli class per command. Commands are thin: they parse
 * options, call one service and render. Exit codes: 0 success, 1 runtime failure, 2 usage or input
 * error; messages go to stderr and bad input never prints a stack trace.
 */
package dev.affectrec.cli;
