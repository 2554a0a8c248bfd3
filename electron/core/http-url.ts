import { AnnalsError } from '../contract/index.ts';

/** An address the reader gave, as a URL: "example.com/x" means https; only http and https are taken. */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw new AnnalsError('BAD_INPUT', `“${raw.slice(0, 100)}” is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AnnalsError('BAD_INPUT', 'Only http and https addresses can be saved.');
  }
  return url;
}
