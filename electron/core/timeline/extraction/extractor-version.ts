/**
 * Raise when the extraction rules change: stored events of older rules are found again on upgrade. 2: times told from
 * other events, clock times, background, the words that gave each date, stories compared by proper nouns too. 3:
 * deadlines at a time of day, opening hours, routines within a month, stories compared by the things they count. 4:
 * clock times in a named zone, "o'clock", years told after a day, targets aimed at, things' ages, durations before
 * an event, donations a story tells of. 5: the rules of gold rounds 9 to 19 (anchors, tense, figures, seasons,
 * merging by kinds of action) and fingerprints that keep what the story rules compare (places, names in passing and in
 * the lede, moments, roles, the lede's words). 6: fingerprints that keep the happenings an article names in passing
 * ("after the gas explosion"), which the story rules compare. 7: gold round 20's date rules (clock times in words,
 * spans in figures, counts from a happening given with its day, a night spent). 8: fingerprints that keep the people
 * an article names in full, which the story rules compare. 9: gold rounds 21 and 22's date rules (a live page read in
 * its story's order, counts from a thing in force, past verbs by their form, comparisons and ages that are no events),
 * and long texts read in bounded pieces (a run-on sentence, events from the first 200,000 characters). 10: the date
 * rules found on two batches of fresh sentence probes (figures with a year by the page's habit, a weekday of a named
 * week or the Nth weekday of a month, "That was the day …", ages told in an aside, times counted from the time just
 * told, days listed with one month, live-entry stamps beside a named day, "a.m." ending a sentence) and a third batch's (figure ranges with years and
 * dotted days by the page's habit, a weekday beside figures, a live page's clock by its entries' stamps, "by midnight").
 * 11: a live page's entries read one way for both its order and its clock; a wire's days counted from its dateline;
 * bare "overnight", "the early hours" after midnight, a live page's present start times, the night of a moved happening;
 * reference numbers, a modal "May" after numbered things and "until then" after a time gone by date nothing; a deed
 * done to next year's thing, or told done weeks ahead, is this year's; a burst main is a fault. 12: a possessive
 * period that names a thing ("next year's festival", "next week's vote, on Thursday"), cut-off years ("Forms sent
 * before 2030 are …"), a season a plan is due by ("by the summer"), counts from the thing a happening is named by, a
 * live wire's clock from its dateline's day when stamped after midnight UTC. 13: fingerprints that keep what an
 * article's opening tells happened, by kind (opening-happenings.ts), which the story rules compare. 14: fingerprints
 * that keep the kinds of happening an opening names only as a subject ("to study river flooding", story-topics.ts),
 * and a fourth batch of date probes' rules: a count from a deed a gerund names ("a day after announcing the vote"),
 * cue words inside names ("in Haverill Falls on Friday"), ranges told with their hours ("from 9 p.m. on Thursday to
 * 6 a.m. on Friday"). 15: a fifth batch's rules for whole articles: reporting periods ("the three months to
 * September", "a fiscal year ending June 2037", "in the period"), years listed after one, a comparison "against 2,390 a
 * year earlier", forecasts, warnings and things moved to a time looking ahead, a warning in force "through" a day, a
 * holiday told with its year; the words anchoring a sentence's event when several give one date: those naming the day,
 * not a part of one ("spent the night … yesterday afternoon", day-named-anchor.ts), which merging reads; and
 * fingerprints that key a place named with the word for its kind by its own word ("River Casny" and "Fennick Water" as
 * "casny" and "fennick", place-name-heads.ts), never count such a place as a person, and read no nod at another
 * happening in a time clause ("before the wind dropped", time-clauses.ts). 16 (one bump for two changes landed
 * together): a fifth batch's whole-article rules, second round: a time moved to in an aside whose main clause tells the
 * thing done stays behind (moved-in-a-past-aside.ts), a headline's infinitive looks ahead (headline-infinitive.ts),
 * periods told day first ("the six months to 30 June") and "in the quarter" as the nearest one told, "the week of April
 * 6" (week-of-a-day.ts), no event on a day that "would have been" a birthday (counterfactual-days.ts), a side's fixture
 * told in the present, a weekend told by its weather or forecast for, "since April" behind, counts from a day long gone
 * told in full and from the last of past years told in a row, "the year before", honours' years, a span told "from" its
 * first day, a year a subject is named for ("rents for next year"), "my last Christmas card"; and fingerprints that keep
 * the words an article tells an earlier happening by when it counts its own as another of that kind ("the second crash
 * in a week, after a double-decker struck a rail bridge"), which the story rules compare (another-of-its-kind.ts). 17: events on
 * a would-have-been day a sentence dates a deed by, a headline's "to" before a place read as no infinitive, and
 * fingerprints that read no earlier happening from an ordinal counting days or hours ("the second day after …"). 18:
 * no event in the days of a window of use ("tickets are valid on the day before or the day after", "may travel on
 * Monday or Tuesday instead"; its deadline stays, window-of-use.ts), named days on their real day in the year meant
 * ("Palm Sunday", "Black Friday", "Thanksgiving", named-days.ts) and never their bare weekday, a short past sentence
 * over a span of weekdays ("Talks ran from Monday to Wednesday."), a present-tense fixture only against another side
 * named next, and a deed on what would have been a birthday dated by that day and its verb's tense.
 * 19: a chronology box's entries labelled by a
 * month and year or a year ("March 2032: …", chronology-entries.ts), days with dots and a two-figure year ("5.4.40"),
 * anniversaries counted in words past twelve ("Twenty years ago today", counts-in-words.ts), months a thing is planned
 * for ("scheduled for May", planned-for-a-month.ts) and years naming a speech or manifesto ("the 2039 King's Speech");
 * event words that lean on the sentence before take it in ("Next month, the public gets it back.", event-context.ts),
 * and a time opening its sentence is told ahead by the clause after it ("In June, he will be sentenced.", fronted-time.ts).
 * 20: fingerprints whose opening's happenings take in a vessel sinking and a person sacked or suspended by a body
 * (sinkings-and-sanctions.ts).
 * 21: two named days joined as a span are one range ("from Good Friday to Easter Monday") and bank holidays named by
 * month or season are their Mondays ("the August bank holiday", named-days.ts); a caption's bare weekday told in the
 * present is the last one (caption-days.ts); a loss to come told with its cause dates the cause behind ("will miss the
 * season after rupturing his tendon on Saturday", cause-gone-by.ts); an anniversary's clock time told after its
 * remembered day is that day's hour (remembered-day.ts).
 * 22: a happening that "is planned", or a day's happening that "would be held", lies ahead (tense.ts); a two-word
 * notice whose verb opens or closes something is an event ("Entries close on 9 November", events.ts); "an hour and a
 * half later" counts hours (anchor-patterns.ts); a page's own "Page updated at 4.10pm" is furniture; the year records
 * began is no event (records-began.ts); an end moved to a day in figures is that day either side (figure-dates.ts);
 * what someone "was expected" to do on a weekday, or a side needs to do to win, lies ahead (tense.ts); a reporting
 * period that is the subject of what is to come lies ahead (reporting-periods.ts); "than a year earlier" is the other
 * side of a comparison, no time of its own (anchors.ts); a day and the end of a month after it are one span
 * (spans-to-month-end.ts). 23: a period whose results will be published lies behind (reporting-periods.ts); what someone
 * "was expected" (or "was due") to do on a weekday "but" did not lies behind (tense.ts); a page's own offer ("Offer ends
 * 31 October.") is no notice (events.ts); a day "until the end of" a month a past verb read as gone by ends at that
 * month's next end (spans-to-month-end.ts). 24: fingerprints keep their opening's protagonists, a suspect or a victim
 * with their sex, age and surname (opening-protagonists.ts), and read the lede past a live page's "Summary" or "Key
 * points" line (opening-headings.ts). 25: fingerprints read the earlier happening an article counts its own after when
 * it counts it "the second … in a matter of hours" and tells the earlier one in the next sentence (another-of-its-kind.ts),
 * and key an airport named after its town by the town's word (place-name-heads.ts). 26: a weekday told with its day of
 * the month ("on Monday the 8th") is that day, not the nearest such weekday (figure-dates.ts); a correction's dated label
 * before what the text said ("Correction, 12 November: An earlier version …") is no event (furniture.ts). 27: "that same
 * Monday" is the Monday just told (same-weekday.ts); a booked journey's weekday and that of a plan just called off lie
 * ahead (plans-ahead.ts); "at reduced speed" tells no past deed and "adjourned … until" looks ahead (tense.ts); a
 * weekday with its day of the month keeps that day whatever the tense read says, and "until at least 8/26" is a day
 * (figure-dates.ts); "by the end of the day" after a deed done is the day just told, and "is 17 hours ahead of" a place
 * no time (anchor-patterns.ts, anchors.ts). 28: a weekday before an ordinal of something else ("on Monday, the 1st day
 * of the strike") is the weekday, and "at least" before figures reads as a limit only after a word of time ("until at
 * least 8/26", not "was at least 2/3"). 29: story fingerprints keep the days their headline and lede tell
 * (opening-days.ts), which story grouping reads (days-of-their-own.ts). 30: an hour told right after a sentence that
 * moves the story on to the page's own day ("on Saturday afternoon, three days after it fell") is that day's, though its
 * words name a thing an earlier day told of (moved-on-day.ts); a weekday's night told on a page of the small hours is
 * the night just gone (small-hours-night.ts); a newsletter's offer ("Get the Morning Brief: …, delivered before
 * breakfast.") is furniture, and "than in the whole of last summer" the far side of a comparison (dates.ts). 31: a
 * weekday told of an arrangement in the present progressive ("is balloting members on Friday"), of a happening told in
 * the present ("MPs debate the bill on Thursday", "the inquest continues on Monday"), led up to or called off ("ahead of
 * Friday's hearing", "has called off Monday's strike"), of a warning "for Thursday", a forecast or a remand "to appear"
 * is the coming one (scheduled-happenings.ts, day-still-to-come.ts, tense.ts); a clock time with nothing nearer is not
 * dated by a sentence telling what came before the news — a step back into the past perfect, an earlier happening of
 * its kind, a day in a relative clause under a deed just done — but by the page's own day (main-event.ts); a deed told
 * as done, counted from another happening, dates nothing when the count would land after the page's day (event-anchors.ts).
 * 32: a weekday under a past deed that lies ahead: the end of a limit the deed set ("was extended until Thursday",
 * "closed the beach until at least Saturday"), a state in reported speech ("said the terminal was closed until
 * Saturday"), a limit told in the present ("an emergency that runs until Sunday") (limit-set-ahead.ts); "was expected
 * on"; for a weekday only, "was likely to", "was due to appear", "being arranged for"; a gathering agreed or bidden ("agreed to meet again
 * on", plans-ahead.ts), what one was warned or was working to do by a day; a limit's day told with what then happened
 * ("until Tuesday, when it reopened") stays behind; an aside closed before the day ("would repay donors, who were
 * misled, on Friday") does not take the day from the forward cue before it (tense.ts).
 * 33: a weekday ahead whose clause's past is not its own: an aside closed before the day ("Kelby, who were relegated,
 * visit Stanmore on Saturday", "crossings, halted by the gales, resume on Sunday"), a relative clause before a present
 * or modal main verb ("Anglers who lost gear when the river flooded can apply from Monday", past-verbs.ts), a participle
 * after the subject ("A teenager charged with the attack appears … on Friday"), a present passive ("is enthroned on
 * Sunday") and a plural "run" (scheduled-happenings.ts), an attribution or a cause after the day, "behind closed doors",
 * "run normally on Thursday" (no habit); a weekday after a preposition is no subject of "would be" (tense.ts). A clock
 * dated by the sentence just told goes by its main clause's day, not one told in a relative clause
 * (relative-clause-days.ts), and one in the small hours after an evening is the next day's, up to the page's
 * (past-midnight.ts).
 * Also in 33: story fingerprints' people
 * in full leave out the place's officials, named by an office of the place (the sheriff, the council leader, the
 * hospital's spokeswoman, a county commissioner, a lieutenant; officials-of-the-place.ts), and fingerprints keep the
 * names that are the place's (its places, services, roads and officials; names-of-the-place.ts).
 * Also in 33: a clock time with no day whose clause tells what holds now ("At 9 a.m. the hole is still fenced off", "has been
 * closed since 5 a.m.") or a figure "as of" the hour is of the day the page (or its live entry) is told on, not of a
 * day gone by (clock-told-now.ts); a live entry's clock no later than its stamp is of the entry's day though the
 * lede's happening is days older (page-clock.ts); a deed told as done at a clock time is not dated by a day still to
 * come told just before it (event-anchors.ts).
 * 34: a bare weekday nearer ahead than behind, after a plan told in the simple present with a verb of any kind ("The
 * planning committee decides on Friday", "Voters elect a new mayor on Friday"; not a verb of saying or feeling, nor one
 * before a mishap or its scene, nor a stretch telling a past) is the coming one (present-plans.ts); "may" and "might"
 * look ahead as "could" does (not "may have"), and for a weekday "is likely on" and "a chance of … on" (tense.ts); "put
 * off until" sets a limit (limit-set-ahead.ts). A lede said on the page's day whose other days only describe its
 * subject ("Police said today that a man arrested on Tuesday had been charged") has the saying's day as its main event
 * (main-event.ts).
 * 35: story fingerprints' people in full leave out those named only as a body's voice (a plant's manager, a
 * company's director or spokeswoman; voices-of-a-body.ts), and the place's officials include the heads of its public
 * bodies (its parks department, a department of state, the school district, the weather service), whose names are the
 * place's (officials-of-the-place.ts, names-of-the-place.ts).
 * Also in 35: a weekday nearer ahead than behind after more plans: a fronted day before a present ("On Friday the council
 * votes …"), "can", "is being held", "has been called for", "are invited to", a request made now ("have been asked to
 * avoid the area on Friday"), a weather warning "for ice on Friday", "ahead of the funeral on Friday" (present-plans.ts);
 * bail until a day (limit-set-ahead.ts); "at dawn" after an evening is the next day, "at dusk" makes its day an evening,
 * "at dawn the day before" is that day alone (past-midnight.ts, anchors.ts); a time with no half of its own takes the
 * part of the day told after it ("twenty to three in the afternoon", clock-times.ts).
 * 36: a part of the day right before a count from a happening the article dates ("found at lunchtime, a day after she
 * vanished") is of the day counted on from it (counted-after-a-time.ts).
 * Also in 36: a search, hunt or rescue "stood down" is called off (start-stop-action-words.ts), and a "when" clause that
 * only tells the light ("when it got dark") is a time of the clause before it (report-layout.ts), wherever the
 * fingerprints read actions.
 * 37: a plan told in the past progressive under a verb of saying ("said on Monday it was cancelling all sailings on
 * Friday", "told staff they were moving on Monday") looks ahead to the coming weekday as seen from the saying's day; a
 * progressive of what was going on then stays behind (reported-plans-in-progress.ts, weekdays.ts).
 * Also in 37: a court appearance (appeared before magistrates, remanded, arraigned, ordered held, entered a plea) is an
 * action of its own (legal-action-words.ts), wherever events and fingerprints read actions.
 * 38: a plan in the simple present looks ahead to the coming weekday however far ahead when a saying told in the past
 * governs it ("The union said its members walk out on Monday", "The pool reopens on Monday, the council said";
 * present-plans.ts) or when the sentence before it in its paragraph tells a deed done ("Her trial was adjourned last
 * month. It restarts on Monday."; plans-amid-past-prose.ts); a thing moved to a time in any tense ("Parade moves to
 * Saturday", "voted to postpone the hearing to Friday") looks ahead (tense.ts), and so does what leads up to a
 * happening however far ahead ("has asked for privacy ahead of the funeral on Monday"), with no deed done before it
 * (tense.ts).
 * 39: a clock time told as still to come from now ("will hold a briefing at 2pm", "is due to reopen at 6 p.m."), with no
 * deed told after the cue, is an hour of the page's day when the story's last day is an earlier one
 * (hour-still-to-come.ts, event-anchors.ts).
 * 40: a weekday closing a present relative on the subject of a main verb looking ahead ("Pupils who sit their exams on
 * Friday will be driven …") is the coming one (relative-present-ahead.ts); after "was" or "is" the tagger's present
 * ("who was last off the ferry on Thursday") tells no plan in the simple present (present-plans.ts).
 * 41: a day in figures a past deed sets as a limit ("released on bail until 10/5") is the reading ahead (figure-dates.ts);
 * a word in -est the tagger reads as no superlative ("a fence around the rest since 2050") makes no comparison that hides
 * its year (dates.ts); "last" or "next" before a season after a determiner ("The last fall on the knob") is no season
 * (seasons.ts).
 * 42: a weekday of a plan told in the past ("was due to unload at Alcantra on Wednesday", "had been due back on
 * Sunday") is the nearer of the day gone and the day to come, unless the plan is told undone (past-plan-days.ts).
 */
export const EXTRACTOR_VERSION = 42;
