// The Electron runtime, installed once by `npm start` (npm's install scripts are off in .npmrc, so
// electron's own postinstall never ran). Plain JavaScript: it runs before anything is built.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const TIME_LIMIT_MS = 120_000;
/** Past this, a download is really under way and the reader sees a clock; a quick failure shows none. */
const QUIET_MS = 3_000;
const MAX_OUTPUT_CHARS = 64 * 1024;

/** Where electron's installer downloads from (as @electron/get reads it), for naming it in a message. */
export function downloadHost(env = process.env) {
  const base =
    env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || env.ELECTRON_MIRROR || 'https://github.com/';
  return URL.canParse(base) ? new URL(base).host : base;
}

/**
 * Runs electron's installer with a time limit, and a clock once it has run a few seconds. Answers
 * `{ ok: true }`, or `{ ok: false, reason }` with the reason in words.
 * @param {string} electronDir node_modules/electron
 * @param {{ stderr?: { isTTY?: boolean, write(text: string): unknown }, env?: Record<string, string | undefined> }} [options]
 */
export async function installElectron(electronDir, { stderr = process.stderr, env = process.env } = {}) {
  const installer = path.join(electronDir, 'install.js');
  if (!existsSync(installer)) return { ok: false, reason: 'the electron package is missing (run npm install)' };
  const started = Date.now();
  const tty = stderr.isTTY === true;
  let shown = false;
  const clock = () => {
    const elapsed = Date.now() - started;
    if (elapsed < QUIET_MS) return;
    const seconds = Math.round(elapsed / 1000);
    const line = `Annals: downloading the desktop runtime (Electron, once)… ${seconds} s`;
    if (tty) stderr.write(`\r${line}`);
    else if (!shown || seconds % 15 === 0) stderr.write(`${line}\n`);
    shown = true;
  };
  const { code, output, timedOut } = await new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: electronDir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      if (output.length < MAX_OUTPUT_CHARS) output += chunk;
    });
    const ticking = setInterval(clock, 1_000);
    const limit = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIME_LIMIT_MS);
    const finish = (code) => {
      clearInterval(ticking);
      clearTimeout(limit);
      if (tty && shown) stderr.write('\r\x1b[K');
      resolve({ code, output, timedOut });
    };
    child.once('error', (error) => {
      output += `\n${error.message}`;
      finish(-1);
    });
    child.once('close', (code) => finish(code));
  });
  if (code === 0) return { ok: true };
  if (timedOut) return { ok: false, reason: 'downloading its runtime (Electron) took longer than 2 minutes' };
  return { ok: false, reason: await explainInstallFailure(output, downloadHost(env), probeHost) };
}

const cannotFind = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const cannotReach = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/**
 * Why electron's installer failed, in words. Its own output often says no more than "fetch failed":
 * then the download host is tried once (`probe`) for the network's answer.
 * @param {string} output what the installer wrote on stderr
 * @param {string} host
 * @param {(host: string) => Promise<string | null>} probe answers an error code, or null when the host answers
 */
export async function explainInstallFailure(output, host, probe) {
  const code =
    /\b(E[A-Z_]{3,}|UND_ERR_[A-Z_]+|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+|SELF_SIGNED_CERT[A-Z_]*)\b/.exec(output)?.[1] ??
    (/fetch failed/i.test(output) ? await probe(host) : null);
  const download = 'so its runtime (Electron) cannot be downloaded';
  if (code && cannotFind.has(code)) return `${host} cannot be found, ${download} (no network connection?)`;
  if (code && cannotReach.has(code)) return `${host} cannot be reached, ${download} (no network connection?)`;
  if (code && /^(CERT_|UNABLE_TO_|SELF_SIGNED)/.test(code))
    return `the connection to ${host} is not trusted (${code}), ${download}`;
  if (code === 'ENOSPC') return `the disk is full, ${download}`;
  if (/checksum/i.test(output)) return 'its runtime (Electron) was downloaded damaged (wrong checksum)';
  const last = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error/i.test(line) && !line.startsWith('at '));
  return `downloading its runtime (Electron) failed${last ? `: ${last.slice(0, 200)}` : ''}`;
}

/** One short request to the download host: the network's error code, or null when it answers at all. */
async function probeHost(host) {
  try {
    await fetch(`https://${host}/`, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
    return null;
  } catch (error) {
    const cause = error instanceof Error ? /** @type {{ code?: string }} */ (error.cause) : null;
    return cause?.code ?? (error instanceof Error && error.name === 'TimeoutError' ? 'ETIMEDOUT' : null);
  }
}
