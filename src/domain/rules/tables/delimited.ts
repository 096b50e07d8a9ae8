/**
 * Splits one line of comma- or tab-separated text into cells, honouring double
 * quotes (`"a, b"` is one cell; `""` inside quotes is a quote).
 * @example splitDelimitedLine('93306,1,"3 Date of Service Edit: Clinical"', ',') //=> ['93306', '1', '3 Date of Service Edit: Clinical']
 */
export function splitDelimitedLine(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
