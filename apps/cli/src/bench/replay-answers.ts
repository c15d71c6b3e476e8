import type { OutgoingHttpHeaders } from 'node:http';
import { request } from 'node:http';

/** One answer exactly as the server sent it: status, headers and the (possibly gzipped) body bytes. */
export interface RecordedAnswer {
  path: string;
  status: number;
  headers: OutgoingHttpHeaders;
  /** Body bytes, base64. */
  body: string;
}

// Hop-by-hop and per-connection headers: node:http writes its own.
const DROPPED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

/**
 * Fetches each path once with the headers the load uses and keeps the raw bytes (fetch would
 * decompress them), so a bare server can send the very same answers.
 */
export async function recordAnswers(
  baseUrl: string,
  paths: readonly string[],
  headers: Record<string, string>,
): Promise<RecordedAnswer[]> {
  const answers: RecordedAnswer[] = [];
  for (const path of paths) {
    answers.push(
      await new Promise<RecordedAnswer>((resolve, reject) => {
        const req = request(new URL(path, baseUrl), { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const body = Buffer.concat(chunks);
            const kept: OutgoingHttpHeaders = {};
            for (const [name, value] of Object.entries(res.headers)) {
              if (value !== undefined && !DROPPED.has(name)) kept[name] = value;
            }
            kept['content-length'] = body.length;
            resolve({ path, status: res.statusCode ?? 0, headers: kept, body: body.toString('base64') });
          });
        });
        req.on('error', reject);
        req.end();
      }),
    );
  }
  return answers;
}

/**
 * A bare node:http handler that answers each recorded path with its recorded bytes: the least any
 * server could do to deliver those answers, so big bodies are judged against moving their own bytes.
 */
export function replayHandler(answers: readonly RecordedAnswer[]) {
  const byPath = new Map(
    answers.map((a) => [
      a.path,
      { status: a.status, headers: a.headers, body: Buffer.from(a.body, 'base64') },
    ]),
  );
  return (
    req: { url?: string | undefined },
    res: { writeHead(s: number, h: OutgoingHttpHeaders): unknown; end(b?: Buffer): unknown },
  ) => {
    const answer = byPath.get(req.url ?? '');
    if (answer === undefined) {
      res.writeHead(404, { 'content-length': 0 });
      res.end();
      return;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  };
}
