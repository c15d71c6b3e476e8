import type { UploadPreviewDto } from '@nianbao/schema';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../lib/catalogue-index.ts';
import type { ImportItem } from '../lib/import-queue.ts';
import { metricDef } from '../test-fixtures.ts';
import { DropZone } from './drop-zone.tsx';
import { UploadItem } from './upload-item.tsx';

const catalogue = indexCatalogue([
  metricDef({ code: 't3.new.total', labelZh: '本年新收申请·总计', table: 't3' }),
  metricDef({ code: 't2.normative.made', labelZh: '规范性文件·本年制发件数' }),
]);

const preview: UploadPreviewDto = {
  previewId: 'p1',
  file: 'anlan.txt',
  size: 3800,
  sha256: 'ab',
  expiresAt: '2030-01-01T00:00:00Z',
  agency: '安澜县交通运输局',
  region: '安澜县',
  year: 2022,
  template: '2021',
  format: 'txt',
  encoding: 'utf-8',
  status: 'new_version',
  version: 2,
  existingReportId: 7,
  flagged: true,
  values: { 't3.new.total': 19, 't2.normative.made': 3 },
  facts: [],
  findings: [{ rule: 'R1', severity: 'error', message: '结转数不平衡', codes: ['t3.new.total'] }],
};

function renderItem(item: ImportItem, handlers: { toggle?: () => void; remove?: () => void } = {}) {
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <ul>
          <UploadItem
            item={item}
            catalogue={catalogue}
            onToggle={handlers.toggle ?? (() => {})}
            onRemove={handlers.remove ?? (() => {})}
          />
        </ul>
      ),
    },
  ]);
  render(<RouterProvider router={router} />);
}

const base: ImportItem = {
  id: 'a',
  name: 'anlan.txt',
  size: 3800,
  stage: 'queued',
  progress: 0,
  selected: false,
};

describe('UploadItem', () => {
  it('shows upload progress in percent with a progress bar', async () => {
    renderItem({ ...base, stage: 'uploading', progress: 0.42 });
    expect((await screen.findByRole('status')).textContent).toBe('正在上传 42%');
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(0.42);
  });

  it('previews metadata, headline values and findings, ticked for import', async () => {
    let toggles = 0;
    renderItem(
      { ...base, stage: 'previewed', progress: 1, preview, selected: true },
      { toggle: () => (toggles += 1) },
    );
    expect((await screen.findByTestId('preview-agency')).textContent).toBe('安澜县交通运输局');
    expect(screen.getByTestId('preview-year').textContent).toBe('2022');
    expect(screen.getByText('新版本（第 2 版，将替换当前版本）')).toBeTruthy();
    expect(screen.getByText('新收申请').parentElement?.textContent).toBe('新收申请 19 件');
    expect(screen.getByText('规范性文件').parentElement?.textContent).toBe('规范性文件 3 件');
    expect(screen.getByText('结转数不平衡')).toBeTruthy();
    expect(screen.getByTestId('quality-flag')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: '导入 anlan.txt' }));
    expect(toggles).toBe(1);
  });

  it('explains a failure and links a stored report', async () => {
    renderItem({ ...base, stage: 'failed', error: '这份文件看起来不是年报。' });
    expect((await screen.findByTestId('upload-error')).textContent).toBe('这份文件看起来不是年报。');
  });

  it('links the stored report once committed and offers no removal', async () => {
    renderItem({ ...base, stage: 'committed', result: { reportId: 12, status: 'imported', version: 1 } });
    expect((await screen.findByRole('link', { name: '查看报告' })).getAttribute('href')).toBe('/reports/12');
    expect(screen.queryByRole('button', { name: /移除/ })).toBeNull();
  });
});

describe('DropZone', () => {
  it('hands over dropped files and files chosen with the button', () => {
    const received: string[][] = [];
    render(<DropZone onFiles={(files) => received.push(files.map((f) => f.name))} />);
    const zone = screen.getByTestId('drop-zone');
    const files = [new File(['a'], 'a.txt'), new File(['b'], 'b.pdf')];
    fireEvent.drop(zone, { dataTransfer: { files } });
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['c'], 'c.docx')] } });
    expect(received).toEqual([['a.txt', 'b.pdf'], ['c.docx']]);
    expect(input.getAttribute('accept')).toBe('.txt,.html,.htm,.docx,.pdf');
  });
});
