/**
 * The emotion-aware hybrid measured by hand: serving latency against plain CF top-k in the same run
 * (JMH), the ablation of its parts on a cold-start split ({@link
 * dev.affectrec.bench.hybrid.AblationMain}) and the offline policy-bandit simulation ({@link
 * dev.affectrec.bench.hybrid.PolicySimulation}).
 */
package dev.affectrec.bench.hybrid;
