/**
 * The data-quality marker: the figure comes from a report (or, with a count, reports) with error
 * findings, so it may be wrong. Text, not only colour, so it prints and reads aloud.
 */
export function QualityFlag({ count, compact = false }: { count?: number | undefined; compact?: boolean }) {
  const title =
    count === undefined || count <= 1
      ? '该数据来自存在错误核对结果的报告，请谨慎使用'
      : `其中 ${count} 份报告存在错误核对结果，请谨慎使用`;
  return (
    <span className="quality-flag" title={title} data-testid="quality-flag">
      <span aria-hidden="true">⚠</span>
      {compact ? (
        <span className="visually-hidden">{title}</span>
      ) : count !== undefined && count > 1 ? (
        ` 存疑 ${count}`
      ) : (
        ' 存疑'
      )}
    </span>
  );
}
