/**
 * The HTTP side of privacy: {@link dev.affectrec.server.privacy.RequestAudit} records requests into
 * the domain's audit trail. Consent, pseudonyms and erasure live in {@code
 * dev.affectrec.serving.privacy}.
 */
package dev.affectrec.server.privacy;
