import { fork } from 'node:child_process';
import type { ChildMessage, ChildTask, WriteResult } from './child-tasks.ts';

const ENTRY = new URL('./bench-child.ts', import.meta.url);

/**
 * Store-writing children run with a 256 MB V8 heap: left alone, V8 lets garbage pile up to twice
 * that before collecting (measured 516 MB peak RSS unbounded, 295 MB bounded, at the same speed).
 */
const HEAP_LIMIT = ['--max-old-space-size=256'];

function spawn(task: ChildTask) {
  return fork(ENTRY, [JSON.stringify(task)], {
    execArgv: ['--import', 'tsx', ...(task.kind === 'build' || task.kind === 'import' ? HEAP_LIMIT : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Runs a store-writing task in a child process and resolves with its result. */
export function runChildTask(task: ChildTask, onProgress?: (line: string) => void): Promise<WriteResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(task);
    let settled = false;
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'progress') onProgress?.(message.line);
      else if (message.type === 'result') {
        settled = true;
        resolve(message.result);
      } else if (message.type === 'error') {
        settled = true;
        reject(new Error(`benchmark child (${task.kind}) failed: ${message.message}`));
      }
    });
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`benchmark child (${task.kind}) exited with code ${code}`));
    });
  });
}

/** A server running in a child process. */
export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a server task in a child process; resolves once it listens on 127.0.0.1. */
export function startChildServer(task: ChildTask): Promise<ChildServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(task);
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'listening') {
        resolve({ url: `http://127.0.0.1:${message.port}`, pid: child.pid ?? -1, stop });
      } else if (message.type === 'error') reject(new Error(`server child failed: ${message.message}`));
    });
    child.once('exit', (code) => reject(new Error(`server child exited with code ${code}`)));
  });
}
