/**
 * A behavioural test suite for the text reading in the manner of CheckList (Ribeiro et al., ACL
 * 2020): template-made minimal cases per capability and language ({@link
 * dev.affectrec.emotion.text.check.BehaviouralSuite}), run by {@code affectrec emotion check} and
 * by a test ({@link dev.affectrec.emotion.text.check.CheckJob}).
 */
package dev.affectrec.emotion.text.check;
