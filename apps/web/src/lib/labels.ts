import type { Severity, Template } from '@nianbao/schema';

const TEMPLATE_LABELS: Record<Template, string> = { '2019': '2019版', '2021': '2021版', unknown: '未识别' };
const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** The report-format edition as shown in tables. */
export function templateLabel(template: Template): string {
  return TEMPLATE_LABELS[template];
}

/** Chinese name of a finding severity. */
export function severityLabel(severity: Severity): string {
  return SEVERITY_LABELS[severity];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO timestamp as local `YYYY-MM-DD HH:mm`; unparseable input is returned unchanged. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
