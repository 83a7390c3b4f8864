/**
 * Privacy by design: user-id pseudonymisation ({@link dev.affectrec.serving.privacy.UserIds}),
 * consent per user and modality, erasure that reaches every cache through {@link
 * dev.affectrec.serving.privacy.ErasureListener}, and an audit trail without personal data.
 */
package dev.affectrec.serving.privacy;
