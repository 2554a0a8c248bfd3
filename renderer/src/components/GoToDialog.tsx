import { useState } from 'react';
import { plural } from '../lib/plural.ts';
import { useServices } from '../state/app-context.tsx';
import { useFeeds, useTags } from '../state/queries.ts';
import { QuickPicker } from '../ui/QuickPicker.tsx';

interface Place {
  id: string;
  name: string;
  /** The count beside it, as the sidebar shows it ("12 articles", "3 unread"). */
  count: string;
}

/** Every word typed is somewhere in the name, as the palette finds commands. */
const matching = (places: Place[], query: string) => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return places.filter((place) => words.every((word) => place.name.toLowerCase().includes(word)));
};

/** Finds one of many places (a tag, a feed) by typing, and goes to its list: the quick switcher of Obsidian. */
function GoTo({ what, places, go }: { what: 'tag' | 'feed'; places: Place[]; go(place: Place): void }) {
  const { ui } = useServices();
  const [query, setQuery] = useState('');
  const shown = matching(places, query);
  return (
    <QuickPicker
      title={`Go to ${what}`}
      inputLabel={`Type a ${what}’s name`}
      listLabel={what === 'tag' ? 'Tags' : 'Feeds'}
      query={query}
      onQuery={setQuery}
      empty={places.length === 0 ? `There is no ${what} yet.` : `No ${what} has “${query.trim()}” in its name.`}
      options={shown.map((place) => ({
        id: `${what}-${place.id}`,
        content: (
          <>
            <span>{place.name}</span>
            <span className="palette-section">{place.count}</span>
          </>
        ),
      }))}
      onPick={(index) => {
        const place = shown[index];
        if (!place) return;
        ui.closeDialog();
        go(place);
      }}
    />
  );
}

export function GoToTagDialog() {
  const { ui } = useServices();
  const tags = useTags().data?.tags ?? [];
  const places = tags.map((tag) => ({
    id: tag.name,
    name: tag.name,
    count: plural(tag.count, 'article'),
  }));
  return <GoTo what="tag" places={places} go={(tag) => ui.goToTag(tag.name)} />;
}

export function GoToFeedDialog() {
  const { ui } = useServices();
  const feeds = useFeeds().data?.feeds ?? [];
  const places = feeds.map((feed) => ({
    id: feed.id,
    name: feed.title,
    count: feed.unread > 0 ? `${feed.unread} unread` : '',
  }));
  return <GoTo what="feed" places={places} go={(feed) => ui.setFeedFilter(feed.id)} />;
}
