// The extraction development set: public test pages read from a folder outside the repository (never
// committed), plus the committed pages under tests/fixtures/devset. See tests/fixtures/devset/README.md.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../../electron/core/extract/charset.ts';

/** What a page should give. Every field is optional: a source checks only what it knows. */
export interface Expected {
  /** The article body as plain text, for F1 over 4-token shingles. */
  body?: string;
  /** Snippets the article text must contain, and snippets it must not (boilerplate). */
  with?: string[];
  without?: string[];
  title?: string;
  byline?: string;
  /** YYYY-MM-DD (only the day is compared). */
  published?: string;
  leadImage?: string;
  lang?: string;
  /** False for a page that holds no article (a sign-in wall, a home page): refusing it is right. */
  article?: boolean;
}

export interface DevPage {
  /** `source/name`, stable across runs: the held-out split is chosen from it. */
  id: string;
  source: 'readability' | 'trafilatura' | 'annals';
  html: string;
  url: string;
  expected: Expected;
  /** Kept out of tuning: a fixed third of the public pages, chosen by a hash of the id. */
  heldOut: boolean;
}

export interface DevSet {
  pages: DevPage[];
  /** The external folder read, or null when only the committed pages were found. */
  externalDir: string | null;
}

const COMMITTED = new URL('../../fixtures/devset/', import.meta.url);

/**
 * The salt of the held-out split. A new salt draws a fresh held-out third: done whenever held-out pages were
 * seen by name (round 1 printed some), so that no rule can have been tuned to the pages now held out.
 */
const HELD_OUT_SALT = 'annals-devset-2';

/** A third of the public pages, fixed by name: sha256(salt:id) mod 3 === 0. The committed pages are all for tuning. */
export function isHeldOut(id: string): boolean {
  return createHash('sha256').update(`${HELD_OUT_SALT}:${id}`).digest()[0]! % 3 === 0;
}

function decode(bytes: Buffer): string {
  return decodeHtml(bytes, 'text/html').html;
}

function readJson(path: string | URL): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function orUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** mozilla/readability's test/test-pages/<name>/{source.html, expected.html, expected-metadata.json}. */
function readabilityPages(root: string, bodyText: (html: string) => string): DevPage[] {
  const dir = join(root, 'test', 'test-pages');
  if (!existsSync(dir)) return [];
  const pages: DevPage[] = [];
  for (const name of readdirSync(dir).sort()) {
    const source = join(dir, name, 'source.html');
    const expectedHtml = join(dir, name, 'expected.html');
    if (!existsSync(source) || !existsSync(expectedHtml)) continue;
    const metaPath = join(dir, name, 'expected-metadata.json');
    const meta = (existsSync(metaPath) ? readJson(metaPath) : {}) as Record<string, unknown>;
    const id = `readability/${name}`;
    pages.push({
      id,
      source: 'readability',
      html: decode(readFileSync(source)),
      // Readability's own tests resolve links against this address.
      url: 'http://fakehost/test/page.html',
      expected: {
        body: bodyText(readFileSync(expectedHtml, 'utf8')),
        title: orUndefined(meta.title),
        byline: orUndefined(meta.byline),
        published: orUndefined(meta.publishedTime),
        lang: orUndefined(meta.lang),
      },
      heldOut: isHeldOut(id),
    });
  }
  return pages;
}

interface TrafilaturaItem {
  file: string;
  with: string[];
  without: string[];
  title?: string;
  author?: string;
  date?: string;
}

/** adbar/trafilatura's tests/evaldata.json with the pages in tests/eval and tests/cache. */
function trafilaturaPages(root: string): DevPage[] {
  const tests = join(root, 'tests');
  const indexPath = join(tests, 'evaldata.json');
  if (!existsSync(indexPath)) return [];
  const index = readJson(indexPath) as Record<string, TrafilaturaItem>;
  const pages: DevPage[] = [];
  for (const url of Object.keys(index).sort()) {
    const item = index[url]!;
    const path = [join(tests, 'eval', item.file), join(tests, 'cache', item.file)].find((p) => existsSync(p));
    if (!path) continue;
    const id = `trafilatura/${item.file}`;
    pages.push({
      id,
      source: 'trafilatura',
      html: decode(readFileSync(path)),
      // Some keys are labels ("hard::site-name.html"), not addresses.
      url: /^https?:\/\//.test(url) ? url : `https://${item.file.replace(/[^a-z0-9.-]+/gi, '-')}/`,
      expected: {
        with: item.with,
        without: item.without,
        title: orUndefined(item.title),
        byline: orUndefined(item.author),
        published: orUndefined(item.date),
      },
      heldOut: isHeldOut(id),
    });
  }
  return pages;
}

interface CommittedEntry extends Expected {
  /** Path of the page under tests/fixtures/. */
  file: string;
  url: string;
  /** Path under tests/fixtures/ of the expected body text, when the whole body is known. */
  bodyFile?: string;
}

/** The project's own pages: tests/fixtures/devset/manifest.json names each page and what it should give. */
function committedPages(): DevPage[] {
  const fixtures = new URL('../', COMMITTED);
  const manifest = readJson(new URL('manifest.json', COMMITTED)) as { pages: CommittedEntry[] };
  return manifest.pages.map(({ file, url, bodyFile, ...expected }) => ({
    id: `annals/${file}`,
    source: 'annals',
    html: decode(readFileSync(new URL(file, fixtures))),
    url,
    expected: bodyFile ? { ...expected, body: readFileSync(new URL(bodyFile, fixtures), 'utf8') } : expected,
    heldOut: false,
  }));
}

/** `--devset DIR` on the command line, else ANNALS_DEVSET; null when neither is given. */
export function devsetDirFromArgs(argv: string[] = process.argv, env = process.env): string | null {
  const at = argv.indexOf('--devset');
  if (at >= 0 && argv[at + 1]) return argv[at + 1]!;
  const inline = argv.find((a) => a.startsWith('--devset='));
  if (inline) return inline.slice('--devset='.length);
  return env.ANNALS_DEVSET?.trim() || null;
}

/**
 * Loads the development set. DIR holds `readability/` (a copy of mozilla/readability: test/test-pages) and
 * `trafilatura/` (a copy of adbar/trafilatura: tests/evaldata.json, tests/eval, tests/cache); either may be
 * missing. `bodyText` turns Readability's expected HTML into the plain text the scores compare.
 */
export function loadDevSet(dir: string | null, bodyText: (html: string) => string): DevSet {
  const external =
    dir && existsSync(dir)
      ? [...readabilityPages(join(dir, 'readability'), bodyText), ...trafilaturaPages(join(dir, 'trafilatura'))]
      : [];
  if (dir && external.length === 0) {
    throw new Error(`No development pages in ${dir}: expected readability/test/test-pages or trafilatura/tests`);
  }
  return { pages: [...committedPages(), ...external], externalDir: external.length > 0 ? dir : null };
}
