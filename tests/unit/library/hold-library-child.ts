// Run by host-lock.test.ts in a child process: another Annals on this computer. It opens the library
// in argv[2] as the device argv[3], says `ready` (or `refused <message>` and exits 1), and closes the
// library and exits when it reads `close`.
import { createInterface } from 'node:readline';
import { Library } from '../../../electron/core/library/library.ts';

const [dir, device] = process.argv.slice(2) as [string, string];
let library: Library;
try {
  library = await Library.open(dir, { device: { id: device, name: `Profile ${device}` } });
} catch (error) {
  process.stdout.write(`refused ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'close') break;
}
await library.close();
process.exit(0);
