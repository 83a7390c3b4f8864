/**
 * What the feelings are about: aspects (delivery, smell, 物流, 质量 ...) found in review texts from a
 * seed lexicon expanded with terms mined from the reviews themselves, and per item how often each
 * is mentioned and how often in a negative review.
 */
package dev.affectrec.analytics.aspect;
