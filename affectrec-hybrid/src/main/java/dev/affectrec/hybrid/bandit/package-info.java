/** Thompson-sampling choice among emotion policies per user segment, and its simulation. */
package dev.affectrec.hybrid.bandit;
