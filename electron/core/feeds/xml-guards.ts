import { XMLValidator } from 'fast-xml-parser';
import { FeedError, MAX_XML_BYTES } from './feed-error.ts';

export { FeedError, MAX_XML_BYTES } from './feed-error.ts';

const MAX_DEPTH = 256;

/**
 * Refuses hostile or broken XML quickly, before a parser sees it: entity declarations (billion
 * laughs, external entities), absurd nesting, oversize bodies, and malformed XML, named by line.
 */
export function guardXml(xml: string, what: string): void {
  if (xml.length > MAX_XML_BYTES) throw new FeedError(`${what} is too large (over 10 MB).`);
  const doctype = /<!DOCTYPE[\s\S]*?(\[[\s\S]*?\])?\s*>/i.exec(xml.slice(0, 100_000));
  if (doctype && /<!ENTITY/i.test(doctype[0])) {
    throw new FeedError(
      `${what} declares its own entities, which Annals does not allow (they can be used to attack readers).`,
    );
  }
  if (/<!ENTITY/i.test(xml.slice(0, 100_000))) throw new FeedError(`${what} declares entities, which are not allowed.`);
  let depth = 0;
  let deepest = 0;
  // A cheap scan of tag nesting (comments, CDATA and processing instructions aside).
  const tags = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  for (let match = tags.exec(xml); match; match = tags.exec(xml)) {
    if (!match[2]) continue;
    if (match[1]) depth--;
    else if (!match[3]) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_DEPTH)
        throw new FeedError(`${what} nests elements more than ${MAX_DEPTH} deep; it is not a real feed.`);
    }
  }
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (result !== true) {
    throw new FeedError(`${what} is malformed XML at line ${result.err.line}: ${result.err.msg}`);
  }
}
