import { changeText, figureText } from './summary-format.ts';

type Points = readonly { year: number; value: number | null }[];

/** The overview's figures a summary reads: each KPI's line for the place. */
export interface OverviewFigures {
  received: Points;
  disclosedRate: Points;
  correctionRate: Points;
}

const at = (points: Points, year: number) => points.find((p) => p.year === year)?.value ?? null;

/**
 * The overview in one sentence, from the same series as its cards: applications received with the
 * change on last year, the disclosure rate and the review correction rate (无法计算 when null), e.g.
 * "2024年洛阳市共收到政府信息公开申请312件，同比增长18.2%；行政复议纠错率为12.5%。"
 */
export function overviewSummary(place: string, year: number, figures: OverviewFigures): string {
  const received = at(figures.received, year);
  const change = changeText(received, at(figures.received, year - 1), '件');
  const rate = (label: string, value: number | null) =>
    `${label}${value === null ? '' : '为'}${figureText(value, '%')}`;
  const first =
    received === null
      ? `${year}年${place}没有政府信息公开申请数据`
      : `${year}年${place}共收到政府信息公开申请${figureText(received, '件')}${change === undefined ? '' : `，${change}`}`;
  return `${first}；${rate('申请公开率', at(figures.disclosedRate, year))}，${rate('行政复议纠错率', at(figures.correctionRate, year))}。`;
}
