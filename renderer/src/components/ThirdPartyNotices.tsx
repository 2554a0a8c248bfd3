import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { z } from 'zod';
import { keys } from '../state/query-keys.ts';

// The build writes the notices of every package it bundled beside the UI (electron/launch/third-party-notices.mjs);
// the file is fetched only when the reader asks for it, and read as untrusted text like anything else the UI loads.
const NOTICES_URL = './third-party-notices.json';
const MAX_NOTICES = 500;

const noticesSchema = z.object({
  notices: z
    .array(
      z.object({
        name: z.string().max(200),
        version: z.string().max(100),
        license: z.string().max(200),
        text: z.string().max(200_000),
        parts: z.array(z.enum(['core', 'window'])).max(2),
      }),
    )
    .max(MAX_NOTICES),
});

async function fetchNotices() {
  const response = await fetch(NOTICES_URL);
  if (!response.ok) throw new Error(`the notices file could not be read (HTTP ${response.status})`);
  const parsed = noticesSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error('the notices file is not in the expected form');
  return parsed.data.notices;
}

/** About Annals › the open-source software Annals is built on, each with its licence, shown on request. */
export function ThirdPartyNotices() {
  const [shown, setShown] = useState(false);
  const listId = useId();
  const notices = useQuery({
    queryKey: keys.thirdPartyNotices,
    queryFn: fetchNotices,
    enabled: shown,
    staleTime: Infinity,
  });
  return (
    <section className="third-party" aria-labelledby={`${listId}-title`}>
      <h3 id={`${listId}-title`}>Open-source software</h3>
      <p>
        Annals is built on open-source packages and on the WordNet lexical database of Princeton University. Their
        licenses ask that their notices travel with the app.
      </p>
      <button
        type="button"
        className="link-button"
        aria-expanded={shown}
        aria-controls={listId}
        onClick={() => setShown((value) => !value)}
      >
        {shown ? 'Hide third-party notices' : 'Show third-party notices'}
      </button>
      {shown && (
        <div id={listId} className="third-party-list">
          {notices.isPending && <p className="muted">Reading the notices…</p>}
          {notices.isError && <p role="alert">The notices could not be shown: {notices.error.message}.</p>}
          {notices.data && (
            <ul aria-label="Third-party notices">
              {notices.data.map((notice) => (
                <li key={`${notice.name}@${notice.version}`}>
                  <details>
                    <summary>
                      <span className="third-party-name">{notice.name}</span> {notice.version}
                      <span className="muted"> · {notice.license}</span>
                    </summary>
                    <pre className="third-party-text">{notice.text}</pre>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
