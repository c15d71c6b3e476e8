import { useEffect, useMemo, useRef } from 'react';
import { type SourceSpan, segmentText } from '../lib/text-segments.ts';

/** A highlighted source range and what hovering it tells (code, label, value). */
export interface SourceMark extends SourceSpan {
  title: string;
  kind: 'value' | 'fact';
}

/** Which mark to bring into view; `nonce` changes on every click so the same mark can flash again. */
export interface SourceFocus {
  id: string;
  nonce: number;
}

/**
 * The report's decoded text with every extracted figure marked. Hovering a mark shows its code and
 * label; `focus` scrolls a mark into view and flashes it.
 */
export function SourceText({
  text,
  marks,
  focus,
}: {
  text: string;
  marks: readonly SourceMark[];
  focus?: SourceFocus | undefined;
}) {
  const rootRef = useRef<HTMLPreElement>(null);
  const segments = useMemo(() => segmentText(text, marks), [text, marks]);
  const byId = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);

  const focusId = focus?.id;
  const nonce = focus?.nonce;
  useEffect(() => {
    if (focusId === undefined || nonce === undefined) return;
    const target = [...(rootRef.current?.querySelectorAll<HTMLElement>('mark[data-ids]') ?? [])].find((el) =>
      (el.dataset.ids ?? '').split(' ').includes(focusId),
    );
    if (target === undefined) return;
    // scrollIntoView is missing in some test DOMs; the mark is still flagged active.
    target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    // Restart the flash animation even when the same mark is clicked twice in a row.
    target.classList.remove('flash');
    void target.offsetWidth;
    target.classList.add('flash');
    target.dataset.flash = String(nonce);
  }, [focusId, nonce]);

  return (
    <pre className="source-text" data-testid="source-text" ref={rootRef}>
      {segments.map((segment, index) => {
        if (segment.ids.length === 0) return segment.text;
        const covering = segment.ids.map((id) => byId.get(id)).filter((m) => m !== undefined);
        const kinds = new Set(covering.map((m) => m.kind));
        const className = [
          kinds.has('value') ? 'mark-value' : 'mark-fact',
          segment.text === '' ? 'mark-blank' : '',
          focusId !== undefined && segment.ids.includes(focusId) ? 'active' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <mark
            // Segments never reorder; an empty one shares its start with the run after it.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            className={className}
            data-ids={segment.ids.join(' ')}
            title={covering.map((m) => m.title).join('\n')}
          >
            {segment.text}
          </mark>
        );
      })}
    </pre>
  );
}
