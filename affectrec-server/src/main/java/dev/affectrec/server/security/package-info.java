/**
 * Access control and privacy: API keys with roles (stored as hashes), per-key rate limits, and
 * keyed pseudonymisation of user ids.
 */
package dev.affectrec.server.security;
