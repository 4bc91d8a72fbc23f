// Writes docs/configuration.md from the settings table in src/config/settings.ts.
// Run: node scripts/gen-config-docs.ts   (a test fails when the file is out of date)
import { writeFileSync } from 'node:fs';
import { renderConfigDocs } from '../src/config/render-docs.ts';

writeFileSync('docs/configuration.md', renderConfigDocs());
console.log('wrote docs/configuration.md');
