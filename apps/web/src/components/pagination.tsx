/** Page buttons for a paged list; pages are 1-based. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label="分页">
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        上一页
      </button>
      <span className="pagination-status">
        第 {page} / {pages} 页，共 {total} 份
      </span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        下一页
      </button>
    </nav>
  );
}
