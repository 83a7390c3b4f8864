/**
 * EASE (Steck 2019): a dense item-item weight matrix in closed form, {@code B = I - P
 * diagMat(1/diag(P))} with {@code P = (X'X + lambda I)^-1} and a zero diagonal.
 */
package dev.affectrec.recommend.ease;
