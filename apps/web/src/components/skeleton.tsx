/** Grey placeholder blocks in the shape of what is loading; announced once to screen readers. */
export function Skeleton({
  variant,
  count = 1,
  label = '正在加载…',
}: {
  variant: 'cards' | 'chart' | 'table' | 'text';
  count?: number;
  label?: string;
}) {
  return (
    <div className={`skeleton skeleton-${variant}`} role="status" aria-live="polite" data-testid="skeleton">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: count }, (_, i) => (
        // Identical placeholders; their order never changes.
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder blocks
        <div key={i} className="skeleton-block" aria-hidden="true" />
      ))}
    </div>
  );
}
