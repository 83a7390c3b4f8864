/**
 * Item-based k-nearest-neighbour recommendation: a sparse item-item cosine similarity matrix with
 * shrinkage, truncated to each item's nearest neighbours.
 */
package dev.affectrec.recommend.knn;
