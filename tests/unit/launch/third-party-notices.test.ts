// The notices About Annals shows are read from the bundles' source maps: every package a bundle holds gets one notice
// with its licence text, whichever part of the app holds it and however many copies of it the bundles hold.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { collectNotices } from '../../../electron/launch/third-party-notices.mjs';
import { tempDir } from '../helpers/library.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let work: Awaited<ReturnType<typeof tempDir>> | undefined;
afterEach(() => work?.cleanup());

/** A dist/ folder whose bundles' maps list these sources (paths relative to the project). */
async function distWith(bundles: { main?: string[]; window?: string[] }) {
  work = await tempDir('annals-notices-');
  const dist = join(work.dir, 'dist');
  const write = (folder: string, file: string, sources: string[]) => {
    mkdirSync(join(dist, folder), { recursive: true });
    writeFileSync(
      join(dist, folder, file),
      JSON.stringify({ version: 3, sources: sources.map((source) => join(root, source)), mappings: '' }),
    );
  };
  write('main', 'main.cjs.map', bundles.main ?? []);
  write(join('renderer', 'assets'), 'main-abc.js.map', bundles.window ?? []);
  return dist;
}

describe('third-party notices', () => {
  it('gives each bundled package one notice with its licence text, naming the parts of the app that hold it', async () => {
    const dist = await distWith({
      main: ['node_modules/marked/lib/marked.esm.js', 'electron/core/library/store.ts', 'node_modules/zod/index.js'],
      window: ['node_modules/react/index.js', 'node_modules/marked/lib/marked.esm.js', 'renderer/src/main.tsx'],
    });
    const notices = collectNotices(dist, root);
    const byName = new Map(notices.map((notice) => [notice.name, notice]));
    expect(byName.get('react')).toMatchObject({ license: 'MIT', parts: ['window'] });
    expect(byName.get('react')?.text).toMatch(/Permission is hereby granted, free of charge/);
    expect(byName.get('marked')?.parts.sort()).toEqual(['core', 'window']);
    expect(byName.get('zod')?.parts).toEqual(['core']);
    // The project's own sources are not third-party; the WordNet data the core embeds is.
    expect(notices.map((notice) => notice.name).sort()).toEqual(['marked', 'react', 'WordNet', 'zod'].sort());
    expect(byName.get('WordNet')).toMatchObject({ version: '3.1', license: 'WordNet License', parts: ['core'] });
    expect(byName.get('WordNet')?.text).toMatch(/Princeton University/);
  });

  it('lists a package bundled from several copies once a version', async () => {
    const copies = ['node_modules', 'node_modules/htmlparser2/node_modules', 'node_modules/feedsmith/node_modules'];
    const dist = await distWith({ main: copies.map((folder) => `${folder}/entities/lib/index.js`) });
    const versionOf = (folder: string) =>
      JSON.parse(readFileSync(join(root, folder, 'entities', 'package.json'), 'utf8')).version as string;
    const versions = [...new Set(copies.map(versionOf))].sort();
    const entities = collectNotices(dist, root).filter((notice) => notice.name === 'entities');
    expect(entities.map((notice) => notice.version).sort()).toEqual(versions);
    expect(entities.every((notice) => /Redistribution and use in source and binary forms/.test(notice.text))).toBe(
      true,
    );
  });

  it('names the licence a package ships no licence file for, as its package.json states it', async () => {
    const dist = await distWith({ main: ['node_modules/@nodable/entities/src/index.js'] });
    const scoped = collectNotices(dist, root).find((notice) => notice.name === '@nodable/entities');
    expect(scoped?.text).toMatch(/ships no licence file; its package\.json names the licence MIT/);
    // The MIT licence asks that its permission notice travel with every copy: the notice carries it in full.
    expect(scoped?.text).toMatch(
      /The MIT licence in full:\s+MIT License\s+Permission is hereby granted, free of charge/,
    );
  });

  it('gives the Apache licence in full where a package ships only the header that points to it', async () => {
    const dist = await distWith({
      main: ['node_modules/@mozilla/readability/Readability.js', 'node_modules/react/index.js'],
    });
    const notices = collectNotices(dist, root);
    const readability = notices.find((notice) => notice.name === '@mozilla/readability');
    expect(readability?.text).toMatch(/^Copyright \(c\) 2010 Arc90 Inc/);
    expect(readability?.text).toMatch(/TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION/);
    // A package whose own file already holds the whole licence gets no second copy.
    const react = notices.find((notice) => notice.name === 'react');
    expect(react?.text).not.toMatch(/licence in full/);
  });
});
