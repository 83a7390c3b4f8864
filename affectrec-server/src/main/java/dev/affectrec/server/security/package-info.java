/**
 * HTTP access control: authentication of bearer keys, the role each route requires ({@link
 * dev.affectrec.server.security.RouteRoles}) and per-key rate limits. Keys and roles themselves
 * live in {@code dev.affectrec.serving.access}.
 */
package dev.affectrec.server.security;
