import { tokenRoleSchema } from '@nianbao/schema';
import { z } from 'zod';
import type { OperationDoc } from '../openapi/operation-doc.ts';
import { loginBodySchema } from '../routes/session.ts';

/** GET/POST/DELETE /api/session answers (SessionDto). */
const sessionDtoSchema = z.union([
  z.object({ authenticated: z.literal(false) }),
  z.object({
    authenticated: z.literal(true),
    via: z.enum(['session', 'bearer']),
    token: z.object({
      id: z.number().int(),
      name: z.string(),
      role: tokenRoleSchema,
      expiresAt: z.string().nullable(),
    }),
    expiresAt: z.string().nullable(),
  }),
]);

/** The OpenAPI description of the dashboard login routes. */
export const SESSION_OPERATIONS: readonly OperationDoc[] = [
  {
    method: 'get',
    path: '/api/session',
    tag: '登录',
    summary: '当前身份（会话 Cookie 或 Bearer 令牌），未登录时 `authenticated: false`',
    response: sessionDtoSchema,
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/session',
    tag: '登录',
    summary: '用令牌登录：设置 HttpOnly、SameSite=Strict 的会话 Cookie，随令牌过期或吊销而失效',
    description:
      '每个客户端地址每分钟最多 `NIANBAO_LOGINS_PER_MINUTE` 次（默认 10），超出返回 429 与 Retry-After。来自其他站点的登录（Sec-Fetch-Site 或 Origin 不符）返回 403 `csrf_rejected`。',
    body: { contentType: 'application/json', schema: loginBodySchema },
    response: sessionDtoSchema,
    errors: [401, 403, 413, 429],
  },
  {
    method: 'delete',
    path: '/api/session',
    tag: '登录',
    summary: '退出：结束会话并清除 Cookie',
    response: sessionDtoSchema,
    errors: [403],
  },
];
