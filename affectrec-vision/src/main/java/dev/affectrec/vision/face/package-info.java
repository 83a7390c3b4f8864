/**
 * The face-emotion job that the CLI ({@code affectrec emotion face}) and REST ({@code POST
 * /v1/emotion/face}) call: consent check, safe decoding, detection, expression, readings and the
 * JSON form. Images stay in memory and are never written to disk or logs.
 */
package dev.affectrec.vision.face;
