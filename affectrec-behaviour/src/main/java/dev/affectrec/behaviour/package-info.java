/**
 * Behaviour emotion: sessions cut from plain event lists ({@link
 * dev.affectrec.behaviour.Sessioniser}), transparent cold-start rules ({@link
 * dev.affectrec.behaviour.ColdStartRules}) and {@link dev.affectrec.behaviour.BehaviourRecognizer},
 * which turns a session into an {@link dev.affectrec.api.emotion.EmotionReading} of modality
 * BEHAVIOUR from the trained model or, with few events or no model, from the rules.
 *
 * <p>Nothing here imports the store: callers pass {@link dev.affectrec.api.event.Event} lists.
 */
package dev.affectrec.behaviour;
