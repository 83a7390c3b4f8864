/**
 * The demo shop: a seeded, reproducible simulation of a bilingual (English and Chinese) shop whose
 * users have tastes and moods, browse, buy, rate and write short reviews. The same seed always
 * gives the same users, items and events.
 */
package dev.affectrec.demo;
