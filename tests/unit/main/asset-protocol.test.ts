import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type AssetLocator, resolveAssetRequest } from '../../../electron/main/asset-protocol.ts';

const library = path.resolve('/home/reader/.config/Annals/library');
const sha = 'a3f1c2e4b5d6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2';

/** A core that keeps every asset it is asked about. */
function coreWithAssets(): AssetLocator & {
  assetPath: ReturnType<typeof vi.fn>;
  feedIconPath: ReturnType<typeof vi.fn>;
} {
  return {
    assetPath: vi.fn((articleId: string, file: string) => path.join(library, 'articles', articleId, file)),
    feedIconPath: vi.fn((file: string) => path.join(library, 'feeds', 'icons', file)),
  };
}

const nothing = { assetPath: () => null, feedIconPath: () => null };

describe('resolveAssetRequest', () => {
  it('asks the core for an article’s stored image and serves it with its image type', () => {
    const core = coreWithAssets();
    expect(resolveAssetRequest(`annals-asset://article/k3x9q2m7/assets/${sha}.png`, core)).toEqual({
      filePath: path.join(library, 'articles', 'k3x9q2m7', 'assets', `${sha}.png`),
      mimeType: 'image/png',
    });
    expect(core.assetPath).toHaveBeenCalledWith('k3x9q2m7', `assets/${sha}.png`);
  });

  it('answers not found when the core has no such asset', () => {
    expect(resolveAssetRequest(`annals-asset://article/k3x9q2m7/assets/${sha}.jpg`, nothing)).toBeNull();
  });

  it('never asks the core about a path that could climb out of the article', () => {
    const core = coreWithAssets();
    for (const url of [
      'annals-asset://article/k3x9q2m7/../../settings.json',
      'annals-asset://article/k3x9q2m7/assets/..%2f..%2f..%2fsettings.json',
      'annals-asset://article/k3x9q2m7/assets/%2e%2e',
      'annals-asset://article/%2e%2e/assets/a.png',
      'annals-asset://article/..%2F..%2Flibrary.json/assets/a.png',
      'annals-asset://article/k3x9q2m7/assets/a.png%00.html',
      'annals-asset://article/k3x9q2m7/assets/%2Fetc%2Fpasswd.png',
      'annals-asset://article/k3x9q2m7/assets/..%5C..%5Cx.png',
      'annals-asset://article/k3x9q2m7/assets/C:%5Cx.png',
      'annals-asset://article/k3x9q2m7/assets/.hidden.png',
      'annals-asset://article/k3x9q2m7/assets/sub/a.png',
      'annals-asset://article/k3x9q2m7/assets//a.png',
      'annals-asset://article/k3x9q2m7/content.html',
      'annals-asset://article/k3x9q2m7/article.json',
    ]) {
      expect(resolveAssetRequest(url, core), url).toBeNull();
    }
    expect(core.assetPath).not.toHaveBeenCalled();
  });

  it('refuses ids that are not article ids', () => {
    const core = coreWithAssets();
    for (const id of ['ABCDEF12', 'abc', 'k3x9q2m7.', 'k3x9-q2m7', 'k'.repeat(41)]) {
      expect(resolveAssetRequest(`annals-asset://article/${id}/assets/${sha}.png`, core), id).toBeNull();
    }
    expect(core.assetPath).not.toHaveBeenCalled();
  });

  it('serves images only: stored HTML or scripts never come through this door', () => {
    const core = coreWithAssets();
    for (const name of ['x.html', 'x.js', 'x.json', 'x.txt', 'x', 'x.exe']) {
      expect(resolveAssetRequest(`annals-asset://article/k3x9q2m7/assets/${name}`, core), name).toBeNull();
    }
  });

  it('refuses other hosts and schemes, and a core answer that is not an absolute path', () => {
    const core = coreWithAssets();
    expect(resolveAssetRequest(`annals-asset://other/k3x9q2m7/assets/${sha}.png`, core)).toBeNull();
    expect(resolveAssetRequest(`annals-asset://x@article/k3x9q2m7/assets/${sha}.png`, core)).toBeNull();
    expect(resolveAssetRequest(`app://article/k3x9q2m7/assets/${sha}.png`, core)).toBeNull();
    expect(resolveAssetRequest('garbage', core)).toBeNull();
    expect(
      resolveAssetRequest(`annals-asset://article/k3x9q2m7/assets/${sha}.png`, {
        ...nothing,
        assetPath: () => 'relative/a.png',
      }),
    ).toBeNull();
  });

  it('serves a feed’s stored site icon, and nothing else from that folder', () => {
    const core = coreWithAssets();
    expect(resolveAssetRequest('annals-asset://article/feed-icons/k3x9q2m7-0123456789ab.ico', core)).toEqual({
      filePath: path.join(library, 'feeds', 'icons', 'k3x9q2m7-0123456789ab.ico'),
      mimeType: 'image/x-icon',
    });
    for (const name of ['..%2Ffeeds.json', '%2e%2e', 'k3x9q2m7.json', 'x.svg%00.png']) {
      const answer = resolveAssetRequest(`annals-asset://article/feed-icons/${name}`, {
        ...nothing,
        feedIconPath: (file) => path.join(library, 'feeds', 'icons', file),
      });
      expect(answer, name).toBeNull();
    }
    expect(core.feedIconPath).toHaveBeenCalledTimes(1);
  });
});
