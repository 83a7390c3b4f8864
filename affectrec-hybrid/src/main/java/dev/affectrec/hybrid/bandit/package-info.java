/** Thompson-sampling choice among emotion policies per user segment. */
package dev.affectrec.hybrid.bandit;
