/**
 * Trained heads: multinomial logistic regression (our own L-BFGS), the embedding + TF-IDF ensemble
 * with temperature scaling, the int8 head-bundle file format with provenance, which heads a
 * language's reading needs, and the intensity (trained head or derived formula).
 */
package dev.affectrec.emotion.text.head;
