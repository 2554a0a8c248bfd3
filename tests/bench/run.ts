// `npm run bench`: figures, never pass/fail (bench-report.ts runs the parts and prints their figures).
// The arguments are checked before any part's module loads (jsdom, the core, the extraction rules take
// seconds), so a misspelt `--only` part is refused at once.
import { benchPartsChosen } from './bench-parts.ts';

try {
  benchPartsChosen(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
await import('./bench-report.ts');
