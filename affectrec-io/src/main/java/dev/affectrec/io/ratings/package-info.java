/**
 * Rating datasets as neutral rows, read the same way by {@code import} (into the store) and by
 * {@code evaluate} (into interactions): MovieLens and other delimited rating lines ({@link
 * dev.affectrec.io.ratings.RatingRow}) and Amazon review JSON Lines ({@link
 * dev.affectrec.io.ratings.AmazonReview}).
 */
package dev.affectrec.io.ratings;
