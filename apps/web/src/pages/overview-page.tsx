import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorState, Loading, NoReports } from '../components/query-state.tsx';
import { healthQueries } from '../queries/health-queries.ts';

/** 总览: how many reports the store holds, and the way into the working pages. */
export function OverviewPage() {
  const health = useQuery(healthQueries.status());

  return (
    <section className="page overview">
      <header className="page-header">
        <h1>总览</h1>
      </header>
      {health.isPending ? (
        <Loading />
      ) : health.isError ? (
        <ErrorState title="无法连接数据服务" error={health.error} onRetry={() => void health.refetch()} />
      ) : health.data.reports === 0 ? (
        <NoReports />
      ) : (
        <>
          <div className="stat-cards">
            <div className="stat-card" data-testid="report-count">
              <span className="stat-label">已导入年报</span>
              <span className="stat-value">
                {health.data.reports.toLocaleString('zh-CN')}
                <span className="stat-unit"> 份</span>
              </span>
            </div>
          </div>
          <div className="entry-cards">
            <Link className="entry-card" to="/trends">
              <span className="entry-title">趋势 →</span>
              <span className="entry-text">
                按年度查看各机构的指标变化，例如规范性文件制发件数、依申请公开办理情况。
              </span>
            </Link>
            <Link className="entry-card" to="/reports">
              <span className="entry-title">报告 →</span>
              <span className="entry-text">浏览已导入的年度报告，查看提取的数值、核对问题和原文。</span>
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
