/**
 * What users do and what they act on: {@link dev.affectrec.api.event.Event}, {@link
 * dev.affectrec.api.event.User} and {@link dev.affectrec.api.event.Item}.
 */
package dev.affectrec.api.event;
