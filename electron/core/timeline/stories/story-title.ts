// A story's title: its article's headline, or the headline that names most of what its articles share.

/** What a story's title is made of: an article's headline, the names it gives (with how often) and how it writes them. */
export interface StoryTitleFields {
  title: string;
  entities: Record<string, number>;
  names: Record<string, string>;
}

/** A single article's story is titled by it; a larger one by the entities most of its articles share. */
export function storyTitle(members: readonly StoryTitleFields[]): string {
  if (members.length === 1) return members[0]!.title;
  const score = new Map<string, { articles: number; mentions: number }>();
  for (const member of members) {
    for (const [key, mentions] of Object.entries(member.entities)) {
      // Only names the entity tagger found title a story; proper nouns it missed only help to group.
      if (member.names[key] === undefined) continue;
      const entry = score.get(key) ?? { articles: 0, mentions: 0 };
      score.set(key, { articles: entry.articles + 1, mentions: entry.mentions + mentions });
    }
  }
  const shared = [...score.entries()]
    .filter(([, s]) => s.articles >= Math.max(2, Math.ceil(members.length / 2)))
    .sort(([, a], [, b]) => b.articles - a.articles || b.mentions - a.mentions)
    .slice(0, 3)
    .map(([key]) => members.find((member) => member.names[key])!.names[key]!);
  if (shared.length === 0) return members[0]!.title;
  // A headline reads better than a list of names: the one that names most of what the story is about
  // (the first of them on a tie), else the headline of the article that started it.
  let best: { title: string; score: number } | null = null;
  for (const member of members) {
    const title = member.title.toLowerCase();
    const score = shared.reduce((sum, name, rank) => sum + (title.includes(name.toLowerCase()) ? 3 - rank : 0), 0);
    if (score > 0 && (!best || score > best.score)) best = { title: member.title, score };
  }
  return best?.title ?? members[0]!.title;
}
