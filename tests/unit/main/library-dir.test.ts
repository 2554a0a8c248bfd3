import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryDir, userDataDirFor } from '../../../electron/main/library-dir.ts';

const desktopDefault = () => path.resolve('/home/reader/.config/Annals/library');
const cwd = path.resolve('/home/reader/notes');

describe('resolveLibraryDir', () => {
  it('uses the desktop library when nothing else is named', () => {
    expect(resolveLibraryDir(['.'], {}, desktopDefault, cwd)).toBe(desktopDefault());
    expect(resolveLibraryDir(['.'], { ANNALS_LIBRARY: '  ' }, desktopDefault, cwd)).toBe(desktopDefault());
  });

  it('honours ANNALS_LIBRARY (how tests give each run its own library)', () => {
    expect(resolveLibraryDir(['.'], { ANNALS_LIBRARY: '/tmp/lib-1' }, desktopDefault, cwd)).toBe(
      path.resolve('/tmp/lib-1'),
    );
  });

  it('lets --library win over the environment, in either spelling, relative to the working folder', () => {
    const env = { ANNALS_LIBRARY: '/tmp/from-env' };
    expect(resolveLibraryDir(['.', '--library', 'papers'], env, desktopDefault, cwd)).toBe(path.join(cwd, 'papers'));
    expect(resolveLibraryDir(['.', '--library=/data/annals'], env, desktopDefault, cwd)).toBe(
      path.resolve('/data/annals'),
    );
  });

  it('ignores a --library with nothing after it', () => {
    expect(resolveLibraryDir(['.', '--library'], {}, desktopDefault, cwd)).toBe(desktopDefault());
    expect(resolveLibraryDir(['.', '--library='], {}, desktopDefault, cwd)).toBe(desktopDefault());
  });
});

describe('userDataDirFor', () => {
  const userData = path.resolve('/home/reader/.config/Annals');

  it('keeps Electron’s usual profile for the desktop library', () => {
    expect(userDataDirFor(desktopDefault(), userData, desktopDefault())).toBe(userData);
  });

  it('gives every other library a profile (and so a single-instance lock) of its own', () => {
    const a = userDataDirFor('/tmp/lib-a', userData, desktopDefault());
    const b = userDataDirFor('/tmp/lib-b', userData, desktopDefault());
    expect(a).not.toBe(b);
    expect(a.startsWith(path.join(userData, 'libraries') + path.sep)).toBe(true);
    expect(userDataDirFor('/tmp/lib-a/', userData, desktopDefault())).toBe(a);
  });
});
