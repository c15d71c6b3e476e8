import type { ReportStyle } from './style.ts';

/** "(一)" in the report's parenthesis style, with the optional trailing space. */
export function ordinal(style: ReportStyle, numeral: string): string {
  const [open, close] = style.fullWidthParens ? ['（', '）'] : ['(', ')'];
  return `${open}${numeral}${close}${style.spaceAfterOrdinal ? ' ' : ''}`;
}

/** A bracketed annotation such as （单位：万元）, in the report's parenthesis style. */
export function annotation(style: ReportStyle, text: string): string {
  return style.fullWidthParens ? `（${text}）` : `(${text})`;
}

/** A printed cell value: integers plain, amounts with two or four decimals, blanks as the style marks them. */
export function cellText(style: ReportStyle, value: number | null | undefined, amount = false): string {
  if (value === null || value === undefined) return style.blankMark;
  return amount && style.fourDecimals ? value.toFixed(4) : String(value);
}
