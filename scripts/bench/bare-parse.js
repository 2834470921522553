// The yardstick of npm run bench:data: papaparse alone streaming a file as the data build's reader
// does (a file stream, `step`), in a process that imports nothing else. Prints the rows it saw.
// JavaScript, not TypeScript: a .ts entry makes Node load its type stripper first (about 0.12 s
// here), which the yardstick would then count as parsing and so flatter the data build.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

const file = process.argv[2] ?? '';
let rows = -1; // the header is not a row
await new Promise((resolve, reject) => {
  Papa.parse(createReadStream(file, { highWaterMark: 1 << 16, encoding: 'utf8' }), {
    step: () => {
      rows++;
    },
    complete: () => resolve(undefined),
    error: reject,
  });
});
console.log(String(rows));
