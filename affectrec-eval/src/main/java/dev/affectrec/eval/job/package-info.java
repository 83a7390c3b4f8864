/**
 * The evaluation jobs the CLI calls ({@code evaluate}, {@code recommend-file}, {@code
 * predict-file}), each with a typed, validated options record. Input and usage problems surface as
 * {@link dev.affectrec.api.InputException} with a one-line message (the CLI maps it to exit code
 * 2); anything else is a runtime failure.
 */
package dev.affectrec.eval.job;
