/** JMH benchmarks of recommendation serving: top-k from trained models. */
package dev.affectrec.bench.recommend;
