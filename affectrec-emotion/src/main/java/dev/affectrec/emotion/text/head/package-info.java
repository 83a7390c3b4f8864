/**
 * Trained heads: multinomial logistic regression (our own L-BFGS), the embedding + TF-IDF ensemble
 * with temperature scaling, and the int8 head-bundle file format with provenance.
 */
package dev.affectrec.emotion.text.head;
