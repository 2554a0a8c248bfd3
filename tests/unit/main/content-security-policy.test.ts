import { describe, expect, it } from 'vitest';
import { assetContentSecurityPolicy, contentSecurityPolicy } from '../../../electron/main/content-security-policy.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy());

  it('is exactly the policy the design names', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; img-src 'self' annals-asset: data:; style-src 'self' 'unsafe-inline'; frame-src 'self' about:; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'",
    );
  });

  it('runs only the app’s own scripts: no inline script, no eval, no remote code', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('shows stored images and nothing from the network', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'annals-asset:', 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('allows the article frame (srcdoc) but no plugins, base rewriting or form posts', () => {
    expect(policy.get('frame-src')).toEqual(["'self'", 'about:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });
});

describe('assetContentSecurityPolicy', () => {
  it('lets a stored image, even an SVG opened on its own, run and load nothing', () => {
    const policy = directives(assetContentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.has('sandbox')).toBe(true);
    expect(policy.has('script-src')).toBe(false);
  });
});
