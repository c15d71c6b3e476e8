import type { ReportDetailDto, ReportDetailWithVersionsDto, ReportVersionDto } from '@nianbao/schema';

/** The current correction of one value, as the report detail shows it. */
export interface ValueCorrectionRow {
  code: string;
  extracted_value: number | null;
  reason: string;
  corrected_by: string;
  corrected_at: string;
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
    values: detail.values.map((value) => {
      const correction = byCode.get(value.code);
      if (!correction) return { ...value, corrected: false };
      return {
        ...value,
        corrected: true,
        extracted: correction.extracted_value,
        correction: { reason: correction.reason, by: correction.corrected_by, at: correction.corrected_at },
      };
    }),
    versions,
  };
}
