import { useId, useState } from 'react';
import { useEditToken } from '../hooks/use-edit-token.ts';

/**
 * 编辑令牌: the bearer token an editor pastes to make changes. It is kept in sessionStorage, so it
 * survives reloads of the tab but not closing it, and is never written into a link.
 */
export function EditTokenField() {
  const [token, setToken] = useEditToken();
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="edit-token" data-testid="edit-token">
      <label htmlFor={id}>编辑令牌</label>
      <div className="edit-token-row">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          value={token}
          autoComplete="off"
          spellCheck={false}
          placeholder="粘贴 nianbao token create 生成的令牌"
          onChange={(event) => setToken(event.target.value)}
        />
        <button type="button" className="button" onClick={() => setShown((s) => !s)} aria-pressed={shown}>
          {shown ? '隐藏' : '显示'}
        </button>
        {token !== '' && (
          <button type="button" className="button" onClick={() => setToken('')}>
            清除
          </button>
        )}
      </div>
      <p className="hint">
        {token === ''
          ? '导入和更正需要编辑令牌；也可以点右上角“登录”，登录后无需填写。'
          : '令牌只保存在本标签页中，关闭后即清除。'}
      </p>
    </div>
  );
}
