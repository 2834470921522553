// Preloaded into a benchmarked process (node --import): at exit it writes the process's peak
// resident memory to stderr, so the parent can read it without changing the command it times.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nbench-max-rss-kb ${String(process.resourceUsage().maxRSS)}\n`);
});
