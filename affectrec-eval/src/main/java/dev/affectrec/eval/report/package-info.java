/** Renders evaluation reports as JSON, a Markdown table and PNG charts (headless). */
package dev.affectrec.eval.report;
