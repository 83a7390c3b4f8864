package dev.affectrec.bench;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The JMH settings every benchmark here shares: the benchmark class is its own state, shared by all
 * threads ({@link Scope#Benchmark}), measured in one forked JVM. JMH annotations are inherited and
 * the one nearest the benchmark class wins, so a subclass adds or overrides only what differs
 * (mode, time unit, warm-up and measurement iterations).
 */
@State(Scope.Benchmark)
@Fork(1)
public abstract class OneForkBenchmark {}
