/**
 * The trained hybrid-emotion model (a ScoringModel) and its trainer with the validation learner.
 */
package dev.affectrec.hybrid.model;
