/**
 * The web dashboard: static HTML, JavaScript and CSS packaged in the server jar and served without
 * authentication (the page holds no data; it asks for an API key and calls the REST API with it).
 */
package dev.affectrec.server.dashboard;
