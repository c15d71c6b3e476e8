import { parentPort } from 'node:worker_threads';
import { ParseError, parseReport } from '@nianbao/parser';
import type { WorkerReply, WorkerRequest } from './parse-messages.ts';

// Runs inside a worker thread: parses one file per message and posts the result back. The pool
// terminates the whole thread when a parse overruns its deadline, so nothing here has to cooperate.

const port = parentPort;
if (port === null) throw new Error('parse-worker-task must run in a worker thread');

port.on('message', async ({ id, bytes, fileName }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, report: await parseReport(bytes, fileName) };
  } catch (error) {
    reply =
      error instanceof ParseError
        ? { id, ok: false, parseError: { code: error.code, file: error.file, message: error.message } }
        : { id, ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
