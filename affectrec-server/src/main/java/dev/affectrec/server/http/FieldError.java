package dev.affectrec.server.http;

/**
 * One invalid field of a request.
 *
 * @param field a JSON-pointer-like path such as {@code [2].time} or {@code title}, never null
 * @param message what is wrong, never null
 */
public record FieldError(String field, String message) {}
