/**
 * Recommendation algorithms. Everything here is pure: algorithms take an {@link
 * dev.affectrec.recommend.data.InteractionMatrix} and return immutable models; they never import
 * the store or the server.
 */
package dev.affectrec.recommend;
