import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-write.ts';

/**
 * Which computer (or profile) is writing. It lives outside the library, in the app's own settings on
 * this computer: a library carried to another computer by a sync tool must not carry it along, or
 * two computers would write the same files. ANNALS_DEVICE_ID overrides it, so tests and several
 * profiles on one computer act as separate devices.
 */
export interface Device {
  id: string;
  name: string;
}

export const DeviceIdPattern = /^[a-z0-9]{4,40}$/;
export const DeviceSchema = z.object({
  id: z.string().regex(DeviceIdPattern, 'not a device id'),
  name: z.string().trim().min(1).max(100),
});

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function newDevice(name: string = hostname()): Device {
  const id = Array.from(randomBytes(10), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
  return { id, name: cleanName(name) };
}

function cleanName(name: string): string {
  const cleaned = [...name.trim()]
    .filter((char) => char.charCodeAt(0) >= 32)
    .join('')
    .slice(0, 100);
  return cleaned || 'This computer';
}

/** The device named by ANNALS_DEVICE_ID (and ANNALS_DEVICE_NAME), or null when unset. */
export function deviceFromEnvironment(env: NodeJS.ProcessEnv = process.env): Device | null {
  const id = env.ANNALS_DEVICE_ID?.trim();
  if (!id) return null;
  if (!DeviceIdPattern.test(id))
    throw new Error(`ANNALS_DEVICE_ID must be 4 to 40 lowercase letters and digits, not “${id.slice(0, 60)}”`);
  return { id, name: cleanName(env.ANNALS_DEVICE_NAME ?? id) };
}

/**
 * This computer's device, kept in `file` (in the per-user settings folder, outside any library):
 * made once, then the same at every start. A damaged file is replaced with a new identity, which is
 * safe: a new device id only means this computer's next changes go to records of a new name.
 */
export async function loadOrCreateDevice(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Device> {
  const fromEnvironment = deviceFromEnvironment(env);
  if (fromEnvironment) return fromEnvironment;
  try {
    const parsed = DeviceSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // missing or unreadable: make one below
  }
  const device = newDevice();
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await writeFileAtomic(file, `${JSON.stringify(device, null, 2)}\n`);
  return device;
}

/**
 * This computer's device, with the file a new name is kept in: none when ANNALS_DEVICE_ID names the
 * device for this run (its name is ANNALS_DEVICE_NAME's, and renaming it would last until the next start).
 */
export async function loadDeviceHome(
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ device: Device; deviceFile?: string }> {
  const device = await loadOrCreateDevice(file, env);
  return deviceFromEnvironment(env) ? { device } : { device, deviceFile: file };
}

/** Gives this computer's device a new name in its file; the id, which its records are named by, stays. */
export async function saveDeviceName(file: string, device: Device, name: string): Promise<Device> {
  const renamed = { id: device.id, name: cleanName(name) };
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await writeFileAtomic(file, `${JSON.stringify(renamed, null, 2)}\n`);
  return renamed;
}
