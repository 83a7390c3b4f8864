/**
 * Apache Spark MLlib ALS as a peer in the evaluation harness: it trains on the same interaction
 * matrix as our algorithms, and its factors become a {@link
 * dev.affectrec.recommend.factor.FactorModel}, so both are ranked and measured by the same code.
 * Registered as {@code spark-als} (implicit) and {@code spark-als-explicit} through {@link
 * java.util.ServiceLoader}.
 */
package dev.affectrec.spark;
