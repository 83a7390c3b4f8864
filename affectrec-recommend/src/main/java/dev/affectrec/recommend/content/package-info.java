/**
 * Content-based recommendation: item embeddings from text through a pluggable {@link
 * dev.affectrec.recommend.content.TextEncoder}, a user profile as the feedback-weighted mean of the
 * embeddings of the items they engaged with, and cosine scoring.
 */
package dev.affectrec.recommend.content;
