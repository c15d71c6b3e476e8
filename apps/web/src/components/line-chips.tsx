import { lineColor } from '../lib/palette.ts';

/** A drawn line as the chip list shows it. */
export interface LineChip {
  key: string;
  name: string;
  kind: 'region' | 'agency';
}

/** The chosen lines with their chart colour and a remove button each. */
export function LineChips({
  lines,
  onRemove,
}: {
  lines: readonly LineChip[];
  onRemove: (key: string) => void;
}) {
  if (lines.length === 0) return <p className="hint">还没有选择地区或机构。</p>;
  return (
    <ul className="chips" aria-label="已选线条" data-testid="line-chips">
      {lines.map((line, index) => (
        <li key={line.key} className="chip">
          <span className="chip-swatch" style={{ background: lineColor(index) }} aria-hidden="true" />
          <span className="muted chip-kind">{line.kind === 'region' ? '地区' : '机构'}</span>
          {line.name}
          <button
            type="button"
            className="chip-remove"
            aria-label={`移除 ${line.name}`}
            onClick={() => onRemove(line.key)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
