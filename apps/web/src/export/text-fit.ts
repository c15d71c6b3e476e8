/** Estimated width of a text in em: CJK and full-width characters 1, narrow ones about half. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x2e80 || (code >= 0x2014 && code <= 0x2026)) width += 1;
    else if (char === ' ') width += 0.3;
    else if (/[A-Z0-9%]/.test(char)) width += 0.62;
    else width += 0.52;
  }
  return width;
}

/** The text cut with … so that it fits `maxWidth` pixels at `fontSize` (unchanged when it fits). */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidthEm(text) * fontSize <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && (textWidthEm(chars.join('')) + 1) * fontSize > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

/** The text broken into lines of at most `maxWidth` pixels (a line ends before the char that overflows). */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line !== '' && textWidthEm(line + char) * fontSize > maxWidth) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.at(-1) ?? '';
  kept[maxLines - 1] = fitText(`${last}${lines.slice(maxLines).join('')}`, maxWidth, fontSize);
  return kept;
}

/** Text as XML character data. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}
