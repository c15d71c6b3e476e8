/*
 * Reading many rows as one JSON cell. The sqlite3 module builds every result cell as a JS value
 * through N-API on the main thread (~0.3 µs a cell), which at thousands of rows costs more than the
 * query; SQLite can write the same rows as one JSON text on its own thread, and JSON.parse reads it
 * several times faster. SQLite's JSON writes a REAL with 15 significant digits, which does not
 * always read back as the same double (0.1 + 0.2 comes back as 0.3), so REAL columns travel as
 * printf('%!.17g') text, which does.
 */

/** SQL for a nullable REAL column as text that reads back as the same double. */
export const exactRealText = (column: string) => `iif(${column} is null, null, printf('%!.17g', ${column}))`;

/** The number written by exactRealText. */
export const fromExactText = (text: string | null): number | null => (text === null ? null : Number(text));
