import { writeFileSync } from 'node:fs';
import { GENERATED } from './format-fixtures.ts';

// Regenerates the committed DOCX/PDF fixtures under fixtures/formats/ (for `nianbao eval`):
//   npx tsx src/test-support/formats/write-format-fixtures.ts
const dir = new URL('../../../fixtures/formats/', import.meta.url);
for (const fixture of GENERATED) {
  writeFileSync(new URL(fixture.file, dir), await fixture.render());
  console.log(`wrote fixtures/formats/${fixture.file}`);
}
