import type {
  CorrectedValueDto,
  ReportDetailDto,
  ReportDetailWithVersionsDto,
  ReportVersionDto,
} from '@nianbao/schema';

/** The current correction of one value, as the report detail shows it. */
export interface ValueCorrectionRow {
  code: string;
  extracted_value: number | null;
  reason: string;
  corrected_by: string;
  corrected_at: string;
}

/** A value as the detail shows it: marked corrected, with the extracted value and why, when it is. */
export function correctedValue(
  code: string,
  value: number | null,
  blank: boolean,
  start: number | null,
  end: number | null,
  correction: ValueCorrectionRow | undefined,
): CorrectedValueDto {
  if (correction === undefined) return { code, value, blank, start, end, corrected: false };
  return {
    code,
    value,
    blank,
    start,
    end,
    corrected: true,
    extracted: correction.extracted_value,
    correction: { reason: correction.reason, by: correction.corrected_by, at: correction.corrected_at },
  };
}

/** The detail with each value marked corrected or not (extracted value and reason when it is), and its versions. */
export function withCorrections(
  detail: ReportDetailDto,
  corrections: readonly ValueCorrectionRow[],
  versions: ReportVersionDto[],
): ReportDetailWithVersionsDto {
  const byCode = new Map(corrections.map((c) => [c.code, c]));
  return {
    ...detail,
    values: detail.values.map((v) =>
      correctedValue(v.code, v.value, v.blank, v.start, v.end, byCode.get(v.code)),
    ),
    versions,
  };
}
