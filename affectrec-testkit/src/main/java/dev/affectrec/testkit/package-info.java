/** Helpers for tests only: never a dependency outside test scope. */
package dev.affectrec.testkit;
