/** A run of text placed on a page (PDF user space: y grows upwards; `y` is the baseline). */
export interface TextRun {
  str: string;
  x0: number;
  x1: number;
  y: number;
  /** Font size in page units (the run's height). */
  size: number;
}

/** A horizontal ruling line. */
export interface HRule {
  y: number;
  x0: number;
  x1: number;
}

/** A vertical ruling line. */
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}

/** What one page contributes: its box, its text runs and the ruling lines drawn on it. */
export interface PageContent {
  /** 0-based page index. */
  index: number;
  /** The page box in user space: [x0, y0, x1, y1]. */
  box: readonly [number, number, number, number];
  runs: TextRun[];
  hRules: HRule[];
  vRules: VRule[];
}

/** A line of text: runs sharing a baseline, left to right. */
export interface TextLine {
  y: number;
  size: number;
  x0: number;
  x1: number;
  runs: TextRun[];
}
