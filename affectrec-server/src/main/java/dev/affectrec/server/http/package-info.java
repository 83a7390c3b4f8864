/**
 * HTTP plumbing shared by the handlers: JSON mapping, RFC 9457 problem responses, bounded body
 * reading and request metrics.
 */
package dev.affectrec.server.http;
