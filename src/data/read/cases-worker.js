// The worker thread that reads the second part of a large cases.csv (cases-split.ts).
// JavaScript, not TypeScript, for the same reason as scripts/build-data.js: Node's compile cache
// must be on before the reader's modules load, or the thread spends about 0.1 s stripping their
// types, which is a good part of what reading in two parts saves.
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

enableCompileCache();
const { readPart } = await import('./cases-split.ts');
parentPort?.postMessage(await readPart(workerData));
