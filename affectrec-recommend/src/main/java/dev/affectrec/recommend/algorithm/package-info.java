/**
 * Algorithms by name. A spec such as {@code als:factors=64:lambda=0.5} names an algorithm and
 * overrides its typed configuration; providers are found with {@link java.util.ServiceLoader}, so a
 * module such as affectrec-spark adds {@code spark-als} just by being on the class path.
 */
package dev.affectrec.recommend.algorithm;
