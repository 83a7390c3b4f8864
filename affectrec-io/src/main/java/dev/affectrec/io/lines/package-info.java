/**
 * Reading input files line by line: gzip detected by its magic bytes, UTF-8 checked per line,
 * progress reported in bytes of the file on disk.
 */
package dev.affectrec.io.lines;
