import { Link } from 'react-router';

/** A page that is planned but not built yet (在建). */
export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  return (
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <div className="state state-building" data-testid="placeholder">
        <p className="state-title">
          <span className="badge badge-building">在建</span> 该页面正在建设中，即将上线。
        </p>
        <p>{description}</p>
        <p>
          现在可以先使用 <Link to="/trends">趋势</Link> 或 <Link to="/reports">报告</Link>。
        </p>
      </div>
    </section>
  );
}
