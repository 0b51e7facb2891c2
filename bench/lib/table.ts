/** Plain-text tables for the terminal: a header row, a rule, numbers right-aligned. */

export interface Column<Row> {
  title: string;
  value: (row: Row) => string;
  align?: 'left' | 'right';
}

export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const widths = columns.map((column, i) => Math.max(column.title.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => (columns[i]!.align === 'left' ? value.padEnd(widths[i]!) : value.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.title)), widths.map((width) => '─'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
}

/** A number with fixed decimals, or a dash when unknown. */
export function fixed(value: number | undefined, decimals: number): string {
  return value === undefined || Number.isNaN(value) ? '–' : value.toFixed(decimals);
}

/** Milliseconds, with one decimal below 100 ms and none above. */
export function milliseconds(value: number): string {
  if (Number.isNaN(value)) return '–';
  return value < 100 ? value.toFixed(1) : value.toFixed(0);
}

export function mebibytes(bytes: number | undefined): string {
  return bytes === undefined ? '–' : `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export function seconds(value: number): string {
  return `${value.toFixed(1)} s`;
}
