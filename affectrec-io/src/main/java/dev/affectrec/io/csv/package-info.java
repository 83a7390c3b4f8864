/** RFC 4180 CSV on Apache commons-csv, with record line numbers and UTF-8 checked per line. */
package dev.affectrec.io.csv;
