/**
 * The AffectRec REST service: {@link dev.affectrec.server.AffectRecServer} assembles the HTTP
 * handlers over an {@link dev.affectrec.store.EventStore}. Handlers are thin: they parse, validate,
 * call one service method and render.
 */
package dev.affectrec.server;
