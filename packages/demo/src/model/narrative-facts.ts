import type { NarrativeFigures } from './synthetic-report.ts';

const CODES: readonly [keyof NarrativeFigures, string][] = [
  ['publishedTotal', 'narrative.published_total'],
  ['publishedNews', 'narrative.published_news'],
  ['publishedInterpretation', 'narrative.published_interpretation'],
  ['publishedNotices', 'narrative.published_notices'],
  ['infoSubmitted', 'narrative.info_submitted'],
  ['infoAdopted', 'narrative.info_adopted'],
  ['infoAdoptionRate', 'narrative.info_adoption_rate'],
  ['applicationsReceived', 'narrative.applications_received'],
  ['consultations', 'narrative.consultations'],
  ['messagesReplied', 'narrative.messages_replied'],
  ['trainingAttendance', 'narrative.training_attendance'],
  ['newMediaAccounts', 'narrative.new_media_accounts'],
];

/** The coded narrative facts a report states, keyed by `narrative.*` code (unstated figures omitted). */
export function narrativeFacts(figures: NarrativeFigures): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, code] of CODES) {
    const v = figures[key];
    if (typeof v === 'number') out[code] = v;
  }
  return out;
}
