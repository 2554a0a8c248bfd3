// Page furniture that can slip into an article's text: datelines, bylines, cookie and newsletter prompts, update
// notes, labelled widgets ("Fenwick weather: …"). It tells no event and belongs to no story. A plea to donate is
// furniture; donations a story tells of ("donations close on December 31") are not.
import { type Sentence, splitSentences } from '../language/sentences.ts';

// A live page's entry stamp standing alone ("21:50", "9.45am"): when the entry below it was posted.
export const ENTRY_STAMP = /^(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?|\s*(?:GMT|BST|UTC|[A-Z]{3}))?\.?$/i;

const BOILERPLATE = [
  /^(?:updated|published|posted|first published|last (?:updated|modified)|originally published|modified)\b/i,
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[,|·•—-]|$)/u,
  /\b(?:cookies?|newsletter|subscribe|log in|all rights reserved|copyright|privacy (?:policy|settings)|terms of (?:use|service)|read more|share this|leave a comment|comments? (?:are|is) closed|donate|make a donation|your donations?|support (?:local|independent) (?:news|journalism))\b/i,
  // A prompt to sign up or in opens its sentence or names what it is for; "until 7/19 to sign up for aid" is news.
  /^(?:please\s+)?sign (?:up|in)\b|\bsign (?:up|in) (?:for (?:free|our)|to (?:read|continue|comment|keep reading|our))\b/i,
  // A newsletter's offer: "Get the Morning Brief: the day's top stories, delivered before breakfast.", "The stories
  // that matter, in your inbox every weekday morning." (a time it offers is no happening).
  /^(?:get|receive)\s+(?:the|our)\s+[^:.!?]{1,40}:\s[^.!?]*\b(?:stories|news|headlines|briefing|digest|updates)\b|\b(?:in|into|to) your inbox\s+(?:every|each|daily|weekly)\b|\bdelivered\s+(?:straight\s+)?(?:to|into)\s+your\s+inbox\b/i,
  /\bthis (?:story|article|report|page) (?:was|has been) (?:last )?(?:updated|amended|corrected)\b/i,
  // A page's own stamp told as a line: "Page updated at 4.10pm", "Story last modified 09:12".
  /^(?:this\s+)?(?:page|story|article|post|blog|entry)\s+(?:last\s+|first\s+)?(?:updated|published|posted|modified)\b(?:[^.!?]|(?<=\d)[.:](?=\d)){0,40}\.?$/i,
  // A live page speaking of itself: "That's where we'll leave our live coverage for tonight." (unless a clause goes on
  // to tell when something happens there: "Welcome to our live coverage of the fair, where the display starts at 7pm").
  /\b(?:our|this) live (?:coverage|updates|blog|page|reporting)\b(?![^.!?]*,\s*(?:where|when|as|which)\b[^.!?]*\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b)/i,
  // Its sign-off: "That's all from us tonight.", "That is it from me for today."
  /^that(?:['’]s| is) (?:all|it) from (?:us|me)\b/i,
  ENTRY_STAMP,
  /©/,
];
// A labelled page widget that slipped into the text ("Fenwick weather: … Tomorrow: showers"): its whole paragraph.
// A day may stand between the label and its colon: "Wray valley weather Thursday: showers, 9°C".
const WIDGET =
  /^[\p{L}'’ ]{0,30}\b(?:weather|forecast|listen live|breaking|also read|most read|trending|now playing)(?:\s+(?:today|tonight|tomorrow|\p{Lu}\p{Ll}+day))?\s*:/iu;
// A forecast box labelled by its day alone ("Kessling today: sunny spells, 17°C. Tomorrow: showers.").
const FORECAST =
  /^[\p{L}'’ ]{0,30}\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening))\s*:\s*[^.]{0,60}?(?:\bsun|\brain|\bshowers?\b|\bcloud|\bsnow|\bfog|\bwind|\bdrizzle|\bfrost|\bdry\b|-?\d+\s*°)/iu;
// A labelled service notice in a travel box ("Brackmouth Buses: routes 3 and 5 cancelled today; check before you
// travel."): a label and colon opening its paragraph, and a word to the reader on what to do.
const NOTICE_LABEL = /^[\p{Lu}\d][\p{L}\d'’ &.-]{0,40}:\s/u;
const TO_THE_READER =
  /(?:^|[;:,–—]\s*)(?:please\s+)?(?:check|plan|allow|expect)\s+(?:before|ahead|your|extra|for|online|delays|disruption)\b/iu;
/** An update's label opening its sentence ("Update, 14 September, 11:30: Police have named …") dates the update only. */
export const UPDATE_LABEL = /^(?:update|latest)\b(?:[^:.!?]|(?<=\d)[:.](?=\d)){0,40}:\s+/i;
/** A dateline opening the lede ("KELLBRIDGE, May 9 (Northline) -") dates the report, not an event. */
export const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,[^—–(-]{0,30})?(?:\([^)]*\))?\s*[—–-]\s+/u;

// A correction's account of what the text said before ("An earlier version said the warning was issued on Wednesday."):
// its dates are no event, but a sentence after it may point back to it ("It was issued on Thursday."). A label may open
// it, with the correction's own date ("Correction, 12 November 2031: An earlier version said …"), which is no event.
const EARLIER_WORDING =
  /^(?:(?:correction|clarification)\b(?:[^:.!?]|(?<=\d)[:.](?=\d)){0,40}:\s+)?an? (?:earlier|previous) version\b/i;

/** Whether a sentence tells what an article's text said before it was corrected. */
export function tellsEarlierWording(text: string): boolean {
  return EARLIER_WORDING.test(text);
}

/** Whether a sentence of the text is page furniture rather than the article's own words. */
export function isFurniture(text: string, sentence: Sentence): boolean {
  if (BOILERPLATE.some((pattern) => pattern.test(sentence.text))) return true;
  const paragraph = text.slice(text.lastIndexOf('\n', sentence.start) + 1, sentence.start + 80);
  return (
    WIDGET.test(paragraph) ||
    FORECAST.test(paragraph) ||
    (NOTICE_LABEL.test(paragraph) && TO_THE_READER.test(sentence.text))
  );
}

/** The article's own words: its text without the sentences that are page furniture. */
export function withoutFurniture(text: string): string {
  return splitSentences(text)
    .filter((sentence) => !isFurniture(text, sentence))
    .map((sentence) => sentence.text)
    .join('\n');
}
