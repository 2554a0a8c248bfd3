import { type ReactNode, useState } from 'react';
import { failureSentences } from '../lib/failure-words.ts';
import { formatCount, plural } from '../lib/plural.ts';
import { wordMatcher } from '../lib/word-match.ts';
import { useServices } from '../state/app-context.tsx';
import { useFeeds, useTags } from '../state/queries.ts';
import { Button } from '../ui/Button.tsx';
import { QuickPicker } from '../ui/QuickPicker.tsx';

interface Place {
  id: string;
  name: string;
  /** The count beside it, as the sidebar shows it ("12 articles", "3 unread"). */
  count: string;
}

/** What the picker knows of its places: still on their way, not to be had, or here (perhaps none). */
type Places =
  | { state: 'loading' }
  | { state: 'failed'; message: string; retry(): void }
  | { state: 'ready'; places: Place[] };

const placesOf = <T,>(
  query: { isError: boolean; error: Error | null; data: T | undefined; refetch(): unknown },
  list: (data: T) => Place[],
): Places =>
  query.data !== undefined
    ? { state: 'ready', places: list(query.data) }
    : query.isError
      ? { state: 'failed', message: query.error?.message ?? '', retry: () => void query.refetch() }
      : { state: 'loading' };

/** Finds one of many places (a tag, a feed) by typing, and goes to its list: the quick switcher of Obsidian. */
function GoTo({
  what,
  places,
  none,
  go,
}: {
  what: 'tag' | 'feed';
  places: Places;
  /** Said when the library has none yet: how to make the first. */
  none: ReactNode;
  go(place: Place): void;
}) {
  const { ui } = useServices();
  const [query, setQuery] = useState('');
  const all = places.state === 'ready' ? places.places : [];
  const matches = wordMatcher(query);
  const shown = all.filter((place) => matches(place.name));
  const many = what === 'tag' ? 'tags' : 'feeds';
  // Until the list has come, "no tag yet" would be untrue: a library of hundreds would say it for a moment.
  const empty =
    places.state === 'loading' ? (
      `Loading the ${many}…`
    ) : places.state === 'failed' ? (
      <>
        {failureSentences(`The ${many} could not be loaded`, places.message)}{' '}
        <Button size="sm" onClick={places.retry}>
          Retry
        </Button>
      </>
    ) : all.length === 0 ? (
      none
    ) : (
      `No ${what} has “${query.trim()}” in its name.`
    );
  return (
    <QuickPicker
      title={`Go to ${what}`}
      inputLabel={`Type a ${what}’s name`}
      listLabel={what === 'tag' ? 'Tags' : 'Feeds'}
      query={query}
      onQuery={setQuery}
      busy={places.state === 'loading'}
      empty={empty}
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
  const places = placesOf(useTags(), (data) =>
    data.tags.map((tag) => ({ id: tag.name, name: tag.name, count: plural(tag.count, 'article') })),
  );
  return (
    <GoTo
      what="tag"
      places={places}
      none={
        <>
          No tags yet. Open an article and press <kbd>T</kbd> to tag it; its tags are listed here.
        </>
      }
      go={(tag) => ui.goToTag(tag.name)}
    />
  );
}

export function GoToFeedDialog() {
  const { ui } = useServices();
  const places = placesOf(useFeeds(), (data) =>
    data.feeds.map((feed) => ({
      id: feed.id,
      name: feed.title,
      count: feed.unread > 0 ? `${formatCount(feed.unread)} unread` : '',
    })),
  );
  return (
    <GoTo
      what="feed"
      places={places}
      none={
        <>
          You follow no feed yet.{' '}
          <Button size="sm" onClick={() => ui.openDialog('follow')}>
            Follow a feed…
          </Button>
        </>
      }
      go={(feed) => ui.setFeedFilter(feed.id)}
    />
  );
}
