import { Link } from 'react-router';

/** Unknown address. */
export function NotFoundPage() {
  return (
    <section className="page">
      <div className="state state-empty">
        <p className="state-title">找不到这个页面</p>
        <p>
          请检查地址，或返回 <Link to="/">总览</Link>。
        </p>
      </div>
    </section>
  );
}
