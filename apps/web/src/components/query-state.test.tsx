import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { ErrorState } from './query-state.tsx';

describe('ErrorState', () => {
  it('explains a known failure in Chinese, keeps the server words in the title, and retries on 重试', () => {
    let retries = 0;
    render(
      <ErrorState
        error={new ApiRequestError('Unknown metric code "t9".', 400, 'unknown_metric')}
        onRetry={() => {
          retries += 1;
        }}
      />,
    );
    const detail = screen.getByText('链接中的指标代码不在指标目录中，请重新选择指标。');
    expect(detail.getAttribute('title')).toBe('Unknown metric code "t9".');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(retries).toBe(2);
  });

  it("shows the server's message for a failure it has no words for", () => {
    render(<ErrorState error={new ApiRequestError('磁盘已满。', 507, 'disk_full')} onRetry={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('磁盘已满。');
  });
});
