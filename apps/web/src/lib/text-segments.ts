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
 * Overlapping spans (a narrative fact inside a table row) share the runs they overlap. Spans outside
 * the text or empty ones are ignored.
 */
export function segmentText(text: string, spans: readonly SourceSpan[]): TextSegment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let open: SourceSpan[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    // Spans start only at cut points, so a sweep keeps the covering set current.
    while (next < byStart.length && (byStart[next]?.start ?? Number.POSITIVE_INFINITY) <= start) {
      const span = byStart[next];
      if (span !== undefined) open.push(span);
      next++;
    }
    open = open.filter((s) => s.end > start);
    const ids = valid.filter((s) => open.includes(s)).map((s) => s.id);
    const last = segments.at(-1);
    if (last !== undefined && ids.length === 0 && last.ids.length === 0) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), ids });
    }
  }
  return segments;
}
