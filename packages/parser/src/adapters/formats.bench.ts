import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parseReport } from '../parse-report.ts';

// Parse throughput per format over the fixtures of both editions, one report at a time:
//   npx vitest bench --run src/adapters/formats.bench.ts
// (hz = reports per second on one core).
const dir = new URL('../../fixtures/', import.meta.url);
const load = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));

const FORMATS: Record<string, string[]> = {
  txt: ['songxian-2020-zfb.txt', 'anlan-2022-jtj-2021.txt'],
  html: ['formats/songxian-2020-zfb.html', 'formats/anlan-2022-jtj-2021.html'],
  docx: ['formats/songxian-2020-zfb.docx', 'formats/anlan-2022-jtj-2021.docx'],
  pdf: ['formats/songxian-2020-zfb.pdf', 'formats/anlan-2022-jtj-2021.pdf'],
};

describe('parseReport throughput', () => {
  for (const [format, names] of Object.entries(FORMATS)) {
    const files = names.map((name) => ({ name, bytes: load(name) }));
    let next = 0;
    bench(
      format,
      async () => {
        const file = files[next++ % files.length];
        if (file !== undefined) await parseReport(file.bytes, file.name);
      },
      { time: format === 'pdf' ? 8000 : 3000, warmupIterations: 4 },
    );
  }
});
