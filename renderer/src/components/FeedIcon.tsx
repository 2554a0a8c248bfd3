import { useState } from 'react';
import { useServices } from '../state/app-context.tsx';

/** A hue of its own per feed name, so letter badges side by side are told apart at a glance. */
function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

/** The site's icon, kept in the library; the first letter of the feed's name when the site has none. */
export function FeedIcon({ title, icon }: { title: string; icon: string | null }) {
  const { client } = useServices();
  const [broken, setBroken] = useState(false);
  if (icon && !broken) {
    return (
      <img
        className="feed-icon"
        src={client.feedIconUrl(icon)}
        alt=""
        width={16}
        height={16}
        onError={() => setBroken(true)}
      />
    );
  }
  const letter = [...title.trim()][0]?.toUpperCase() ?? '?';
  return (
    <span className="feed-icon feed-badge" aria-hidden="true" style={{ background: `hsl(${hueOf(title)} 38% 46%)` }}>
      {letter}
    </span>
  );
}
