// A timeline as Markdown (a dated list with sources), CSV, or TimelineJS JSON.
import Papa from 'papaparse';
import type { Timeline, TimelineEvent } from '../../contract/index.ts';
import { defuseFormula } from '../annotations/export/csv.ts';
import { escapeHtml } from '../annotations/export/escape-html.ts';
import { safeFileNames } from '../annotations/export/file-names.ts';

export type TimelineFormat = 'md' | 'csv' | 'timelinejs';

export interface TimelineFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export function exportTimeline(timeline: Timeline, format: TimelineFormat, exportedAt: Date): TimelineFile {
  const events = timeline.events.filter((event) => !event.hidden);
  const base = `${timeline.title} timeline`;
  switch (format) {
    case 'md':
      return {
        fileName: safeFileNames([base], 'md')[0]!,
        mimeType: 'text/markdown',
        content: toMarkdown(timeline, events, exportedAt),
      };
    case 'csv':
      return { fileName: safeFileNames([base], 'csv')[0]!, mimeType: 'text/csv', content: toCsv(timeline, events) };
    case 'timelinejs':
      return {
        fileName: safeFileNames([base], 'json')[0]!,
        mimeType: 'application/json',
        content: `${JSON.stringify(toTimelineJs(timeline, events), null, 2)}\n`,
      };
  }
}

/** "14 May 2025", "May 2025" or "2025", with "to …" for a range. */
export function humanDate(event: Pick<TimelineEvent, 'date' | 'endDate' | 'precision'>): string {
  const one = (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    if (!month) return String(year);
    const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', {
      month: 'long',
      timeZone: 'UTC',
    });
    return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
  };
  return event.endDate ? `${one(event.date)} to ${one(event.endDate)}` : one(event.date);
}

function toMarkdown({ title, articles }: Timeline, events: TimelineEvent[], exportedAt: Date): string {
  const cited = new Set(events.flatMap((event) => event.sources.map((source) => source.articleId)));
  const lines = [
    `# ${markdownText(title)}`,
    '',
    `Exported from Annals on ${exportedAt.toISOString().slice(0, 10)}: ${events.length} events from ${cited.size} articles.`,
  ];
  let heading = '';
  for (const event of events) {
    const label = humanDate(event);
    if (label !== heading) {
      lines.push('', `## ${label}`, '');
      heading = label;
    }
    lines.push(`- ${markdownText(event.text)}`);
    for (const source of event.sources) {
      const article = articles[source.articleId]!;
      const site = article.siteName ? ` (${markdownText(article.siteName)})` : '';
      lines.push(`  - [${markdownText(article.title)}](${markdownUrl(article.url)})${site}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function toCsv({ articles }: Timeline, events: TimelineEvent[]): string {
  const rows = events.map((event) =>
    [
      event.date,
      event.endDate ?? '',
      event.precision,
      event.text,
      event.sources.map((s) => articles[s.articleId]!.title).join(' | '),
      event.sources.map((s) => articles[s.articleId]!.url).join(' '),
      [...event.entities.people, ...event.entities.organizations, ...event.entities.places].join('; '),
    ].map(defuseFormula),
  );
  return Papa.unparse(
    { fields: ['Date', 'End date', 'Precision', 'Event', 'Sources', 'URLs', 'Named'], data: rows },
    { newline: '\r\n' },
  );
}

interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
}

function toTimelineJs(timeline: Timeline, events: TimelineEvent[]) {
  const storyTitles = new Map(timeline.stories.map((story) => [story.id, story.title]));
  return {
    title: { text: { headline: escapeHtml(timeline.title), text: '' } },
    events: events.map((event) => {
      const group = storyTitles.get(timeline.articles[event.sources[0]!.articleId]?.storyId ?? '');
      const links = event.sources
        .map(({ articleId }) => timeline.articles[articleId]!)
        .map((article) => `<a href="${escapeHtml(article.url)}">${escapeHtml(article.title)}</a>`)
        .join(', ');
      return {
        start_date: timelineJsDate(event.date),
        ...(event.endDate ? { end_date: timelineJsDate(event.endDate) } : {}),
        text: { headline: escapeHtml(headline(event.text)), text: `<p>${escapeHtml(event.text)}</p><p>${links}</p>` },
        ...(group && timeline.stories.length > 1 ? { group } : {}),
        unique_id: event.id.replace(/[^a-zA-Z0-9_-]/g, '-'),
      };
    }),
  };
}

function timelineJsDate(date: string): TimelineJsDate {
  const [year, month, day] = date.split('-');
  return {
    year: String(Number(year)),
    ...(month ? { month: String(Number(month)) } : {}),
    ...(day ? { day: String(Number(day)) } : {}),
  };
}

/** A short headline: the sentence up to about 90 characters, cut at a word. */
function headline(text: string): string {
  if (text.length <= 90) return text;
  const cut = text.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 90)}…`;
}

/** Text that Markdown shows as written (no accidental links, emphasis or headings). */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');
}

function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (char) => encodeURIComponent(char));
}
