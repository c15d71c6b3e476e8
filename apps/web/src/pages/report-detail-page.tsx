import type { ReportDetailDto } from '@nianbao/schema';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../api/client.ts';
import { DerivedTable } from '../components/derived-table.tsx';
import { FactsTable } from '../components/facts-table.tsx';
import { FindingsList } from '../components/findings-list.tsx';
import { FindingsMarker } from '../components/findings-marker.tsx';
import { EmptyState, ErrorState, Loading } from '../components/query-state.tsx';
import { type SourceFocus, SourceText } from '../components/source-text.tsx';
import { ValuesTable } from '../components/values-table.tsx';
import { indexCatalogue } from '../lib/catalogue-index.ts';
import { formatDateTime, templateLabel } from '../lib/labels.ts';
import { factMarkId, reportMarks, valueMarkId } from '../lib/report-marks.ts';
import { metricQueries } from '../queries/metric-queries.ts';
import { reportQueries } from '../queries/report-queries.ts';

const SOURCE_LABELS: Record<ReportDetailDto['report']['source'], string> = {
  real: '真实报告',
  demo: '演示数据',
  upload: '上传',
};

function parseId(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** 报告详情: metadata, values, derived indicators, facts, findings and the source text. */
export function ReportDetailPage() {
  const id = parseId(useParams().id);
  if (id === undefined) {
    return (
      <section className="page">
        <EmptyState>
          <p className="state-title">报告编号无效</p>
          <p>
            <Link to="/reports">返回报告列表</Link>
          </p>
        </EmptyState>
      </section>
    );
  }
  return <ReportDetail id={id} />;
}

function ReportDetail({ id }: { id: number }) {
  const detail = useQuery(reportQueries.detail(id));
  const metrics = useQuery(metricQueries.catalogue());
  const catalogue = useMemo(() => indexCatalogue(metrics.data?.metrics ?? []), [metrics.data]);
  const [focus, setFocus] = useState<(SourceFocus & { code?: string }) | undefined>(undefined);
  const marks = useMemo(
    () => (detail.data === undefined ? [] : reportMarks(detail.data.values, detail.data.facts, catalogue)),
    [detail.data, catalogue],
  );
  const locate = (id: string, code?: string) =>
    setFocus((previous) => ({ id, code, nonce: (previous?.nonce ?? 0) + 1 }));

  if (detail.isPending) return <Loading label="正在加载报告…" />;
  if (detail.isError) {
    if (detail.error instanceof ApiRequestError && detail.error.status === 404) {
      return (
        <section className="page">
          <EmptyState>
            <p className="state-title">找不到编号为 {id} 的报告</p>
            <p>
              它可能已被删除。<Link to="/reports">返回报告列表</Link>
            </p>
          </EmptyState>
        </section>
      );
    }
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  }

  const { report, values, derived, facts, findings, text } = detail.data;
  return (
    <section className="page report-detail">
      <p className="breadcrumb">
        <Link to="/reports">报告</Link> / {report.agencyName}
      </p>
      <header className="page-header">
        <h1>
          {report.agencyName} {report.year ?? ''} 年度报告
        </h1>
        <FindingsMarker counts={report.findingCounts} />
      </header>

      <dl className="meta-grid" data-testid="report-meta">
        <dt>机构</dt>
        <dd>{report.agencyName}</dd>
        <dt>地区</dt>
        <dd>{report.regionName ?? '—'}</dd>
        <dt>年度</dt>
        <dd>{report.year ?? '未识别'}</dd>
        <dt>版式</dt>
        <dd>{templateLabel(report.template)}</dd>
        <dt>文件</dt>
        <dd className="file-name">{report.fileName}</dd>
        <dt>格式 / 编码</dt>
        <dd>
          {report.format} / {report.encoding}
        </dd>
        <dt>来源</dt>
        <dd>{SOURCE_LABELS[report.source]}</dd>
        <dt>导入时间</dt>
        <dd>{formatDateTime(report.importedAt)}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="hash">{report.sha256}</code>
        </dd>
      </dl>

      {metrics.isError && (
        <ErrorState
          title="指标目录加载失败，下表只显示代码"
          error={metrics.error}
          onRetry={() => void metrics.refetch()}
        />
      )}

      <div className="detail-columns">
        <div className="detail-data">
          <h2>表格数值（{values.length}）</h2>
          <ValuesTable
            values={values}
            catalogue={catalogue}
            selected={focus?.code}
            onLocate={(value) => locate(valueMarkId(value.code), value.code)}
          />
          <h2>计算指标</h2>
          <DerivedTable derived={derived} catalogue={catalogue} />
          <h2>正文数字（{facts.length}）</h2>
          <FactsTable facts={facts} catalogue={catalogue} onLocate={(fact) => locate(factMarkId(fact))} />
          <h2>核对结果（{findings.length}）</h2>
          <FindingsList findings={findings} catalogue={catalogue} />
        </div>
        <div className="detail-source">
          <h2>原文</h2>
          <p className="hint source-legend">
            <mark className="mark-value">表格数值</mark> <mark className="mark-fact">正文数字</mark>{' '}
            鼠标悬停可查看指标代码与名称；点击左侧数值可定位到原文。
          </p>
          <SourceText text={text} marks={marks} focus={focus} />
        </div>
      </div>
    </section>
  );
}
