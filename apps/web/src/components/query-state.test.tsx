import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { ErrorState } from './query-state.tsx';

describe('ErrorState', () => {
  it("shows the server's message and retries on 重试", () => {
    let retries = 0;
    render(
      <ErrorState
        error={new ApiRequestError('Unknown metric code "t9".', 400, 'unknown_metric')}
        onRetry={() => {
          retries += 1;
        }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Unknown metric code "t9".');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(retries).toBe(2);
  });
});
