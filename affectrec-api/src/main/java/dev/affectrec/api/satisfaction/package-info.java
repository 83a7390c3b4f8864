/**
 * How satisfied a user was with an item they interacted with, estimated from every affect signal
 * there is (explicit ratings, review text readings, returns and dislikes, behaviour and face
 * readings). Training weights liked interactions up and drops disliked ones; evaluation counts only
 * satisfied interactions as relevant ("happy" metrics) and counts exposure to unsatisfying ones.
 */
package dev.affectrec.api.satisfaction;
