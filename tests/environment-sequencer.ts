// Vitest shares a worker between test files (isolate off) only while the next file in its queue runs in the same
// environment: a DOM test queued between two node tests ends the worker, and the next one loads the core, React and
// the extraction rules anew. Ordered as vitest orders them (slowest first), the 25 DOM tests fell among 400 node
// tests and ended a worker every few files. Kept together, each environment starts its workers once.
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Where vitest reads a file's own environment: a `@vitest-environment` comment anywhere in it. */
const ENVIRONMENT_COMMENT = /@(?:vitest|jest)-environment\s+([\w-]+)\b/;

/** The environment a test file runs in: its own comment's, else its project's. */
export function environmentOf(source: string, projectEnvironment: string | undefined): string {
  return ENVIRONMENT_COMMENT.exec(source)?.[1] ?? projectEnvironment ?? 'node';
}

/** The files of each key next to each other, the keys in the order they first come, each key's files in order. */
export function groupedBy<T>(files: readonly T[], keyOf: (file: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const file of files) {
    const key = keyOf(file);
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  return [...groups.values()].flat();
}

/** Vitest's order, with the files of one project and environment together. */
export default class EnvironmentSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return groupedBy(sorted, (spec) => {
      const source = readFileSync(spec.moduleId, 'utf8');
      return `${spec.project.name}\n${environmentOf(source, spec.project.config.environment)}`;
    });
  }
}
