/**
 * Raise when what merging makes of the same events changes (merge-events.ts and the rules it reads: likeness,
 * weights, evidence, the tagger's readings): what merging made under older rules and kept on disk
 * (merged-story-files.ts) is then merged anew. Stored events have EXTRACTOR_VERSION for the same purpose.
 * tests/unit/timeline/merge-rules-version.test.ts fails when the gold stories merge differently under an unchanged
 * version. 1: merges kept on disk. 2: a finding about a happening kept apart from it (findings-apart.ts). 3: stories
 * keep apart two openings whose protagonists cannot be one person (protagonists-apart.ts); moments hours apart, one
 * person's two deeds and a second vote kept apart; ages read as no figure. 4: stories keep apart a happening counted
 * as the second of its kind within hours from the earlier one its next sentence tells, and join an airport named after
 * its town with the town (another-of-its-kind.ts, place-name-heads.ts). 5: a day's sum of times ("shut twice") kept
 * apart from one time of it ("first closed", "for a second time"; repeats-apart.ts); a time after a denied "until"
 * ("did not resume until 2.05pm") read as when it happened, not as a bound. 6: two reports whose own clock times are all
 * hours apart ("reopened at 9.45am", "not reopened until after 2pm") kept apart however alike their words. 7: stories
 * count as one the names two articles share when one opens on a name of its own and gives the shared ones only later,
 * neither headline telling the other's opening (scene-names.ts). 8: a clock time in "local time" compared as told with
 * times told with no zone; an article's deed and its hour told in two sentences join when another outlet tells both in
 * one (told-in-two-sentences.ts); a supply restored, reconnected or back on read as an action of its own. 9: only a
 * supply told as restored or reconnected is that action ("order was restored" is not). 10: a time something lasts until
 * and that thing's end told ahead of the day ("runs until 2 November", "is due to end on 2 November") read as one time
 * (limit-and-end.ts). 11: an arrest and a charge of one date kept apart when some article of the story tells both of
 * that date in separate sentences (arrest-and-charge.ts). 12: talks told ending ("talks broke down") kept apart from
 * another thing's end told with no word of talks ("police ended the siege"; talks-ended.ts). 13: stories read a person two articles name in full only after their openings as the place's, not
 * the happening's, when each opening tells a day of its own and one a name of its own (days-of-their-own.ts). 14: two reports of one
 * article that are not alike join when one is a detail told after the lede with no action of its own and a report of
 * another outlet, alike to each, tells the other's action with the detail's clock time or figure (one-witness.ts).
 * 15: two articles' reports whose actions only go together (a vote and a result, going home and a reopening), with
 * nothing else in common and neither all its article tells of that day, no longer join (likeness-features.ts); an
 * opening or an evacuation of two kinds of place is kept apart as a closure of two is (closed-things.ts).
 * 16: a person both name in full is no particular of one happening when either names them by an office of the place
 * (the sheriff, the mayor, the hospital's spokeswoman; officials-of-the-place.ts): they speak for every happening of a town.
 * Two articles that share only the place's names (the town, its hospital, sheriff's office, roads, airport, officials)
 * count them as one name, and a rare one both openings give tells no one happening (names-of-the-place.ts).
 * Also in 16: a deed named only in the clause that tells a report's day ("launched a review the same day the fleet was
 * grounded", "declared after 3 a.m., five hours after polls closed on Thursday") is not read as the sentence's own
 * action (report-date-words.ts); a count's date set off by a comma
 * ("two days before the evacuation, on Saturday") still dates the sentence's own deed.
 * 17: two reports whose only common ground is a clock time more than five minutes from the other's, within the quarter
 * hour that counts as one time ("a warning since 4.30pm", "police began knocking on doors at 4.45pm"), no longer join
 * (likeness-features.ts, nearClockOnly); they are not held apart either.
 * Also in 17: an arriving article that a story's articles set apart (a pair rule reads two happenings) as often as they
 * welcome it does not join that story whole: the story splits when the articles welcoming it are more like it than
 * like those, else it stays whole and the article goes elsewhere (story-kept-out.ts).
 * 18: a person named only as the voice of a body (a plant's manager, a company's director or spokeswoman;
 * voices-of-a-body.ts) or as the head of a public body of the place (its parks department, a department of state, the
 * school district, the weather service; officials-of-the-place.ts) is no particular of one happening.
 * Also in 18: a link below .5 no longer joins two groups of reports when at least three pairs of two articles' reports across
 * them share next to nothing (likeness below .1) and those are most such pairs (merge-events.ts, mostlyUnrelated).
 * Also in 18: a clock time with no half of its own takes the half the part of the day right after it tells ("at twenty to
 * three in the afternoon" is 2.40 p.m.; clock-times.ts), so two reports' clocks compare as told.
 * 19: a return told as still to come after a report's day ("stood down at dusk Tuesday and will resume Wednesday
 * morning", "said boats would go out again at first light") is no action of that day, so it no longer joins the report
 * to another of that day telling people going home (later-return.ts).
 * 20: a when-clause telling only the light of the day ("called off when it got dark", "when night fell") is a time like
 * "at dusk", no clause break (report-layout.ts); a search "stood down" is called off (start-stop-action-words.ts).
 * 21: an article that gives the other's opening names (all but the one both open on, a rider or a singer) in one later
 * sentence, two weeks or more after the other's happening ("The rider, who won a stage of … last month"), tells a new
 * happening of that person: the pair is set apart (names-in-passing.ts, nodsBackOneWay).
 * 22: a court appearance is one action however told ("will appear before magistrates", "was remanded in custody",
 * "appeared in court and was ordered held", "was arraigned", "pleaded not guilty"; legal-action-words.ts, appear).
 * 23: two articles' reports of a day, each told as done, whose clock times meet within two minutes (as outlets round
 * them: "about 4.40am", "4:42 a.m."), not all on the hour or half hour, are no longer told apart by their two action
 * words ("the roof gave way", "two cleaners were trapped"; one-minute.ts).
 * 24: a sentence dated "N hours later" tells another moment than the reports its article gave before it of that date,
 * lede or not, unless the main action of one is told in the other: they are never joined (hours-later.ts).
 */
export const MERGE_RULES_VERSION = 24;
