import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown when rendering or loading a page throws (e.g. a page chunk failed to download). */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : '未知错误';
  return (
    <div className="app-main">
      <div className="state state-error" role="alert">
        <p className="state-title">页面出错了</p>
        <p className="state-detail">{detail}</p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            重试
          </button>{' '}
          <Link to="/">返回总览</Link>
        </p>
      </div>
    </div>
  );
}
