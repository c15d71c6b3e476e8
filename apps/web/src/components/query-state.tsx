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

/** What a failed request means for the person looking at the page, by the API's error code. */
const ERROR_TEXT: Readonly<Record<string, string>> = {
  region_not_found: '链接中的地区在数据中不存在，请在筛选栏重新选择地区。',
  unknown_metric: '链接中的指标代码不在指标目录中，请重新选择指标。',
  invalid_range: '起始年度晚于截止年度，请调整年度范围。',
  report_not_found: '找不到这份报告，它可能已被删除。',
  invalid_request: '链接中的筛选条件无效，请重新选择。',
  unauthorized: '这里的数据需要令牌才能查看，请在“编辑令牌”中填写。',
  invalid_token: '令牌无效或已被撤销，请换一个令牌。',
  internal_error: '服务器出错了，请稍后重试。',
};

/** A failed query in Chinese; the server's own words stay available for support. */
export function describeError(error: unknown): string {
  if (error instanceof ApiRequestError) return ERROR_TEXT[error.code] ?? error.message;
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
      <p className="state-detail" title={error instanceof Error ? error.message : undefined}>
        {describeError(error)}
      </p>
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

/** Reports exist but none could be placed in a region, so nothing can be totalled by region. */
export function NoRegions() {
  return (
    <EmptyState>
      <p className="state-title">已导入的报告都没有识别出所属地区</p>
      <p>
        无法按地区汇总。可以在 <Link to="/reports">报告</Link> 页面逐份查看，或导入标明地区的年报。
      </p>
    </EmptyState>
  );
}
