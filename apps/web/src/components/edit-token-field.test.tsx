import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EDIT_TOKEN_KEY, writeEditToken } from '../lib/edit-token.ts';
import { EditTokenField } from './edit-token-field.tsx';

afterEach(() => {
  writeEditToken('');
});

describe('EditTokenField', () => {
  it('keeps the pasted token in sessionStorage, hidden until asked, and shares it between fields', () => {
    render(
      <>
        <EditTokenField />
        <EditTokenField />
      </>,
    );
    const [first, second] = screen.getAllByLabelText('编辑令牌') as HTMLInputElement[];
    expect(first?.type).toBe('password');
    fireEvent.change(first as HTMLInputElement, { target: { value: '  nb_secret  ' } });
    expect(sessionStorage.getItem(EDIT_TOKEN_KEY)).toBe('nb_secret');
    expect(second?.value).toBe('nb_secret');
    const show = screen.getAllByRole('button', { name: '显示' })[0];
    if (show) fireEvent.click(show);
    expect(first?.type).toBe('text');
    const clear = screen.getAllByRole('button', { name: '清除' })[0];
    if (clear) fireEvent.click(clear);
    expect(sessionStorage.getItem(EDIT_TOKEN_KEY)).toBeNull();
    expect(second?.value).toBe('');
  });

  it('reads a token stored earlier in the tab', () => {
    sessionStorage.setItem(EDIT_TOKEN_KEY, 'nb_earlier');
    render(<EditTokenField />);
    expect((screen.getByLabelText('编辑令牌') as HTMLInputElement).value).toBe('nb_earlier');
    expect(screen.getByText('令牌只保存在本标签页中，关闭后即清除。')).toBeTruthy();
  });
});
