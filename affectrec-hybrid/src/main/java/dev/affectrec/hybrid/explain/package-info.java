/** Structured reasons with one-line English and Chinese texts. */
package dev.affectrec.hybrid.explain;
