/**
 * Interaction data in the shape the algorithms need: an immutable sparse user-by-item matrix in
 * both row (CSR) and column (CSC) order, with dense int indices and maps back to string ids.
 */
package dev.affectrec.recommend.data;
