import { useEffect, useRef } from 'react';

/** A character range of the decoded source text (end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/** The report's decoded text; a given span is marked and scrolled into view. */
export function SourceText({ text, highlight }: { text: string; highlight?: TextSpan | undefined }) {
  const markRef = useRef<HTMLElement>(null);
  const span =
    highlight !== undefined &&
    highlight.start >= 0 &&
    highlight.end <= text.length &&
    highlight.start < highlight.end
      ? highlight
      : undefined;

  const start = span?.start;
  const end = span?.end;
  useEffect(() => {
    if (start === undefined || end === undefined) return;
    // scrollIntoView is missing in some test DOMs; the highlight itself still renders.
    markRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [start, end]);

  return (
    <pre className="source-text" data-testid="source-text">
      {span === undefined ? (
        text
      ) : (
        <>
          {text.slice(0, span.start)}
          <mark ref={markRef}>{text.slice(span.start, span.end)}</mark>
          {text.slice(span.end)}
        </>
      )}
    </pre>
  );
}
