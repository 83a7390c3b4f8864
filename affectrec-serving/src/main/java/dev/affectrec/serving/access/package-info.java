/**
 * API keys and roles: generation and hashing of keys ({@link
 * dev.affectrec.serving.access.ApiKeys}), their creation, authentication and revocation ({@link
 * dev.affectrec.serving.access.KeyService}), the {@link dev.affectrec.serving.access.Role} a key
 * holds, keyed pseudonymisation of user ids and the access settings. No HTTP here: the server maps
 * roles to routes and the CLI creates keys with the same service.
 */
package dev.affectrec.serving.access;
