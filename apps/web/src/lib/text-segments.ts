/** A marked range of the source text (end exclusive) with the id of what it is the source of. */
export interface SourceSpan {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same set of spans (none for plain text). */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Ids of the spans covering this run, in the order the spans were given. */
  ids: string[];
}

/**
 * Cuts the text at every span boundary so that each run can be drawn as plain text or as one mark.
 * Overlapping spans (a narrative fact inside a table row) share the runs they overlap. An empty span
 * (a cell printed blank) becomes an empty segment at its position, so it can still be marked. Spans
 * outside the text are ignored.
 */
export function segmentText(text: string, spans: readonly SourceSpan[]): TextSegment[] {
  const inText = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start <= s.end);
  const valid = inText.filter((s) => s.start < s.end);
  const points = new Map<number, string[]>();
  for (const s of inText) if (s.start === s.end) points.set(s.start, [...(points.get(s.start) ?? []), s.id]);
  const cuts = new Set<number>([0, text.length, ...points.keys()]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let open: SourceSpan[] = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i] ?? 0;
    const end = boundaries[i + 1] ?? text.length;
    const empty = points.get(start);
    if (empty !== undefined) segments.push({ start, end: start, text: '', ids: empty });
    // Spans start only at cut points, so a sweep keeps the covering set current.
    while (next < byStart.length && (byStart[next]?.start ?? Number.POSITIVE_INFINITY) <= start) {
      const span = byStart[next];
      if (span !== undefined) open.push(span);
      next++;
    }
    open = open.filter((s) => s.end > start);
    const ids = valid.filter((s) => open.includes(s)).map((s) => s.id);
    const last = segments.at(-1);
    if (last !== undefined && ids.length === 0 && last.ids.length === 0 && empty === undefined) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), ids });
    }
  }
  // A blank cell at the very end of the text has no run after it.
  const tail = points.get(text.length);
  if (tail !== undefined && text.length > 0)
    segments.push({ start: text.length, end: text.length, text: '', ids: tail });
  return segments;
}
