/**
 * Persistence for access control and privacy: API keys (hashes only), consent per user and
 * modality, and the audit log. The policy (roles, defaults, who may do what) lives in the server.
 */
package dev.affectrec.store.access;
