import type { ReportDetailWithVersionsDto } from '@nianbao/schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiRequestError, api } from '../api/client.ts';
import { CorrectionForm, type CorrectionRequest } from '../components/correction-form.tsx';
import { DerivedTable } from '../components/derived-table.tsx';
import { DiffTable } from '../components/diff-table.tsx';
import { EditTokenField } from '../components/edit-token-field.tsx';
import { FactsTable } from '../components/facts-table.tsx';
import { FindingsList } from '../components/findings-list.tsx';
import { FindingsMarker } from '../components/findings-marker.tsx';
import { QualityFlag } from '../components/quality-flag.tsx';
import { EmptyState, ErrorState } from '../components/query-state.tsx';
import { Skeleton } from '../components/skeleton.tsx';
import { type SourceFocus, SourceText } from '../components/source-text.tsx';
import { type TableValue, ValuesTable } from '../components/values-table.tsx';
import { VersionsList } from '../components/versions-list.tsx';
import { indexCatalogue } from '../lib/catalogue-index.ts';
import { parseId } from '../lib/filter-params.ts';
import { formatCell } from '../lib/format-value.ts';
import { formatDateTime, templateLabel } from '../lib/labels.ts';
import { factMarkId, reportMarks, valueMarkId } from '../lib/report-marks.ts';
import { useWriteCredential } from '../lib/session-queries.ts';
import { uploadErrorText } from '../lib/upload-errors.ts';
import { invalidateStoreData } from '../queries/invalidate.ts';
import { metricQueries } from '../queries/metric-queries.ts';
import { reportQueries } from '../queries/report-queries.ts';

const SOURCE_LABELS: Record<ReportDetailWithVersionsDto['report']['source'], string> = {
  real: '真实报告',
  demo: '演示数据',
  upload: '上传',
};

/** 报告详情: metadata, findings, values located in the source text, versions, corrections. */
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
  return <ReportDetail key={id} id={id} />;
}

function ReportDetail({ id }: { id: number }) {
  const detail = useQuery(reportQueries.detail(id));
  const metrics = useQuery(metricQueries.catalogue());
  const catalogue = useMemo(() => indexCatalogue(metrics.data?.metrics ?? []), [metrics.data]);
  const [focus, setFocus] = useState<(SourceFocus & { code?: string | undefined }) | undefined>(undefined);
  const [params, setParams] = useSearchParams();
  const compareFrom = parseId(params.get('diff'));
  const diff = useQuery(reportQueries.diff(id, compareFrom));
  const token = useWriteCredential();
  const [editing, setEditing] = useState<TableValue | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [writeError, setWriteError] = useState<string | undefined>(undefined);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const marks = useMemo(
    () => (detail.data === undefined ? [] : reportMarks(detail.data.values, detail.data.facts, catalogue)),
    [detail.data, catalogue],
  );
  const locate = (markId: string, code?: string) =>
    setFocus((previous) => ({ id: markId, code, nonce: (previous?.nonce ?? 0) + 1 }));

  if (detail.isPending) return <Skeleton variant="text" count={6} label="正在加载报告…" />;
  if (detail.isError) {
    if (detail.error instanceof ApiRequestError && detail.error.status === 404) {
      return <MissingReport id={id} />;
    }
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  }

  const { report, values, derived, facts, findings, text, versions } = detail.data;
  const flagged = report.findingCounts.error > 0;

  const submitCorrection = async (value: TableValue, request: CorrectionRequest) => {
    try {
      const result = await api.correctValue(id, value.code, request, token);
      const unit = catalogue.get(value.code)?.unit ?? '';
      setNotice(
        result.changed
          ? `已更正 ${catalogue.get(value.code)?.labelZh ?? value.code}：${formatCell(value.value, value.blank, unit)} → ${formatCell(result.value, false, unit)}`
          : '数值没有变化，未作修改。',
      );
      setEditing(undefined);
      await invalidateStoreData(queryClient);
    } catch (error) {
      if (error instanceof ApiRequestError) {
        throw new Error(
          error.status === 401 || error.status === 403
            ? uploadErrorText(error.code, error.status)
            : error.message,
        );
      }
      throw error;
    }
  };

  const writeFailed = (error: unknown) =>
    setWriteError(
      error instanceof ApiRequestError
        ? error.status === 401 || error.status === 403
          ? uploadErrorText(error.code, error.status)
          : error.message
        : '操作失败。',
    );
  const remove = async (reason: string) => {
    try {
      await api.deleteReport(id, token, reason);
      await invalidateStoreData(queryClient);
      navigate('/reports');
    } catch (error) {
      writeFailed(error);
    }
  };
  const restore = async (versionId: number) => {
    try {
      await api.restoreReport(versionId, token);
      setNotice('已恢复该版本。');
      await invalidateStoreData(queryClient);
    } catch (error) {
      writeFailed(error);
    }
  };

  return (
    <section className="page report-detail">
      <p className="breadcrumb">
        <Link to="/reports">报告</Link> / {report.agencyName}
      </p>
      <header className="page-header">
        <h1>
          {report.agencyName} {report.year ?? ''} 年度报告
        </h1>
        <span className="header-markers">
          {flagged && <QualityFlag />}
          <FindingsMarker counts={report.findingCounts} />
        </span>
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
        <dt>版本</dt>
        <dd>{versions.length > 1 ? `共 ${versions.length} 个版本` : '1 个版本'}</dd>
      </dl>

      <h2>核对结果（{findings.length}）</h2>
      <FindingsList findings={findings} catalogue={catalogue} />

      {metrics.isError && (
        <ErrorState
          title="指标目录加载失败，下表只显示代码"
          error={metrics.error}
          onRetry={() => void metrics.refetch()}
        />
      )}

      <details className="editor-panel" open={token !== '' || undefined}>
        <summary>编辑（更正数值需要编辑令牌）</summary>
        <EditTokenField />
        {token !== '' && <DeleteReport onDelete={remove} />}
      </details>
      {writeError !== undefined && (
        <p className="form-error" role="alert">
          {writeError}
        </p>
      )}
      {notice !== undefined && (
        <p className="notice" role="status" data-testid="correction-notice">
          {notice}
        </p>
      )}

      <div className="detail-columns">
        <div className="detail-data">
          <h2>表格数值（{values.length}）</h2>
          <p className="hint">点击数值可在右侧原文中定位并高亮其出处。</p>
          {editing !== undefined && (
            <CorrectionForm
              key={editing.code}
              code={editing.code}
              label={catalogue.get(editing.code)?.labelZh ?? editing.code}
              unit={catalogue.get(editing.code)?.unit ?? ''}
              current={editing.value}
              hasToken={token !== ''}
              onSubmit={(request) => submitCorrection(editing, request)}
              onCancel={() => setEditing(undefined)}
            />
          )}
          <ValuesTable
            values={values}
            catalogue={catalogue}
            selected={focus?.code}
            onLocate={(value) => locate(valueMarkId(value.code), value.code)}
            onCorrect={token === '' ? undefined : (value) => setEditing(value)}
          />
          <h2>计算指标</h2>
          <DerivedTable derived={derived} catalogue={catalogue} />
          <h2>正文数字（{facts.length}）</h2>
          <FactsTable facts={facts} catalogue={catalogue} onLocate={(fact) => locate(factMarkId(fact))} />
          <h2>版本（{versions.length}）</h2>
          <VersionsList
            versions={versions}
            currentId={id}
            compareFrom={compareFrom}
            onRestore={token === '' ? undefined : (versionId) => void restore(versionId)}
            onCompare={(version) =>
              setParams(
                (previous) => {
                  const next = new URLSearchParams(previous);
                  if (version === undefined) next.delete('diff');
                  else next.set('diff', String(version));
                  return next;
                },
                { replace: true },
              )
            }
          />
          {compareFrom !== undefined &&
            (diff.isPending ? (
              <Skeleton variant="table" count={3} />
            ) : diff.isError ? (
              <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />
            ) : (
              <DiffTable diff={diff.data} catalogue={catalogue} />
            ))}
        </div>
        <div className="detail-source">
          <h2>原文</h2>
          <p className="hint source-legend">
            <mark className="mark-value">表格数值</mark> <mark className="mark-fact">正文数字</mark>{' '}
            鼠标悬停可查看指标代码与名称。
          </p>
          <SourceText text={text} marks={marks} focus={focus} />
        </div>
      </div>
    </section>
  );
}

