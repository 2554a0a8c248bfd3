import Store from 'electron-store';
import { type Device, DeviceSchema, deviceFromEnvironment, newDevice } from '../core/sync/device.ts';

/** Where a device identity is kept: electron-store's file in the app's own folder on this computer. */
export interface DeviceStore {
  read(): unknown;
  write(device: Device): void;
}

/**
 * This computer's device: ANNALS_DEVICE_ID when set, else the one kept in `store`, else a new one
 * (kept there for every later start). A damaged identity is replaced: a new id only means this
 * computer's next changes go to records of a new name.
 */
export function desktopDevice(store: DeviceStore, env: NodeJS.ProcessEnv = process.env): Device {
  const fromEnvironment = deviceFromEnvironment(env);
  if (fromEnvironment) return fromEnvironment;
  const kept = DeviceSchema.safeParse(store.read());
  if (kept.success) return kept.data;
  const device = newDevice();
  store.write(device);
  return device;
}

/**
 * device.json in the app's folder (not the per-library userData of a library opened elsewhere): the
 * same file the CLI and browser mode read, so one computer is one device whichever shell runs.
 */
export function electronDeviceStore(appFolder: string): DeviceStore {
  const store = new Store<Record<string, unknown>>({ cwd: appFolder, name: 'device', clearInvalidConfig: true });
  return {
    read: () => store.store,
    write: (device) => {
      store.store = { id: device.id, name: device.name };
    },
  };
}
