/**
 * How every "find by typing" field matches (the command palette, the Go to pickers, the story picker, the tag
 * finder, the Highlights view's filter): each word typed is somewhere in the text, in any order and case, so
 * "just court" finds "courts and justice".
 */
export function wordMatcher(query: string): (text: string) => boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text) => {
    const lower = text.toLowerCase();
    return words.every((word) => lower.includes(word));
  };
}