/** Soft delete with an optional reason; the report stays restorable from its versions. */
function DeleteReport({ onDelete }: { onDelete: (reason: string) => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  if (!asking) {
    return (
      <p>
        <button type="button" className="button" onClick={() => setAsking(true)}>
          删除此报告…
        </button>
      </p>
    );
  }
  return (
    <form
      className="delete-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onDelete(reason.trim());
      }}
    >
      <label htmlFor="delete-reason">删除理由（可选）</label>
      <input
        id="delete-reason"
        value={reason}
        maxLength={1000}
        onChange={(event) => setReason(event.target.value)}
      />
      <p className="hint">删除后报告不再计入统计；原链接处可由编辑恢复。</p>
      <div className="form-actions">
        <button type="submit" className="button button-danger">
          确认删除
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          取消
        </button>
      </div>
    </form>
  );
}

/** A report that is not there: never imported, or deleted — an editor can try to restore it. */
function MissingReport({ id }: { id: number }) {
  const token = useWriteCredential();
  const [error, setError] = useState<string | undefined>(undefined);
  const queryClient = useQueryClient();
  const restore = async () => {
    try {
      await api.restoreReport(id, token);
      await invalidateStoreData(queryClient);
    } catch (cause) {
      setError(
        cause instanceof ApiRequestError && cause.status === 404
          ? '没有编号为此的已删除报告可以恢复。'
          : cause instanceof ApiRequestError && (cause.status === 401 || cause.status === 403)
            ? uploadErrorText(cause.code, cause.status)
            : cause instanceof Error
              ? cause.message
              : '恢复失败。',
      );
    }
  };
  return (
    <section className="page">
      <EmptyState>
        <p className="state-title">找不到编号为 {id} 的报告</p>
        <p>
          它可能已被删除。<Link to="/reports">返回报告列表</Link>
        </p>
        {token !== '' && (
          <p>
            <button type="button" className="button" onClick={() => void restore()}>
              恢复这份报告
            </button>
          </p>
        )}
        {error !== undefined && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </EmptyState>
    </section>
  );
}
