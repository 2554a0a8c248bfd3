/**
 * A YAML double-quoted scalar that reads back as exactly this string, whatever it holds (quotes,
 * colons, "- " or "#" at the start, newlines, "yes"/"null"). JSON's escapes are all valid YAML
 * escapes; on top of them the characters YAML may not hold raw (DEL, C1 controls, line and
 * paragraph separators, BOM) are escaped too, and a half surrogate pair becomes U+FFFD.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value.replace(/\p{Surrogate}/gu, '\uFFFD')).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export type FrontMatterValue = string | null | string[];

/** A YAML front matter block; null is left empty so a missing date reads as no value, not "". */
export function frontMatter(fields: Record<string, FrontMatterValue>): string {
  const lines = Object.entries(fields).map(([key, value]) => {
    if (value === null) return `${key}:`;
    if (Array.isArray(value))
      return value.length === 0
        ? `${key}: []`
        : `${key}:\n${value.map((item) => `  - ${yamlString(item)}`).join('\n')}`;
    return `${key}: ${yamlString(value)}`;
  });
  return ['---', ...lines, '---'].join('\n');
}
