// A parser worker that never answers: it spins in a tight loop on every file, the way a parser
// stuck in catastrophic backtracking would. The parse pool must stop it from outside.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  for (;;) {
    // Deliberately endless and synchronous: no event turn, no cooperative deadline can run.
  }
});
parentPort?.postMessage({ ready: true });
