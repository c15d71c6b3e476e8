import { SECTIONS } from '@nianbao/schema';
import type { SyntheticReport } from '../../model/synthetic-report.ts';
import { otherMatters, problems, signature } from '../prose/closing.ts';
import { overview } from '../prose/overview.ts';
import { preface } from '../prose/preface.ts';
import { voiceOf } from '../prose/voice.ts';
import type { Block } from './blocks.ts';
import { reportStyle, reportTitle } from './style.ts';
import { buildTable2 } from './table2.ts';
import { buildTable3 } from './table3.ts';
import { buildTable4 } from './table4.ts';
import { blocksToTraditional, toTraditional } from './traditional.ts';

const heading = (text: string): Block => ({ type: 'heading', text });

/**
 * The ordered content of a report — title, preface, the six parts with their tables, signature —
 * as every writer renders it. Flaws shape it here: a truncated report stops after the last printed
 * table-3 row; a traditional one is converted as a whole.
 */
export function buildDocument(report: SyntheticReport): Block[] {
  const style = reportStyle(report);
  const v = voiceOf(report, style);
  const truncated = report.flaws.some((f) => f.kind === 'truncated');
  const blocks: Block[] = [{ type: 'title', text: reportTitle(report) }];
  if (style.duplicateOverviewHeading)
    blocks.push(heading(SECTIONS.overview), ...preface(v), heading(SECTIONS.overview));
  else blocks.push(...preface(v), heading(SECTIONS.overview));
  blocks.push(...overview(v));
  blocks.push(heading(SECTIONS.proactive), ...buildTable2(report, style));
  blocks.push(heading(SECTIONS.applications), buildTable3(report, style));
  if (!truncated) {
    const t4 = buildTable4(report, style);
    blocks.push(
      heading(v.pick('t4-heading', [SECTIONS.reviewLitigation, '四、政府信息公开行政复议和行政诉讼情况'])),
    );
    if (t4) blocks.push(t4);
    blocks.push(heading('五、存在的主要问题及改进情况'), ...problems(v));
    if (!style.omitOtherMatters) blocks.push(heading('六、其他需要报告的事项'), ...otherMatters(v));
    if (style.signature) blocks.push(...signature(v));
  }
  return isTraditional(report) ? blocksToTraditional(blocks) : blocks;
}

const isTraditional = (report: SyntheticReport) => report.flaws.some((f) => f.kind === 'traditional');

/** The title as the rendered file prints it (converted for a traditional-character report). */
export function printedTitle(report: SyntheticReport): string {
  const title = reportTitle(report);
  return isTraditional(report) ? toTraditional(title) : title;
}
