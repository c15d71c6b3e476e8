import { type FormEvent, useId, useState } from 'react';
import { formatCell } from '../lib/format-value.ts';
import { parseNumberInput } from '../lib/parse-number-input.ts';

/** What the editor asks for: the right value (null: the cell is blank) and why. */
export interface CorrectionRequest {
  value: number | null;
  reason: string;
}

/**
 * Corrects one value of a report. The reason is required; the extracted value stays stored and the
 * change goes into the audit log. `onSubmit` rejects with an Error whose message is shown.
 */
export function CorrectionForm({
  code,
  label,
  unit,
  current,
  hasToken,
  onSubmit,
  onCancel,
}: {
  code: string;
  label: string;
  unit: string;
  current: number | null;
  hasToken: boolean;
  onSubmit: (request: CorrectionRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const [valueText, setValueText] = useState(current === null ? '' : String(current));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const valueId = useId();
  const reasonId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseNumberInput(valueText);
    if (!parsed.ok) return setError(parsed.message);
    if (reason.trim() === '') return setError('请填写更正理由。');
    if (!hasToken) return setError('请先在上方填写编辑令牌。');
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit({ value: parsed.value, reason: reason.trim() });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : '更正失败。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="correction-form" data-testid="correction-form" onSubmit={submit} noValidate>
      <p className="state-title">
        更正：{label} <code>{code}</code>
      </p>
      <p className="muted">当前值：{formatCell(current, false, unit)}</p>
      <div className="correction-fields">
        <div className="field">
          <label htmlFor={valueId}>正确数值（{unit === '' ? '无单位' : unit}）</label>
          <input
            id={valueId}
            inputMode="decimal"
            value={valueText}
            onChange={(event) => setValueText(event.target.value)}
            placeholder="留空表示空单元格"
          />
        </div>
        <div className="field field-grow">
          <label htmlFor={reasonId}>
            更正理由 <span className="required">（必填）</span>
          </label>
          <textarea
            id={reasonId}
            value={reason}
            required
            rows={2}
            maxLength={1000}
            onChange={(event) => setReason(event.target.value)}
            placeholder="例如：原文表格第 3 行错位，应为 12"
          />
        </div>
      </div>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? '正在保存…' : '保存更正'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          取消
        </button>
      </div>
    </form>
  );
}
