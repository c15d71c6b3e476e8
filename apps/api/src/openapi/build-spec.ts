import { apiErrorSchema } from '@nianbao/schema';
import type { z } from 'zod';
import { toSchemaObject } from './json-schema.ts';
import type { OperationDoc } from './operation-doc.ts';

type Json = Record<string, unknown>;

/** An OpenAPI 3.1 document (only the parts this builder writes are typed). */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, Json> };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATUS_TEXT: Record<number, string> = {
  304: '未修改（If-None-Match 与当前 ETag 相同）',
  400: '请求参数有误',
  401: '缺少令牌或令牌无效',
  403: '令牌权限不足',
  404: '对象不存在',
  409: '与现有数据冲突',
  413: '请求或上传内容过大',
  422: '文件读取超时（parse_timeout）',
  429: '请求过于频繁（见 Retry-After）',
};

/** `/api/reports/:id` → `/api/reports/{id}`, and the names of its path parameters. */
function openApiPath(path: string): { path: string; names: string[] } {
  const names: string[] = [];
  const converted = path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, (_m, name: string) => {
    names.push(name);
    return `{${name}}`;
  });
  return { path: converted, names };
}

function parameters(
  where: 'path' | 'query',
  schema: z.ZodObject | undefined,
  names: readonly string[],
  key: string,
  components: Record<string, unknown>,
): Json[] {
  const converted = schema ? toSchemaObject(schema, 'input', key, components) : {};
  const properties = (converted.properties ?? {}) as Record<string, Json>;
  const required = new Set((converted.required ?? []) as string[]);
  const listed = where === 'path' ? names : Object.keys(properties);
  return listed.map((name) => {
    const property = properties[name] ?? { type: 'string' };
    const optional = where === 'query' && (!required.has(name) || property.type === 'array');
    return { name, in: where, required: !optional, schema: property };
  });
}

/**
 * The OpenAPI 3.1 document of the app: every route the app really has (so none can be missing),
 * described by its OperationDoc where there is one, with request and response schemas generated
 * from the same zod schemas that validate the requests.
 */
export function buildOpenApi(
  routes: readonly { method: string; path: string }[],
  docs: readonly OperationDoc[],
  options: { readsRequireToken: boolean; version: string },
): OpenApiDocument {
  const components: Record<string, unknown> = {
    ApiError: toSchemaObject(apiErrorSchema, 'output', 'ApiError', {}),
  };
  const byKey = new Map(docs.map((d) => [`${d.method} ${d.path}`, d]));
  const paths: OpenApiDocument['paths'] = {};
  const seen = new Set<string>();
  for (const route of routes) {
    const method = route.method.toLowerCase();
    if (!METHODS.has(method) || !route.path.startsWith('/api') || route.path.includes('*')) continue;
    const key = `${method} ${route.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = byKey.get(key);
    const { path, names } = openApiPath(route.path);
    const id = `${method}_${path}`.replace(/[^A-Za-z0-9]+/g, '_').replace(/_+$/, '');
    const role = doc?.role ?? (options.readsRequireToken && method === 'get' ? 'reader' : undefined);
    const json = (schema: z.ZodType | undefined, io: 'input' | 'output', suffix: string) =>
      schema ? toSchemaObject(schema, io, `${id}_${suffix}`, components) : {};

    const success: Json = { description: '成功' };
    if (doc?.produces) success.content = { [doc.produces]: { schema: { type: 'string', format: 'binary' } } };
    else {
      success.content = {
        'application/json': { schema: json(doc?.response, 'output', 'response') },
        ...(doc?.exportable
          ? {
              'text/csv': { schema: { type: 'string', description: 'UTF-8 带 BOM，RFC 4180' } },
              [XLSX]: { schema: { type: 'string', format: 'binary' } },
            }
          : {}),
      };
    }
    const responses: Record<string, Json> = { [String(doc?.status ?? 200)]: success };
    const errorStatuses = new Set<number>([400, ...(doc?.errors ?? []), ...(role ? [401, 403] : [])]);
    if (method === 'get') responses['304'] = { description: STATUS_TEXT[304] ?? '' };
    for (const status of [...errorStatuses].sort()) {
      responses[String(status)] = {
        description: STATUS_TEXT[status] ?? '错误',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
      };
    }

    const operation: Json = {
      operationId: id,
      tags: [doc?.tag ?? '其他'],
      summary: doc?.summary ?? `${route.method} ${route.path}`,
      ...(doc?.description ? { description: doc.description } : {}),
      parameters: [
        ...parameters('path', doc?.params, names, `${id}_params`, components),
        ...parameters('query', doc?.query, [], `${id}_query`, components),
      ],
      responses,
      ...(role ? { security: [{ bearer: [] }], 'x-required-role': role } : {}),
    };
    if (doc?.body) {
      operation.requestBody = {
        required: true,
        content: { [doc.body.contentType]: { schema: json(doc.body.schema, 'input', 'body') } },
      };
    }
    paths[path] ??= {};
    (paths[path] as Record<string, Json>)[method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '年报 Nianbao API',
      version: options.version,
      description:
        '政府信息公开工作年度报告的数据接口：指标、地区、机构、报告（含版本、原文、更正）、趋势、对比、排名。' +
        '写操作需要 `Authorization: Bearer <令牌>`；GET 响应带 ETag，可用 If-None-Match 条件请求。',
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: '由 `nianbao token create` 生成的令牌' },
      },
    },
  };
}
