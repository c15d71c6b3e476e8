import type { AgencyKind, Edition, Values } from '@nianbao/schema';

/** An administrative region with its GB/T 2260-style six-digit code. */
export interface Region {
  name: string;
  code: string;
}

/**
 * Figures the prose states; null when the report does not mention the figure at all. Which ones a
 * report states, and in which words, is part of the synthetic data, so the parser's fact
 * extraction can be measured against it.
 */
export interface NarrativeFigures {
  /** 全年主动公开政府信息共 N 条 (an explicit total). */
  publishedTotal: number | null;
  publishedNews: number | null;
  publishedInterpretation: number | null;
  publishedNotices: number | null;
  infoSubmitted: number | null;
  infoAdopted: number | null;
  /** Percent as printed (rounded to an integer). */
  infoAdoptionRate: number | null;
  /** 收到政府信息公开申请 N 件; always equals `t3.new.total` when stated. */
  applicationsReceived: number | null;
  consultations: number | null;
  messagesReplied: number | null;
  trainingAttendance: number | null;
  /** True when the attendance is printed as "N余人次". */
  trainingApproximate: boolean;
  newMediaAccounts: number | null;
}

/**
 * A deliberate defect of a flawed report. `values` of the report already hold what is printed,
 * so a flaw only explains why the printed figures (or text) differ from a clean report.
 */
export type Flaw =
  /** One printed cell differs from the value that would balance the table (R1/R3 break). */
  | { kind: 'broken_sum'; code: string; printed: number; balanced: number }
  /** The file ends right after this table-3 row; later rows and parts are missing. */
  | { kind: 'truncated'; afterRow: string }
  /** Every cell of table 3 is printed blank. */
  | { kind: 'blank_table'; table: 't3' }
  /** The whole text was converted to traditional characters. */
  | { kind: 'traditional' };

export type FlawKind = Flaw['kind'];

/** One synthetic annual report: who issued it, for which year, and every figure it prints. */
export interface SyntheticReport {
  /** Stable identifier: `<agency key>-<year>`. */
  id: string;
  agency: string;
  agencyKind: AgencyKind;
  /** The region the agency belongs to (a township's county, a department's county or city). */
  region: Region;
  parentRegion: Region;
  /** Statistics year: the year the report is about. */
  year: number;
  /** The edition whose tables the report prints (late adopters print 2019 tables in 2021–2022). */
  edition: Edition;
  /** Printed cells keyed by metric code (spec/metrics.md); blank → null, not printed → no key. */
  values: Values;
  narrative: NarrativeFigures;
  flaws: Flaw[];
  /** Publication date, ISO `YYYY-MM-DD` (early in the following year). */
  published: string;
  /** The fields the prose names as the agency's 重点领域. */
  domains: readonly string[];
  /** Whom the agency reports information to, as the prose names it (县政府, 市政府 …). */
  superior: string;
  /** Seed for wording and layout choices, so rendering is a pure function of the report. */
  variant: number;
}
