import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CorrectionForm, type CorrectionRequest } from './correction-form.tsx';

function setup(hasToken: boolean, onSubmit: (r: CorrectionRequest) => Promise<void>) {
  render(
    <CorrectionForm
      code="t2.normative.made"
      label="规范性文件 本年新制作数量"
      unit="件"
      current={9}
      hasToken={hasToken}
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  );
  return {
    value: screen.getByLabelText(/正确数值/) as HTMLInputElement,
    reason: screen.getByLabelText(/更正理由/) as HTMLTextAreaElement,
    save: screen.getByRole('button', { name: '保存更正' }),
  };
}

describe('CorrectionForm', () => {
  it('requires a reason before sending anything', async () => {
    const sent: CorrectionRequest[] = [];
    const { value, save } = setup(true, async (r) => {
      sent.push(r);
    });
    expect(value.value).toBe('9');
    fireEvent.change(value, { target: { value: '12' } });
    fireEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toBe('请填写更正理由。');
    expect(sent).toEqual([]);
  });

  it('refuses text as a value and asks for the token', async () => {
    const sent: CorrectionRequest[] = [];
    const { value, reason, save } = setup(false, async (r) => {
      sent.push(r);
    });
    fireEvent.change(reason, { target: { value: '表格错位' } });
    fireEvent.change(value, { target: { value: '十二' } });
    fireEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toMatch(/请输入数字/);
    fireEvent.change(value, { target: { value: '12' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/编辑令牌/));
    expect(sent).toEqual([]);
  });

  it("sends value and trimmed reason, and shows the server's refusal", async () => {
    const sent: CorrectionRequest[] = [];
    const { value, reason, save } = setup(true, async (r) => {
      sent.push(r);
      throw new Error('编辑令牌无效。');
    });
    fireEvent.change(value, { target: { value: '' } });
    fireEvent.change(reason, { target: { value: '  原文为空  ' } });
    fireEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toBe('编辑令牌无效。');
    expect(sent).toEqual([{ value: null, reason: '原文为空' }]);
  });
});
