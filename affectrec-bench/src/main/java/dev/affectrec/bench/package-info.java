/**
 * JMH benchmarks, one sub-package per area (store, emotion, recommend, vision, server). Each
 * benchmark measures its subject against a baseline in the same run, because this 2-core machine is
 * shared and noisy; results go to docs/BENCHMARKS.md with the command that produced them.
 */
package dev.affectrec.bench;
