/** What the search box understands (electron/contract/search-query.ts), shown in the keyboard help. */
const syntax: [example: string, meaning: string][] = [
  ['bridge council', 'Articles with all of these words'],
  ['"dam gate"', 'These words together, in this order'],
  ['-flood, -"dam gate"', 'Leave out articles with a word or phrase'],
  ['tag:rivers', 'Tagged rivers'],
  ['site:example.org', 'From this site'],
  ['author:, feed:, story:', 'By this author, from this feed, in this story'],
  ['is:unread', 'Also is:read, is:archived, is:favorite'],
  ['has:highlights', 'Also has:notes'],
  ['before:2024-05, after:2024', 'Published (or saved) before, or from, a day, month or year'],
];

export function SearchSyntaxHelp() {
  return (
    <section aria-label="Search syntax" className="help-search">
      <h3>Search syntax</h3>
      <table>
        <tbody>
          {syntax.map(([example, meaning]) => (
            <tr key={example}>
              <td>
                <code>{example}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
