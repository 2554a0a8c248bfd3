/** One formatter per locale asked for: making one costs far more than using it, and lists format hundreds of counts. */
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A count as the reader's locale writes it ("1,984" in English, "1.984" in German, "1 984" in French), so a big
 * library's numbers read at a glance. The locale is the runtime's own unless given: the window's language in the
 * app, the system's in the CLI.
 */
export function formatCount(count: number, locale?: string): string {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format.format(count);
}

/**
 * “1 article”, “1,984 articles” (or the plural given: “entries”). One helper for the core's messages, the CLI and
 * the window, so no reader is told “article(s)”. Annals speaks English only; a second language would want
 * Intl.PluralRules and whole translated sentences instead.
 */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

/** The verb that agrees with a count: “1 line was”, “3 lines were”. */
export const wasOrWere = (count: number) => (count === 1 ? 'was' : 'were');
