import { Worker } from 'node:worker_threads';
import { type ParsedReport, ParseError } from '@nianbao/parser';
import { ParseBusyError, ParseTimeoutError } from './parse-errors.ts';
import type { WorkerReady, WorkerReply } from './parse-messages.ts';

export interface ParsePoolOptions {
  /** Worker threads; each parses one file at a time. Default 1. */
  size?: number;
  /** Files waiting for a free worker before `parse` refuses with ParseBusyError. Default 64. */
  maxQueue?: number;
  /** Heap limit of each worker: a file that needs more kills only its worker. Default 768 MB. */
  maxHeapMb?: number;
  /** The worker's entry module (tests substitute a misbehaving one). */
  workerUrl?: URL;
}

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  timeoutMs: number;
  resolve(report: ParsedReport): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job | undefined;
  timer?: NodeJS.Timeout | undefined;
}

const DEFAULT_WORKER = new URL('./parse-worker.mjs', import.meta.url);

/**
 * Parses report files in worker threads, each parse under a deadline. A parse that overruns is
 * rejected with ParseTimeoutError and its thread terminated (which stops even a tight loop), so
 * a hostile file costs one worker restart and the server's own thread never stalls. Workers start
 * on first use and do not keep an idle process alive.
 */
export class ParsePool {
  readonly #size: number;
  readonly #maxQueue: number;
  readonly #maxHeapMb: number;
  readonly #workerUrl: URL;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #nextId = 1;
  #closed = false;

  constructor(options: ParsePoolOptions = {}) {
    this.#size = Math.max(1, Math.floor(options.size ?? 1));
    this.#maxQueue = Math.max(0, Math.floor(options.maxQueue ?? 64));
    this.#maxHeapMb = options.maxHeapMb ?? 768;
    this.#workerUrl = options.workerUrl ?? DEFAULT_WORKER;
  }

  /** Parses one file in a worker; rejects like parseReport, or with ParseTimeoutError / ParseBusyError. */
  parse(bytes: Uint8Array, fileName: string, timeoutMs: number): Promise<ParsedReport> {
    if (this.#closed) return Promise.reject(new Error('the parse pool is closed'));
    if (this.#queue.length >= this.#maxQueue) {
      return Promise.reject(
        new ParseBusyError(`${fileName}: every parser is busy and ${this.#maxQueue} files are waiting`),
      );
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, bytes, fileName, timeoutMs, resolve, reject });
      this.#pump();
    });
  }

  /** Workers currently alive (started or starting). */
  get workers(): number {
    return this.#slots.length;
  }

  /** Stops every worker and rejects waiting files. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('the parse pool was closed'));
    const slots = this.#slots.splice(0);
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.job?.reject(new Error('the parse pool was closed'));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const idle = this.#slots.find((slot) => slot.ready && slot.job === undefined);
      if (idle === undefined) break;
      const job = this.#queue.shift();
      if (job !== undefined) this.#dispatch(idle, job);
    }
    const starting = this.#slots.filter((slot) => !slot.ready).length;
    if (this.#queue.length > starting && this.#slots.length < this.#size && !this.#closed) this.#spawn();
  }

  #spawn(): void {
    const worker = new Worker(this.#workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: this.#maxHeapMb },
    });
    // An idle worker must not keep a finished CLI or test process alive; a busy one does.
    worker.unref();
    const slot: Slot = { worker, ready: false };
    this.#slots.push(slot);
    worker.on('message', (message: WorkerReply | WorkerReady) => {
      if ('ready' in message) {
        slot.ready = true;
        this.#pump();
      } else this.#settle(slot, message);
    });
    worker.on('error', (error) => this.#lose(slot, error));
    worker.on('exit', (code) => this.#lose(slot, new Error(`the parser worker exited (code ${code})`)));
  }

  #dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.#remove(slot);
      slot.job = undefined;
      job.reject(new ParseTimeoutError(job.fileName, job.timeoutMs));
      void slot.worker.terminate();
      this.#pump();
    }, job.timeoutMs);
    slot.worker.postMessage({ id: job.id, bytes: job.bytes, fileName: job.fileName });
  }

  #settle(slot: Slot, reply: WorkerReply): void {
    const job = slot.job;
    if (job === undefined || reply.id !== job.id) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.worker.unref();
    if (reply.ok) job.resolve(reply.report);
    else if ('parseError' in reply) {
      const { code, file, message } = reply.parseError;
      const error = new ParseError(code, file, '');
      // The worker's message already carries the file name prefix ParseError adds.
      error.message = message;
      job.reject(error);
    } else job.reject(new Error(reply.failure));
    this.#pump();
  }

  /** A worker died (crash, out of memory, failed start): its file fails, the pool carries on. */
  #lose(slot: Slot, error: Error): void {
    if (!this.#remove(slot)) return;
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    job?.reject(new Error(`the parser stopped while reading ${job.fileName}: ${error.message}`));
    if (!slot.ready && this.#slots.length === 0) {
      // Nothing can start: fail the waiting files instead of restarting forever.
      for (const waiting of this.#queue.splice(0)) {
        waiting.reject(new Error(`the parser could not start: ${error.message}`));
      }
      return;
    }
    this.#pump();
  }

  #remove(slot: Slot): boolean {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return false;
    this.#slots.splice(index, 1);
    return true;
  }
}

const shared = new Map<number, ParsePool>();

/** One pool per process and size: every app built in the process shares its workers. */
export function sharedParsePool(size: number): ParsePool {
  let pool = shared.get(size);
  if (pool === undefined) {
    pool = new ParsePool({ size });
    shared.set(size, pool);
  }
  return pool;
}
