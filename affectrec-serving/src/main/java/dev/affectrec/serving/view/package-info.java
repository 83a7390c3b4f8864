/**
 * JSON-ready views (maps with wire names) of emotion states and served recommendations: the one
 * format shared by the REST answers and the CLI's {@code --json} output.
 */
package dev.affectrec.serving.view;
