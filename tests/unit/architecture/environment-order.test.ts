// The unit suite's order (tests/environment-sequencer.ts): a worker is kept for the next file only when both run in
// one environment, so the DOM tests go together instead of ending a worker every few files.
import { expect, it } from 'vitest';
import { environmentOf, groupedBy } from '../../environment-sequencer.ts';

it('reads a test file’s environment from its comment, else from its project', () => {
  expect(environmentOf('// @vitest-environment jsdom\nimport { render } from "x";', 'node')).toBe('jsdom');
  expect(environmentOf('/**\n * @vitest-environment happy-dom\n */', undefined)).toBe('happy-dom');
  expect(environmentOf('import { it } from "vitest";', 'node')).toBe('node');
  expect(environmentOf('import { it } from "vitest";', undefined)).toBe('node');
});

it('puts the files of one environment together, in the order they came, the environment first met first', () => {
  const files = [
    { name: 'slowest DOM', env: 'jsdom' },
    { name: 'slow node', env: 'node' },
    { name: 'DOM', env: 'jsdom' },
    { name: 'node', env: 'node' },
    { name: 'quick DOM', env: 'jsdom' },
  ];
  expect(groupedBy(files, (file) => file.env).map((file) => file.name)).toEqual([
    'slowest DOM',
    'DOM',
    'quick DOM',
    'slow node',
    'node',
  ]);
});
