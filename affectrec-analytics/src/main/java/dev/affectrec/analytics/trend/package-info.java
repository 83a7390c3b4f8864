/** Emotion mix and valence over time per item, category, user segment or the whole platform. */
package dev.affectrec.analytics.trend;
