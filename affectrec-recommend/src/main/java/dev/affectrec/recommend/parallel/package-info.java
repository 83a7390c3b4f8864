/** Small helpers to split index ranges over worker threads. */
package dev.affectrec.recommend.parallel;
