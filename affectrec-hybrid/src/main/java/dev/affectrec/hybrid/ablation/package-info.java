/** The ablation of the emotion-aware hybrid, run by hand (never a unit test). */
package dev.affectrec.hybrid.ablation;
