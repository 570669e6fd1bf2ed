// A worker for the pool's tests: it answers at once, spins for ever on an article named "slow",
// and dies on one named "crash", as a thread out of memory does.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, loaded }) => {
  if (loaded.source === 'slow') for (;;);
  if (loaded.source === 'crash') process.exit(7);
  parentPort.postMessage({ id, outcome: { source: loaded.source, error: `audited ${loaded.source}` } });
});
