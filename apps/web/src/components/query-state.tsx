import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiRequestError } from '../api/client.ts';

/** Placeholder while a query has no data yet. */
export function Loading({ label = '正在加载…' }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

function describeError(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  if (error instanceof Error) return error.message;
  return '未知错误';
}

/** A failed query: what went wrong and a 重试 button. */
export function ErrorState({
  error,
  onRetry,
  title = '数据加载失败',
}: {
  error: unknown;
  onRetry: () => void;
  title?: string;
}) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <p className="state-detail">{describeError(error)}</p>
      <button type="button" className="button" onClick={onRetry}>
        重试
      </button>
    </div>
  );
}

/** Nothing to show; `children` explains why and what to do. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

/** The empty state of a store without reports: points to 导入. */
export function NoReports() {
  return (
    <EmptyState>
      <p className="state-title">还没有导入任何年报</p>
      <p>
        请先到 <Link to="/import">导入</Link> 页面导入政府信息公开工作年度报告，或使用命令行{' '}
        <code>npx nianbao import</code>。
      </p>
    </EmptyState>
  );
}
