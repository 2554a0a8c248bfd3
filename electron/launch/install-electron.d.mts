// Types of install-electron.mjs (plain JavaScript, because it runs before anything is built).
export type InstallResult = { ok: true } | { ok: false; reason: string };

export function downloadHost(env?: Record<string, string | undefined>): string;

export function installElectron(
  electronDir: string,
  options?: {
    stderr?: { isTTY?: boolean; write(text: string): unknown };
    env?: Record<string, string | undefined>;
  },
): Promise<InstallResult>;

export function explainInstallFailure(
  output: string,
  host: string,
  probe: (host: string) => Promise<string | null>,
): Promise<string>;
