// The yardstick of npm run bench:data: papaparse alone streaming a file as the data build's reader
// does (a file stream, `step`), in a process that imports nothing else. Prints the rows it saw.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

const file = process.argv[2] ?? '';
let rows = -1; // the header is not a row
await new Promise<void>((resolve, reject) => {
  Papa.parse<string[]>(createReadStream(file, { highWaterMark: 1 << 16, encoding: 'utf8' }), {
    step: () => {
      rows++;
    },
    complete: () => resolve(),
    error: reject,
  });
});
console.log(String(rows));
