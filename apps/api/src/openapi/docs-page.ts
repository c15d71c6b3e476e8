import type { OpenApiDocument } from './build-spec.ts';

type Json = Record<string, unknown>;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Inline `code` spans of the descriptions, on already escaped text. */
const inlineCode = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** A compact one-line type for a parameter's schema. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items as Json)}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' | ');
  return 'any';
}

function schemaBlock(title: string, schema: unknown): string {
  if (
    schema === undefined ||
    (typeof schema === 'object' && schema !== null && Object.keys(schema).length === 0)
  ) {
    return '';
  }
  return `<details><summary>${escapeHtml(title)}</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`;
}

function operationHtml(path: string, method: string, op: Json): string {
  const params = (op.parameters ?? []) as Json[];
  const rows = params
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${p.in === 'path' ? '路径' : '查询'}</td>` +
        `<td>${p.required ? '必填' : '可选'}</td><td><code>${escapeHtml(typeOf(p.schema as Json))}</code></td></tr>`,
    )
    .join('');
  const body = op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
  const bodyHtml = Object.entries(body?.content ?? {})
    .map(([type, media]) => schemaBlock(`请求体（${type}）`, media.schema))
    .join('');
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>)
    .map(([status, response]) => {
      const content = (response.content ?? {}) as Record<string, { schema?: unknown }>;
      const types = Object.keys(content);
      const json = content['application/json']?.schema;
      return (
        `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(String(response.description ?? ''))}` +
        `${types.length > 0 ? ` <small>${escapeHtml(types.join(', '))}</small>` : ''}` +
        `${status.startsWith('2') ? schemaBlock('响应结构', json) : ''}</li>`
      );
    })
    .join('');
  const role = op['x-required-role'];
  return `<section class="op" id="${escapeHtml(String(op.operationId))}">
<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${inlineCode(String(op.summary ?? ''))}${role ? ` <span class="role">需要令牌：${escapeHtml(String(role))}</span>` : ''}</p>
${op.description ? `<p class="desc">${inlineCode(String(op.description))}</p>` : ''}
${rows ? `<table><thead><tr><th>参数</th><th>位置</th><th></th><th>类型</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${bodyHtml}<ul class="responses">${responses}</ul></section>`;
}

/**
 * The docs page: the OpenAPI document rendered as one self-contained HTML page (no scripts, no
 * fonts or styles from elsewhere; the servers it runs on are offline), grouped by tag.
 */
export function renderDocsPage(spec: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = String((op.tags as string[] | undefined)?.[0] ?? '其他');
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)]);
    }
  }
  const toc = [...byTag.keys()]
    .map((tag) => `<a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a>`)
    .join(' · ');
  const sections = [...byTag.entries()]
    .map(([tag, ops]) => `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('\n')}`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(spec.info.title)} 文档</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:960px;padding:1rem 1.5rem;color:#1f2328;line-height:1.5}
h1{font-size:1.6rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2rem}
.op{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.op h3{font-size:1rem;margin:.4rem 0}.method{display:inline-block;min-width:4.2rem;text-align:center;border-radius:4px;color:#fff;font-size:.8rem;padding:.1rem .3rem}
.get{background:#1a7f37}.post{background:#0969da}.patch{background:#9a6700}.delete{background:#cf222e}.put{background:#8250df}
.role{background:#fff8c5;border-radius:4px;padding:0 .4rem;font-size:.85rem}.desc{color:#57606a}
table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;font-size:.8rem;max-height:24rem}code{font-size:.9em}
.responses{font-size:.9rem}
</style></head><body>
<h1>${escapeHtml(spec.info.title)} <small>${escapeHtml(spec.info.version)}</small></h1>
<p>${inlineCode(spec.info.description)}</p>
<p>机器可读版本：<a href="/api/openapi.json"><code>/api/openapi.json</code></a>（OpenAPI ${escapeHtml(spec.openapi)}）</p>
<nav>${toc}</nav>
${sections}
</body></html>`;
}
