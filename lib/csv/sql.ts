// The SQL side of the CSV rules, for reports that PostgreSQL writes itself with
// `COPY (…) TO STDOUT WITH (FORMAT csv)`: the same formula neutralising as encode.ts, evaluated
// per row in the database so the rows never pass through JavaScript.
import { FORMULA_PREFIXES } from "./encode";

function sqlCharLiteral(c: string): string {
  const code = c.charCodeAt(0);
  // Control characters as chr(n): no escape-string syntax to get wrong.
  if (code < 32) return `chr(${code})`;
  return `'${c.replace(/'/g, "''")}'`;
}

const PREFIX_LIST = FORMULA_PREFIXES.map(sqlCharLiteral).join(", ");

/**
 * `expr` (an SQL text expression written by us, never user input) neutralised as
 * neutralizeFormula does: a leading =, +, -, @, tab or CR gets a single quote in front.
 */
export function neutralizeSql(expr: string): string {
  return `(CASE WHEN left(${expr}, 1) IN (${PREFIX_LIST}) THEN '''' || ${expr} ELSE ${expr} END)`;
}
