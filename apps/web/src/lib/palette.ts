/** Ten distinguishable line colours (one per selectable agency), readable on white. */
export const LINE_COLORS = [
  '#1f5fbf',
  '#d9480f',
  '#2b8a3e',
  '#ae3ec9',
  '#c92a2a',
  '#0b7285',
  '#e67700',
  '#5f3dc4',
  '#5c940d',
  '#862e9c',
] as const;

/** The colour of the n-th line; wraps if there are ever more lines than colours. */
export function lineColor(index: number): string {
  return LINE_COLORS[index % LINE_COLORS.length] ?? '#1f5fbf';
}
