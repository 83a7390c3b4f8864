/**
 * Plain file readers for evaluation data: MovieLens ({@code u.data} or a folder), Amazon review
 * JSON Lines ({@code .gz} allowed) and tab-separated {@code user item rating [time]}. They do not
 * use the store: evaluation reads files directly.
 */
package dev.affectrec.eval.data;
