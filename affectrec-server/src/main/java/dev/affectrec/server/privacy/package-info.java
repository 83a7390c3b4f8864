/**
 * Privacy by design: user-id pseudonymisation at ingest, consent per user and modality, erasure
 * that reaches every cache, and an audit trail without personal data.
 */
package dev.affectrec.server.privacy;
