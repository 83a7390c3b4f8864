/**
 * Thin HTTP handlers: each parses and validates a request, calls one store or service method and
 * renders the result.
 */
package dev.affectrec.server.handlers;
