/** Most-popular recommendation, optionally with exponential time decay. */
package dev.affectrec.recommend.popular;
