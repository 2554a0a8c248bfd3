// `engines` is what npm checks on install: every installed package must accept the Node versions
// package.json (and the README) name, or `npm install` warns EBADENGINE on them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
// npm's own version matching (it comes with the tools installed here).
const semver = require('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

const ours = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines
  .node;
/** The lowest version of each branch the range allows: "^22.13.0 || >=24.0.0" gives 22.13.0 and 24.0.0. */
const lowest = ours.split('||').map((branch) => semver.minVersion(branch.trim())?.version ?? branch);

interface Installed {
  name: string;
  version: string;
  node: string;
}

/** Every package in node_modules, nested ones too, that says which Node it needs. */
function installedEngines(dir = join(root, 'node_modules')): Installed[] {
  const found: Installed[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      found.push(...installedEngines(path));
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) {
      const { name, version, engines } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name: string;
        version: string;
        engines?: { node?: unknown };
      };
      if (typeof engines?.node === 'string') found.push({ name, version, node: engines.node });
    }
    if (existsSync(join(path, 'node_modules'))) found.push(...installedEngines(join(path, 'node_modules')));
  }
  return found;
}

describe('the Node versions Annals needs', () => {
  it('are the ones every installed tool and package accepts (no EBADENGINE on install)', () => {
    const installed = installedEngines();
    expect(installed.length).toBeGreaterThan(100);
    for (const version of lowest) {
      const refusing = installed.filter(({ node }) => !semver.satisfies(version, node));
      expect(
        refusing.map(({ name, version: v, node }) => `${name}@${v} wants ${node}`),
        `on Node ${version}`,
      ).toEqual([]);
    }
  });

  it('are not set higher than the strictest tool needs', () => {
    // Electron's installer and electron-builder's rebuild need 22.12, jsdom 22.13 on the 22 line.
    expect(lowest[0]).toBe('22.13.0');
    const installed = installedEngines();
    expect(installed.some(({ node }) => !semver.satisfies('22.12.0', node))).toBe(true);
  });

  it('are stated in the README', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(
      'Node.js 22.13 or later on the 22 line, or 24 and later',
    );
  });
});
