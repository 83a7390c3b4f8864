// Tables that can be downloaded as CSV: one list of columns drives both the table and its CSV, so
// the file holds exactly the rows and values the table shows.
import { h } from './ui.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): null is empty, numbers as they are; text that a spreadsheet would run
 * as a formula (starting with = + - @ tab or CR) gets a leading apostrophe, and text with a comma,
 * quote, line break or edge space is quoted with inner quotes doubled.
 */
export function csvField(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document: a header line and one line per row, CRLF line ends, UTF-8 with a BOM. */
export function toCsv(header, rows) {
  const lines = [header, ...rows].map((fields) => fields.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A table with a "Download CSV" link above it.
 *
 * options: {name: file name without .csv, testid, rows: [row], columns: [{label, value: (row) =>
 * string | number | null, cell?: (row) => Node | string, num?: boolean}]}. The CSV holds
 * value(row) for every column; the table cell shows cell(row) when given (a link, a chip, a meter
 * beside the number), else value(row). The table is [data-testid=testid], each row
 * [data-testid=testid-row], the link [data-testid=testid-csv].
 */
export function dataTable(options) {
  const { name, testid, rows, columns } = options;
  const csv = toCsv(columns.map((c) => c.label), rows.map((r) => columns.map((c) => c.value(r))));
  const link = h('a', {
    class: 'csv-link', download: `${name}.csv`, 'data-testid': `${testid}-csv`,
    href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`,
  }, `Download CSV · ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`);
  const head = h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.num ? 'num' : null },
    c.label))));
  const body = h('tbody', {}, rows.map((r) => h('tr', { 'data-testid': `${testid}-row` },
    columns.map((c) => {
      const value = c.value(r);
      return h('td', { class: c.num ? 'num' : null }, c.cell ? c.cell(r) : (value ?? ''));
    }))));
  return h('div', { class: 'data-table' }, h('div', { class: 'table-tools' }, link),
    h('div', { class: 'table-scroll' }, h('table', { 'data-testid': testid }, head, body)));
}
