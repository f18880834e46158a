/** Plain-text tables and number formats for the bench output. */

/** Prints rows as left-aligned columns, the first row being the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  const line = (row: readonly string[]): string => row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd();
  const [header, ...body] = rows;
  if (header === undefined) return '';
  return [line(header), line(header.map((_, index) => '-'.repeat(widths[index] ?? 0))), ...body.map(line)].join('\n');
}

export const seconds = (value: number): string => `${value.toFixed(2)} s`;
export const rate = (value: number): string => value.toFixed(1);
export const mib = (value: number | null): string => (value === null ? 'n/a' : `${Math.round(value)} MiB`);
export const percent = (value: number | null): string => (value === null ? 'n/a' : `${(value * 100).toFixed(2)} %`);

/** One line of the targets list: what, the measured value, and MET / MISSED / NOT MEASURED. */
export function verdict(label: string, measured: string, met: boolean | null): string {
  const status = met === null ? 'NOT MEASURED' : met ? 'MET' : 'MISSED';
  return `  [${status}] ${label}: ${measured}`;
}
