/**
 * Behaviour in the loop: the shipped behaviour model, the fusion settings that weight its readings
 * by the reliability it learned, and the ingest listener that cuts each user's events into sessions
 * as they arrive and stores a BEHAVIOUR reading of every closed session the user lets be read.
 */
package dev.affectrec.serving.behaviour;
