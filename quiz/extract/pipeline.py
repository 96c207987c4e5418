"""From a report's text to a ReportDraft: the pattern families run sentence by sentence, then
results, goals and details are tied to matches."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter

from quiz.extract import dates as dates_mod
from quiz.extract import lexicon, sides
from quiz.extract.allegiance import read_sides
from quiz.extract.context import draft_contexts
from quiz.extract.drafts import (
    GoalDraft,
    MatchDraft,
    PersonDraft,
    QuoteDraft,
    RecordDraft,
    ReportDraft,
    Span,
)
from quiz.extract.goals import (
    CROSS_SENT,
    DELIVERS,
    GoalRead,
    caption_scorer,
    find_minutes,
    goal_block,
    read_goal_list,
    read_goals,
    scorer_lines,
)
from quiz.extract.names import Mention, PersonIndex, TeamIndex, name_candidates
from quiz.extract.people import ROLE_WORDS, read_roles
from quiz.extract.quotes import attribute, find_spans, mask
from quiz.extract.records import read_records, subject_for
from quiz.extract.repair import (
    join_minute_lines,
    repair_capitals,
    repair_names,
    repair_shouting,
)
from quiz.extract.scores import (
    CLAUSE_BREAK,
    FINAL_LINE,
    MINUTE_LINE,
    Cast,
    Lead,
    Result,
    find_scores,
    read_lead,
    read_results,
)
from quiz.extract.sentences import Sentence, split

_ENGLISH = {
    "the",
    "a",
    "an",
    "and",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "was",
    "were",
    "is",
    "are",
    "his",
    "her",
    "their",
    "they",
    "he",
    "she",
    "it",
    "by",
    "from",
    "as",
    "that",
    "this",
    "after",
    "before",
    "but",
    "had",
    "has",
    "have",
    "be",
    "been",
    "who",
    "which",
    "into",
    "than",
}
_FOOTBALL = re.compile(
    r"\b(?:match|goal|goals|scored|score|minute|league|cup|beat|penalty|striker|manager|coach|"
    r"football|stadium|final|club|half-time|kick-off|draw|defeat|victory|win|won|keeper|"
    r"goalkeeper|midfielder|season|fans)\b",
    re.IGNORECASE,
)
_LIVE_MARK = re.compile(r"\bGOAL\b|(?<![\w'’])\d{1,3}(?:\+\d{1,2})?['’](?!\w)")
_BARE_SCORELINE = re.compile(
    r"\s*[\w .'’-]{2,30}? \d{1,2} ?[-–] ?\d{1,2} [\w .'’-]{2,30}?[.!]*\s*$"
)
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Za-z .]+?)?\s*(?:,|\s[-–—]|:|\()")
_FIELD_LINE = re.compile(
    r"^\s*(date|venue|competition|result|stadium|ground|score)\s*:\s*", re.IGNORECASE
)
_REACH = re.compile(
    r"\b(?:reach|reached|reaching|into|to|spot in|place in|berth in|through to|are in|is in)"
    r"\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$"
)
_OTHER_LEG = re.compile(r"\bfrom the (?:first|second) leg\b|\bin the first meeting\b")
_LEG_OF_SENTENCE = re.compile(
    r"\b(?:(first)[- ]leg|(second)[- ]leg|(return) (?:leg|clash|game|match|fixture))\b",
    re.IGNORECASE,
)
# After a lone capitalised first word, what makes it a name: "Pedri scored", "Messi, the".
_NAME_FOLLOWS = re.compile(
    r"^(?:['’]s\b|,\s+the\b|\s+(?:scored|scores|netted|nets|headed|heads|struck|equalised|"
    r"converted|fired|volleyed|added|said|says|told|insisted|admitted|saved|missed|was sent|"
    r"is sent|made it|opened|curled|slotted|tapped|doubled|completed|hit|smashed|"
    r"wore|took the armband|turned|swept|met|rose|glanced|lashed|nodded|drilled|steered))"
)
_MATCH_WORD = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:match|game|tie|clash|fixture|encounter|final|semi-finals?|"
    r"quarter-finals?|group|last[- ]16|round)\b",
    re.IGNORECASE,
)
_NOT_MATCH_COMPETITION = re.compile(
    r"^\s+(?:club|side|team|outfit|champions|leaders|title|"
    r"history|record|trophies|trophy)\b"
)
_RECENT = re.compile(
    r"\b(?:last week|last night|this week|tonight|yesterday|on (?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday))\b"
)
# A scouting report's or profile's subject: "Player: Kylian Mbappe".
_PROFILE_LINE = re.compile(r"^\s*(?:player|subject|name)\s*:\s*\S", re.IGNORECASE)
# "on Saturday", "last Sunday"; not "on Tuesday 9 April" (a date of its own).
_WEEKDAY_SAID = (
    rf"\b([Oo]n|[Ll]ast) ({'|'.join(lexicon.WEEKDAYS)})\b"
    r"(?!,?\s+(?:the\s+)?\d|,?\s+[A-Z][a-z]+ \d)"
)
_ON_WEEKDAY = re.compile(_WEEKDAY_SAID)
# "sets up a round-of-16 tie with France in Kazan on Saturday": a day still to come.
_AHEAD = re.compile(r"\b(?:will|sets? up|awaits?|next|ahead)\b|'ll\b", re.IGNORECASE)
# Said of the day a report is dated: its match was that day too.
_SAME_DAY = re.compile(r"\b(?:tonight|today|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE)
_DAYS_AGO = re.compile(
    r"\b(?:(a|one|two|three|four|five|six|\d) (week|day)s? (?:ago|earlier|before)|"
    rf"({_YESTERDAY.pattern})|(earlier (?:today|tonight|in the day|that day)|the same (?:day|"
    rf"evening|night)))\b|{_WEEKDAY_SAID}",
    re.IGNORECASE,
)


def _weekday_back(day: dt.date, said: str, named: str) -> int:
    """Days from `day` back to the weekday `named`, said "on" or "last" it (a week for "last
    Saturday" said on a Saturday)."""
    back = (day.weekday() - lexicon.WEEKDAYS.index(named.title())) % 7
    return 7 if said.lower() == "last" and back == 0 else back


def _days_before(
    said: str, score: tuple[int, int] | None, day: dt.date, header: bool
) -> int | None:
    """Days from `day` back to the match whose score is at `score` in `said`, when it is said
    "a week ago", "last Sunday", "on Saturday", "yesterday" (only from a report's header date)
    or "earlier today"."""
    if score is None:
        return None
    found = list(_DAYS_AGO.finditer(said))
    if not found:
        return None
    m = min(found, key=lambda f: abs(f.start() - score[0]))
    between = said[m.end() : score[0]] if m.start() < score[0] else said[score[1] : m.start()]
    if re.search(r"\d\s*[-–]\s*\d|\b(?:after|before|since)\b", between):
        return None  # "on Saturday ..., a few days after losing 2-1 to Japan": another day
    if m.start() > score[0] and "," in between:
        return None  # "who beat West Ham 2-0 in the first leg, travel to London on Thursday"
    count, unit, yesterday, same, prep, named = m.groups()
    if count:
        n = 1 if count.lower() in ("a", "one") else lexicon.number(count.lower())
        return None if n is None else n * (7 if unit.lower() == "week" else 1)
    if yesterday:
        return 1 if header else None
    if same:
        return 0
    return _weekday_back(day, prep, named)


_BARE_YEAR = re.compile(r"(?<![\d/.-])((?:18|19|20)\d\d)(?![\d/-])")
_LOOSE_PAIRING = re.compile(
    r"paired with the score by position only$|taken from the surrounding|taken from the ground"
)
_FUTURE = re.compile(r"\b(?:will|shall|next week|next month|is set to|are set to)\s", re.I)
_FIXTURE_BEFORE = re.compile(
    r"\b(?:match|tie|quarter-final|semi-final|final|clash|game|fixture|meeting)\s+"
    r"(?:with|against|v|vs\.?|versus)\s+(?:the\s+)?$"
)
_UNKNOWN_TEAM = re.compile(
    r"(?<![\w'’])([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,3}) (\d{1,2}) ?[-–—] ?(\d{1,2}) "
    r"([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,3})(?![\w'’-])"
)

# A round-up's section heading: "WEST BROM 2 ARSENAL 3", "Lazio 4-2 Inter".
_SCORE_LINE = re.compile(
    r"^[A-Z][^\n]{0,40}?\s\d{1,2}(?:\s*[-–—]\s*\d{1,2}\s+[A-Z][^\n]{0,40}|"
    r",?\s+[A-Z][^\n]{0,40}?\s\d{1,2})$"
)
# "Wigan Athletic 1 Manchester City 0 - FA Cup final": a headline line, each side's goals after
# its name.
_UNKNOWN_SPLIT = re.compile(
    r"^[ \t]*([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) (\d{1,2}),? "
    r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) (\d{1,2})(?=[ \t]*(?:$|[-–—(,:]))",
    re.MULTILINE,
)
# "GROUP E FINAL STANDINGS: Sweden 7, Spain 5, Slovakia 3, Poland 1.": points, not results.
# "Group C: Colombia 3 pts, Ivory Coast 3, Japan 0, Greece 0" too.
_TABLE_ITEM = r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3} \d{1,3}(?: ?(?:pts?|points)\b)?"
_TABLE_LINE = re.compile(
    rf"[ \t]*(?:[^\n:]{{0,40}}:[ \t]*)?{_TABLE_ITEM}(?:,[ \t]*{_TABLE_ITEM}){{2,}}[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# "for the Curva Sud", "past Alisson": a name that is not the sentence's subject.
_OBJECT_BEFORE = re.compile(r"\b(?:by|for|to|from|of|past|beyond|against|over|with)\s+(?:the\s+)?$")
_LIFE = re.compile(
    r"\b(?:was born|born (?:in|on)|died|passed away|married|funeral|was founded|were founded)\b|"
    r"^\s*(?i:date of birth|DOB|D\.O\.B\.|born|birthplace)\s*:",  # a profile's field line
    re.MULTILINE,
)
# A piece told as "we": Q&A answers and fans' diaries (quotes are masked out).
_FIRST_PERSON = re.compile(r"\b(?:we|We|us|our|Our)\b")
# "Porto captain", "Celtic fans", "us Leeds fans", "I have supported Leeds": the narrator's club.
_OWN_AFTER = re.compile(
    r"^['’]?s?\s+(?:captain|skipper|manager|boss|coach|head coach|fans?|supporters?|"
    r"season[- ]ticket|legend|faithful|end)\b"
)
_OWN_BEFORE = re.compile(
    r"(?:\b(?:us|we)\s+|\b(?:support|supported|supporting|follow|followed|following)\s+)$"
)
# "Huddersfield Town", "Blackburn Rovers": a club by the shape of its name.
_CLUB_SHAPE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z'’]+(?:-[A-Z][a-z]+)? ){1,2}(?:Athletic|Town|City|United|Rovers|"
    r"Wanderers|Albion|County|Hotspur|Argyle|Alexandra|Orient|Rangers|Academical|Thistle|"
    r"Wednesday|FC|AFC))(?![\w-])(?! (?:Stadium|Ground|Park|Arena|Road|Hall|Council))"
)
_NOT_CLUB_OPENERS = {
    "the",
    "a",
    "an",
    "last",
    "next",
    "this",
    "that",
    "every",
    "each",
    "on",
    "by",
    "since",
    "until",
    "and",
    "but",
    "for",
    "in",
    "at",
    "of",
    "to",
    "from",
    "with",
    "his",
    "their",
}


def looks_like_report(text: str) -> str | None:
    """None when the text reads like an English football report, else why not."""
    words = re.findall(r"[A-Za-z']+", text)
    if len(words) < 8:
        return "too short to be a match report (fewer than 8 words)"
    sample = [w.lower() for w in words[:5000]]
    english = sum(1 for w in sample if w in _ENGLISH) / len(sample)
    if english < 0.08:
        return "does not look like English text"
    if len(_FOOTBALL.findall(text[:200_000])) < 2:
        return "does not look like a football match report"
    return None


def extract_text(text: str, source: str) -> ReportDraft:
    text, repaired = repair_names(repair_shouting(repair_capitals(join_minute_lines(text))))
    draft = ReportDraft(source, text)
    problem = looks_like_report(text)
    if problem:
        draft.notes.append(f"{source}: {problem}; nothing drafted")
        return draft
    if repaired:
        names = ", ".join(sorted(set(repaired)))
        draft.notes.append(f"{source}: names with damaged accents read without them: {names}")
    _Extractor(draft).run()
    if not draft.items():
        draft.notes.append(f"{source}: no facts found")
    return draft


def _lexicon_city(name: str) -> bool:
    return name in lexicon.CITIES


def _refocus(context: list[str], results: list[Result]) -> None:
    """After a sentence with results, its sides lead the context, the side in every one of
    them first: "X's side drew 0-0 with England and lost 1-0 to Sweden. They then ..." is
    about X's side, and "lost the first leg 1-0 to Anderlecht. Back home they won 3-0"
    about Anderlecht."""
    if not results:
        return
    sides = [name for name in context if any(name in r.teams for r in results)]
    common = set.intersection(*(set(r.teams) for r in results))
    front = [n for n in sides if n in common] + [n for n in sides if n not in common]
    context[:] = front + [n for n in context if n not in front]


class _Extractor:
    def __init__(self, draft: ReportDraft) -> None:
        self.draft = draft
        self.text = draft.text
        self.spans = find_spans(self.text)
        self.masked = mask(self.text, self.spans)
        self.sentences = split(self.text)
        self.teams = TeamIndex(self.text)  # quotes name clubs too
        self.unknown_teams: set[str] = set()
        self.goal_block = goal_block(self.text)  # line starts under a "Goals:" heading
        self.goal_block |= self._scorer_lines()
        self._discover_teams()
        self.team_mentions = self.teams.find(self.masked)  # the whole report's, read once
        named = Counter(m.name for m in self.team_mentions)
        top = named.most_common(2)
        # A clear favourite only: a history piece names its club far more than any other.
        self.favourite = top[0][0] if top and (len(top) < 2 or top[0][1] >= 2 * top[1][1]) else None
        # The team named most, if one is: a person's side when nothing else tells it.
        self.leading = top[0][0] if top and (len(top) < 2 or top[0][1] > top[1][1]) else None
        self.sides: dict[str, str] = {}  # person -> team, as the report says them
        self.voice = self._voice(named)
        self.people = PersonIndex()
        self._collect_people()
        self.dates = dates_mod.find(self.text)
        self.years = Counter(d.year for d in self.dates if d.year and not d.metadata)
        if not self.years:
            # "World Cup 1982 | Second round" above "BARCELONA, July 5": the header's year.
            self.years = Counter(int(y) for y in _BARE_YEAR.findall(self.text[:400]))
        # sentence index -> (offset of the score in the sentence, match index) of its results
        self.result_at: dict[int, list[tuple[int, int]]] = {}
        self.sentence_people: dict[int, list[Mention]] = {}
        self.sentence_teams: dict[int, list[Mention]] = {}
        self.pending: list[tuple[Sentence, dict[str, tuple[object, int]]]] = []
        self.earlier_legs: list[MatchDraft] = []  # "a 2-1 lead from the first leg"
        self.orphans: set[int] = set()  # goals in a round-up section with no result read
        self.carried_minute: tuple[int, str] | None = None  # from a sentence naming no one
        self.carried_on = False  # the carried minute has already passed over one sentence
        # A live blog: several minute-stamped posts.
        self.live = sum(bool(MINUTE_LINE.match(line)) for line in self.text.splitlines()) >= 3

    # -- set-up ------------------------------------------------------------------------------

    def _scorer_lines(self) -> set[int]:
        """ "Germany 2 Hungary 2 (Munich)" then "Szalai 11, Schafer 68 (Hungary); Havertz 66":
        a goals line with no label, right under a result line. Not a table that names teams
        ("Sweden 7, Spain 5"), nor players' marks ("Piszczek 7" under "Ratings")."""
        starts = set()
        for start, end in scorer_lines(self.text):
            line = re.sub(r"\([^)]*\)", " ", self.text[start:end])
            above = self.text[:start].rstrip().rpartition("\n")[2]
            result = re.search(r"\d", above) and len(self.teams.find(above)) >= 2
            if result and not self.teams.find(line):
                starts.add(start)
        return starts

    def _discover_teams(self) -> None:
        """Teams the lexicon lacks, from 'Name 2-1 Name' headlines and lines."""
        for m in _UNKNOWN_TEAM.finditer(self.masked):
            if self._line_start(m.start()) in self.goal_block:
                continue
            for name in (m.group(1), m.group(4)):
                words = name.split()
                while words and lexicon.fold(words[0]) in {
                    "the",
                    "a",
                    "result",
                    "full-time",
                    "half-time",
                    "ht",
                    "ft",
                    "final",
                    "goal!",
                    "goal",
                }:
                    words = words[1:]
                cleaned = " ".join(words).rstrip(".,")
                if not cleaned or lexicon.fold(cleaned) in {
                    lexicon.fold(t) for t in self.teams.spellings
                }:
                    continue
                if any(c.isdigit() for c in cleaned) or cleaned.isupper():
                    continue
                if re.search(r"[A-Z]{4}", cleaned):
                    continue  # "SOCCER-ITALY OUTLAST West Germany": a headline's words
                if (
                    len(words) > 1
                    and words[-1].isupper()
                    and lexicon.fold(" ".join(words[:-1]))
                    in {lexicon.fold(t) for t in self.teams.spellings}
                ):
                    continue  # "Switzerland WIN 5-4": a known team, then a shouted verb
                self.unknown_teams.add(cleaned)
                self.teams.add(cleaned)
        known = {lexicon.fold(t) for t in self.teams.spellings}
        shaped = [m.group(1) for m in _CLUB_SHAPE.finditer(self.masked)]
        split = [
            n
            for m in _UNKNOWN_SPLIT.finditer(self.masked)
            if self._line_start(m.start()) not in self.goal_block
            for n in (m.group(1), m.group(3))
        ]
        for name in (*shaped, *split):
            words = name.split()
            if lexicon.fold(words[0]) in _NOT_CLUB_OPENERS or lexicon.fold(name) in known:
                continue
            if name in lexicon.CITIES or any(
                lexicon.fold(w) in lexicon.MONTHS or w in lexicon.WEEKDAYS for w in words[:-1]
            ):
                continue  # "Mexico City", "Saturday United"
            if any(c.isdigit() for c in name) or name.isupper():
                continue
            known.add(lexicon.fold(name))
            self.unknown_teams.add(name)
            short = " ".join(words[:-1])
            place = short in lexicon.CITIES or lexicon.fold(short) in known
            self.teams.add(name, () if place or name not in shaped else (short,))

    def _voice(self, named: Counter[str]) -> str | None:
        """The narrator's club in a first-person piece (a fan's diary, an interview): the club
        said to be theirs ("as Porto captain", "us Celtic fans"), else the one named most,
        the earlier-named on a tie. None when the report is not told as "we"."""
        if len(_FIRST_PERSON.findall(self.masked)) < 3 or not named:
            return None
        owned: Counter[str] = Counter()
        for m in self.team_mentions:
            after = self.masked[m.end : m.end + 30]
            before = self.masked[max(0, m.start - 30) : m.start]
            if _OWN_AFTER.match(after) or _OWN_BEFORE.search(before):
                owned[m.name] += 1
        if owned:
            return owned.most_common(1)[0][0]
        first = {}
        for m in self.team_mentions:
            first.setdefault(m.name, m.start)
        return min(named, key=lambda n: (-named[n], first[n]))

    def _collect_people(self) -> None:
        starts = {s.start for s in self.sentences}
        elsewhere: Counter[str] = Counter()
        candidates = name_candidates(self.masked)
        for c in candidates:
            if c.start not in starts:
                elsewhere[c.name] += 1
        # "the Stadio delle Alpi" names no one
        team_spans = sorted(
            [(m.start, m.end) for m in self.team_mentions]
            + [g.span() for g in _STADIUM_RE.finditer(self.masked)]
        )
        team_starts = [s for s, _ in team_spans]
        self.person_mentions: list[Mention] = []
        for c in candidates:
            k = bisect.bisect_right(team_starts, c.start) - 1
            if k >= 0 and team_spans[k][0] <= c.start < team_spans[k][1]:
                continue
            if len(c.name.split()) > 1:
                name = self.people.add(c.name)
            else:
                name = self.people.resolve(c.name) or c.name
                if name == c.name and c.name in lexicon.GUARDED_ALIASES:
                    continue  # "Villa" is David Villa only once he is named in full
                lone_opener = name == c.name and c.start in starts and not elsewhere[c.name]
                if lone_opener and not _NAME_FOLLOWS.match(self.masked[c.end : c.end + 40]):
                    continue  # a capitalised first word, not a name
            self.person_mentions.append(Mention(c.start, c.end, name))
        # Surnames seen before the full name ("Messi ... Lionel Messi") resolve on a second pass.
        self.person_mentions = [
            Mention(m.start, m.end, self.people.resolve(m.name) or m.name)
            for m in self.person_mentions
        ]
        self.person_starts = [m.start for m in self.person_mentions]

    def _people_between(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.person_starts, start)
        hi = bisect.bisect_left(self.person_starts, end)
        return self.person_mentions[lo:hi]

    # -- per sentence ------------------------------------------------------------------------

    def run(self) -> None:
        context: list[str] = []
        last_subject: str | None = None
        profile: str | None = None
        subject_before: dict[int, str | None] = {}
        running: dict[frozenset[str], tuple[str, str, int, int]] = {}
        lead: Lead | None = None
        next_quote = 0
        for index, sentence in enumerate(self.sentences):
            base = sentence.start
            body = self.masked[sentence.start : sentence.end]
            teams = self.teams.find(body)
            people = [
                Mention(m.start - base, m.end - base, m.name)
                for m in self._people_between(sentence.start, sentence.end)
            ]
            self.sentence_people[index] = people
            self.sentence_teams[index] = teams
            # Clubs named inside quotes are clubs too (the masked body hides them).
            for team in self.teams.find(self.text[sentence.start : sentence.end]):
                self.draft.teams.setdefault(team.name, (sentence.start, sentence.end))
            while next_quote < len(self.spans) and self.spans[next_quote].open_at < sentence.end:
                subject_before[next_quote] = last_subject
                next_quote += 1
            said = find_scores(body)
            for name, team in read_sides(body, people, teams).items():
                self.sides.setdefault(name, team)
            cast = Cast(people, self.sides, last_subject, self.leading)
            line_start = self._line_start(sentence.start)
            results = (
                []
                if self._in_goal_line(sentence)
                or line_start in self.goal_block
                or _TABLE_LINE.match(self.text, line_start)
                else read_results(
                    body, teams, context, self.favourite, self.voice, lead, said, cast
                )
            )
            lead = read_lead(body, teams, context, said) or lead
            for result in results:
                self._add_result(result, sentence, index)
            self._details(sentence, index, body, teams, results)
            if _PROFILE_LINE.match(body) and people:
                profile = people[0].name  # "Player: Kylian Mbappe": the report's "he"
            self._goals(sentence, index, body, teams, people, profile or last_subject, running)
            self._roles(sentence, body, teams, people)
            self._records(sentence, body, teams, people)
            for team in reversed(teams):
                # A national side stays in the context: a guessed side is of the other side's
                # kind, so "Spain's restrictions" never stands in for a club's opponent.
                if team.name in context:
                    context.remove(team.name)
                context.insert(0, team.name)
            _refocus(context, results)
            subjects = [
                p for p in people if not _OBJECT_BEFORE.search(body[max(0, p.start - 8) : p.start])
            ]
            if subjects:
                last_subject = subjects[0].name
        self._quotes(subject_before)
        self._finish()
        self.draft.contexts = draft_contexts(
            self.draft, self.sentences, self.masked, self.sentence_teams, self.sentence_people
        )

    def _results_of(self, index: int) -> list[int]:
        """The matches whose results sentence `index` gives, in the order read."""
        return [i for _, i in self.result_at.get(index, [])]

    def _line_start(self, at: int) -> int:
        """Where the line holding offset `at` starts."""
        return self.text.rfind("\n", 0, at) + 1

    def _in_goal_line(self, sentence: Sentence) -> bool:
        """Scores in a minute-by-minute goal line are the score at that moment."""
        line_start = self._line_start(sentence.start)
        if MINUTE_LINE.match(self.text[line_start : sentence.end]):
            return True
        # "GOAL SUI. 15'. Haris Seferovic! ... FRA 0-1 SUI.": a live post's bare scoreline, as
        # is "And we're off! ... Bayern Munich 0-0 Inter." in a live blog (not "Full-time: ...").
        line = self.text[line_start : sentence.start]
        in_post = self.live and line.strip() and not FINAL_LINE.match(line)
        return bool(
            (_LIVE_MARK.search(line) or in_post)
            and _BARE_SCORELINE.match(self.text[sentence.start : sentence.end])
        )

    def _add_result(self, result: Result, sentence: Sentence, index: int) -> None:
        span: Span = (sentence.start, sentence.end)
        teams = result.teams
        score = None if result.score == (-1, -1) else result.score
        for i, match in enumerate(self.draft.matches):
            if set(match.teams) != set(teams):
                continue
            if score is None and match.leg == 1:
                continue  # an aggregate belongs to the tie's last leg
            if match.score is None and match.aggregate is not None and score is not None:
                said = _LEG_OF_SENTENCE.search(self.masked[sentence.start : sentence.end])
                if said and said.group(1):
                    continue  # a first leg's score is not the score of the tie's last leg
            flipped = match.teams != teams
            pair = None if score is None else (score[::-1] if flipped else score)
            if (
                pair is not None
                and match.score == pair[::-1]
                and result.notes
                and pair[0] != pair[1]
            ):
                # A guessed side that mirrors a match already read ("winning the Clasico 5-0"
                # after "BARCA 5-0 REAL MADRID") got the winner wrong: it is that match.
                self.result_at.setdefault(index, []).append((result.at, i))
                return
            if match.score is None or pair is None or match.score == pair:
                if match.score is None and pair is not None:
                    match.score = (pair[0], pair[1])
                    if not result.notes:
                        # An aggregate-only mention paired the teams loosely; this sentence
                        # states them with the score, and is the better source.
                        match.notes = [n for n in match.notes if not _LOOSE_PAIRING.search(n)]
                        match.review = bool(match.notes)
                        match.span = span
                if result.ordered and not match.ordered:
                    match.teams, match.ordered = teams, True
                    if match.score is not None and flipped:
                        match.score = (match.score[1], match.score[0])
                self._merge_extras(match, result, flipped)
                self.result_at.setdefault(index, []).append((result.at, i))
                return
        match = MatchDraft(
            span,
            teams=teams,
            score=score,
            ordered=result.ordered,
            penalties=result.penalties,
            aggregate=result.aggregate,
            extra_time=result.extra_time,
            sources=[self.draft.source],
        )
        for note in result.notes:
            match.doubt(note)
        if result.earlier_leg:
            match.leg = 1
            self.earlier_legs.append(match)
        for team in teams:
            if team in self.unknown_teams:
                match.doubt(f"'{team}' is not a team the extractor knows")
        self.draft.matches.append(match)
        self.result_at.setdefault(index, []).append((result.at, len(self.draft.matches) - 1))

    @staticmethod
    def _merge_extras(match: MatchDraft, result: Result, flipped: bool) -> None:
        def turn(pair: tuple[int, int] | None) -> tuple[int, int] | None:
            return None if pair is None else ((pair[1], pair[0]) if flipped else pair)

        match.penalties = match.penalties or turn(result.penalties)
        match.aggregate = match.aggregate or turn(result.aggregate)
        match.extra_time = match.extra_time or result.extra_time

    def _details(
        self,
        sentence: Sentence,
        index: int,
        body: str,
        teams: list[Mention],
        results: list[Result],
    ) -> None:
        """Date, competition, stage, venue and city, for the matches of this sentence or
        (held until the end) for the report's main match."""
        other_leg = _OTHER_LEG.search(body)
        targets = self._results_of(index)
        if not targets and _LIFE.search(body):
            return  # "born in Amsterdam on 25 April 1947": not a match's date or city
        if other_leg and results and all(r.earlier_leg for r in results):
            # "City arrived in Madrid with a 4-3 lead from the first leg at the Etihad on 26
            # April": what follows the leg is that leg's; what comes before, this match's.
            after = self._found(sentence, body, other_leg.end(), len(body), True)
            for i in targets:
                self._apply(self.draft.matches[i], after, sentence)
            results, targets = [], []
        elif any(r.earlier_leg for r in results) and len(targets) == len(results):
            # "beat PSG 6-1 on Wednesday to overturn a 4-0 first-leg defeat": the date and
            # ground are the later match's.
            targets = [i for i, r in zip(targets, results, strict=True) if not r.earlier_leg]
            results = [r for r in results if not r.earlier_leg]
        cuts = list(CLAUSE_BREAK.finditer(body))
        if len(results) >= 2 and len(targets) == len(results):
            ats = sorted(r.at for r in results)
            if all(any(a < c.start() < b for c in cuts) for a, b in itertools.pairwise(ats)):
                # "Milan beat Steaua 4-0 in the final in Barcelona, and a year later they beat
                # Benfica 1-0 in Vienna": each result has its own clause's details.
                for i, result in zip(targets, results, strict=True):
                    lo = max((c.end() for c in cuts if c.end() <= result.at), default=0)
                    hi = min((c.start() for c in cuts if c.start() > result.at), default=len(body))
                    found = self._found(sentence, body, lo, hi, True)
                    self._apply(self.draft.matches[i], found, sentence)
                return
        found: dict[str, tuple[object, int]] = {}
        if other_leg:
            body = body[: other_leg.start()]  # what follows is about the other leg
        if results:
            last = max(r.at for r in results)
            boundary = CLAUSE_BREAK.search(body, last)
            if boundary:
                # A later clause is about something else: "They beat Sheffield United on
                # penalties, and on 29 May 2022 they returned to Wembley to face Huddersfield
                # in the final" tells the main match's date and stage.
                rest = self._found(sentence, body, boundary.end(), len(body), False)
                if _FUTURE.search(body, boundary.end()):
                    rest.pop("stage", None)  # "and will play Liverpool in the final"
                if rest:
                    self.pending.append((sentence, rest))
                body = body[: boundary.start()]
        found = self._found(sentence, body, 0, len(body), bool(results))
        if not found:
            return
        if targets:
            for i in targets:
                self._apply(self.draft.matches[i], found, sentence)
        else:
            if _FUTURE.search(body):  # "will play Liverpool in the final": the next round
                found.pop("stage", None)
            if found:
                self.pending.append((sentence, found))

    def _found(
        self, sentence: Sentence, body: str, lo: int, hi: int, results: bool
    ) -> dict[str, tuple[object, int]]:
        """Date, competition, stage, leg, group, venue and city said in body[lo:hi]; offsets
        are from the sentence's start."""
        found: dict[str, tuple[object, int]] = {}
        part = " " * lo + body[lo:hi]  # blanked, so offsets still count from the sentence
        for d in self.dates:
            if sentence.start + lo <= d.start < sentence.start + len(part) and not d.metadata:
                found.setdefault("date", (d, d.start - sentence.start))
        comp = _competition(part)
        if comp and (
            results
            or _MATCH_WORD.match(part[comp[1] + len(_comp_text(part, comp)) :])
            or _FIELD_LINE.match(part)
            or sentence.start < 300
        ):
            found["competition"] = comp
        stage = _stage(part)
        if stage:
            found["stage"] = stage
        leg = re.search(r"\b(first|second|return) leg\b", part, re.IGNORECASE)
        if leg and not re.search(r"\bfrom the\s+$", part[max(0, leg.start() - 9) : leg.start()]):
            found["leg"] = (1 if leg.group(1).lower() == "first" else 2, leg.start())
        group = re.search(r"\bGroup ([A-H])\b", part)
        if group:
            found["group"] = (group.group(1), group.start())
        venue = _venue(part)
        if venue:
            found["venue"] = venue
        city = _city(part, sentence, self.text)
        if city:
            found["city"] = city
        return found

    def _apply(
        self, match: MatchDraft, found: dict[str, tuple[object, int]], sentence: Sentence
    ) -> None:
        for key, (value, _) in found.items():
            if key == "date":
                d: dates_mod.DateMention = value  # type: ignore[assignment]
                iso = d.iso(self._year_near(d.start) or self._year_guess())
                if not iso or match.date is not None:
                    continue
                weekday, no_year = d.weekday, d.year is None
                said = self.text[match.span[0] : match.span[1]]
                elsewhere = not sentence.start <= match.span[0] < sentence.end
                lead = self._lead_after(d, match) if elsewhere else None
                days_back: int | None = 0
                if lead is not None:  # a header's date: "on Saturday" counts back from it
                    days_back = self._days_back(iso, f"{said} {lead}")
                elif elsewhere and _YESTERDAY.search(said):
                    days_back = 1
                if (
                    days_back is None
                    and self._dated_alone(d)
                    and not (self.live or _SAME_DAY.search(f"{said} {lead}"))
                ):
                    # A paper is dated the morning after: in held-out reports, a header's date
                    # taken as the match's with nothing said was a day late one time in four.
                    match.doubt("the report's own date: nothing says the match was that day")
                if days_back:
                    # "Sunday, February 6, 2011" over "... at St James' Park yesterday", or
                    # "June 27" over "... against Sweden on Saturday": the day the match was.
                    iso = (dt.date.fromisoformat(iso) - dt.timedelta(days=days_back)).isoformat()
                    match.doubt("the date was counted back from the date the report gives")
                    weekday, no_year = None, False
                match.date = iso
                match.year = int(iso[:4])
                match.weekday = weekday or dates_mod.weekday_of(iso)
                if no_year:
                    match.doubt("the year of the date was taken from elsewhere in the report")
            elif getattr(match, key) is None:
                setattr(match, key, value)

    def _relative_dates(self, main: MatchDraft) -> None:
        """ "beat Athletic 3-1 in the cup final a week ago", "won 1-0 at Siena last Sunday":
        a result in passing dated from the report's own date (its header or dateline, else
        the main match's), always for review."""
        dated = self._report_date()
        if dated and main.date and main.date[:4] < dated[:4]:
            dated = None  # a look-back published years later counts from its own match
        reference = dated or main.date
        if reference is None:
            return
        day = dt.date.fromisoformat(reference)
        for match in self.draft.matches:
            if match is main or match.date is not None or match.score is None:
                continue
            said, score = self._result_clause(match)
            back = _days_before(said, score, day, header=dated is not None)
            if back is None:
                continue
            iso = (day - dt.timedelta(days=back)).isoformat()
            match.date, match.year, match.weekday = iso, int(iso[:4]), dates_mod.weekday_of(iso)
            match.doubt("the date was counted from the report's own date")

    def _report_date(self) -> str | None:
        """The date on a header line of its own, or in a dateline, near the top."""
        for d in dates_mod.find(self.text[:600]):
            line_start, line, header = self._date_line(d)
            dateline = d.start - line_start < 40 and _DATELINE.match(line) is not None
            iso = d.iso(self._year_guess())
            if iso and (header or dateline):
                return iso
        return None

    def _date_line(self, d: dates_mod.DateMention) -> tuple[int, str, bool]:
        """The line a date is on, where it starts, and whether the date stands on it alone
        (a header: at most four other words)."""
        line_start = self._line_start(d.start)
        line_end = self.text.find("\n", d.end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        rest = line.replace(self.text[d.start : d.end], " ")
        words = re.findall(r"[A-Za-z]{3,}", rest)
        # A paper's masthead in capitals: "THE DAILY CLARION  SUNDAY, MAY 15, 1988  BACK PAGE".
        masthead = rest.isupper() and len(words) <= 8
        return line_start, line, len(words) <= 4 or masthead

    def _result_clause(self, match: MatchDraft) -> tuple[str, tuple[int, int] | None]:
        """The clause of the match's sentence that gives its score, and the score's place in
        it."""
        said = self.text[match.span[0] : match.span[1]]
        assert match.score is not None
        high, low = max(match.score), min(match.score)
        score = re.search(rf"\b(?:{high}\s*[-–]\s*{low}|{low}\s*[-–]\s*{high})\b", said)
        if score is None:
            return said, None
        lo = max((c.end() for c in CLAUSE_BREAK.finditer(said, 0, score.start())), default=0)
        stop = CLAUSE_BREAK.search(said, score.end())
        return said[lo : stop.start() if stop else len(said)], (
            score.start() - lo,
            score.end() - lo,
        )

    def _lead_after(self, d: dates_mod.DateMention, match: MatchDraft) -> str | None:
        """For a date on a header line of its own, the report's opening paragraphs after it
        ("" when that does not name one of the match's teams): where "yesterday" is said.
        None for a date inside the text."""
        line_start, line, header = self._date_line(d)
        line_end = line_start + len(line)
        if line_end >= len(self.text) or not header:
            return None
        # The opening paragraphs (a tabloid's first is a line): up to the first 500 characters
        # after any headings and byline ("WORLD CUP WRAP", "By Kerry Blaine").
        paragraphs = self.text[line_end : line_end + 900].strip().split("\n\n")
        while (
            len(paragraphs) > 2
            and max(map(len, paragraphs[0].splitlines()), default=0) < 100
            and not paragraphs[0].endswith(".")
        ):
            paragraphs.pop(0)
        lead = "\n\n".join(paragraphs[:2])[:500]
        named = {m.name for m in self.teams.find(lead)}
        if named and not named & set(match.teams):
            return ""  # the lead is about another match
        if not named:  # "nobody who was at Villa Park last night": no other match is told
            return lead
        # Not the sentences about another match: "Last night Brazil beat Croatia 3-1".
        about = []
        for said in re.split(r"(?<=[.!?])\s+", lead):
            named = {m.name for m in self.teams.find(said)}
            if not named or named & set(match.teams):
                about.append(said)
        return " ".join(about)

    @staticmethod
    def _days_back(iso: str, said: str) -> int | None:
        """Days from the report's date back to the match: 1 for "yesterday" or "last night",
        up to 6 for "on Saturday" when the report is dated a later day (0 the same day); None
        when nothing names the day."""
        if _YESTERDAY.search(said):
            return 1
        day = next(
            (
                d
                for d in _ON_WEEKDAY.finditer(said)
                if not _AHEAD.search(said[max(0, d.start() - 120) : d.start()].split(".")[-1])
            ),
            None,
        )
        if day is None:
            return None
        # Counted as "on": "last Thursday" under a Thursday header is the first leg's, not a
        # week before the report's own match.
        return _weekday_back(dt.date.fromisoformat(iso), "on", day.group(2))

    def _dated_alone(self, d: dates_mod.DateMention) -> bool:
        """A publication's date line ("Sunday, February 6, 2011", a masthead), not a match's
        ("Premier League, Highbury, London, 15 May 2004")."""
        _, line, _ = self._date_line(d)
        rest = line.replace(self.text[d.start : d.end], " ")
        if rest.isupper():
            return True
        words = {w.title() for w in re.findall(r"[A-Za-z]{3,}", rest)}
        return not words - set(lexicon.WEEKDAYS)

    def _year_near(self, at: int) -> int | None:
        """The year said last before `at` in the same paragraph: "The 2006 World Cup was his
        encore ... In the final against Italy on 9 July"."""
        start = self.text.rfind("\n\n", 0, at) + 1
        years = _BARE_YEAR.findall(self.text, start, at)
        return int(years[-1]) if years else None

    def _year_guess(self) -> int | None:
        return self.years.most_common(1)[0][0] if self.years else None

    def _goals(
        self,
        sentence: Sentence,
        index: int,
        body: str,
        teams: list[Mention],
        people: list[Mention],
        last_subject: str | None,
        running: dict[frozenset[str], tuple[str, str, int, int]],
    ) -> None:
        line_start = self._line_start(sentence.start)
        line_end = self.text.find("\n", sentence.start)
        line_end = len(self.text) if line_end < 0 else line_end
        line = self.text[line_start:line_end]
        minute_line = MINUTE_LINE.match(line)
        listed = line_start in self.goal_block
        if (minute_line or listed) and sentence.start != line_start + len(line) - len(
            line.lstrip()
        ):
            return  # a minute-by-minute or goals-block line is read whole, with its first sentence
        if listed:
            start, end = line_start, line_end
            unit = self.masked[start:end]
        elif minute_line:
            # "- 3' — GOAL, USA. Lloyd ...": a key-moments bullet is read from its minute.
            bullet = re.match(r"\s*[-–•*]\s+", line)
            start, end = line_start + (bullet.end() if bullet else 0), line_end
            unit = self.masked[start:end]
            teams = self.teams.find(unit)
            people = [
                Mention(m.start - start, m.end - start, m.name)
                for m in self._people_between(start, end)
            ]
        else:
            start, end, unit = sentence.start, sentence.end, body
        if listed:
            reads = read_goal_list(unit)
        else:
            timed = [g.minute for g in self.draft.goals if g.minute is not None]
            reads = read_goals(unit, people, teams, last_subject, timed[-1] if timed else None)
        team_from_score = self._running_team(unit, teams, running) if minute_line else None
        self._carry_minute(reads, unit, people, plain=not (minute_line or listed))
        matches = self._results_of(index)
        for read in reads:
            goal = GoalDraft(
                (start, end),
                scorer=read.scorer,
                minute=read.minute,
                shown=read.shown,
                by_minute=read.by_minute,
                penalty=read.penalty,
                team=read.team or team_from_score,
                again=read.again,
            )
            goal.match = matches[0] if len(matches) == 1 else None
            if len(set(matches)) > 1 and start == sentence.start:
                # "He scored a hat-trick in the 3-1 win over England and struck the winner as
                # the Dutch beat West Germany 2-1": the result told nearest the goal.
                scores = self.result_at[index]
                goal.match = min(scores, key=lambda s: abs(s[0] - read.at))[1]
            for note in read.notes:
                goal.doubt(note)
            if read.by_minute:
                goal.doubt("the minute is only an upper bound")
            self.draft.goals.append(goal)

    def _carry_minute(
        self, reads: list[GoalRead], unit: str, people: list[Mention], plain: bool
    ) -> None:
        """ "It took United 22 minutes to find them out. Welbeck rose to nod in ...": a minute
        in a sentence with no goal and no one as its subject is the next sentence's goal's."""
        carried, self.carried_minute = self.carried_minute, None
        passed, self.carried_on = self.carried_on, False
        named = caption_scorer(unit, people) if carried and not reads and plain else None
        if named:
            # "15'. Haris Seferovic!": a live post's minute, then the scorer's name alone.
            reads.append(GoalRead(named, None, "", 0))
        if carried and reads and all(r.minute is None for r in reads):
            reads[0].minute, reads[0].shown = carried
            reads[0].notes = [
                *(n for n in reads[0].notes if n != "no minute stated"),
                "minute taken from the sentence before",
            ]
        elif carried and plain and not passed and not find_minutes(unit):
            # "in the 57th minute, Basinas swung in a corner. Ricardo came for it and never
            # arrived. Charisteas ... met it with his forehead": one sentence between.
            self.carried_minute, self.carried_on = carried, True
        elif plain and not reads:
            if any(
                not _OBJECT_BEFORE.search(unit[max(0, p.start - 12) : p.start])
                and not DELIVERS.match(unit, p.end)
                and not CROSS_SENT.search(unit, p.end)
                and unit[p.end : p.end + 2] not in ("'s", "’s")  # "into Iniesta's path"
                for p in people
            ):
                return  # someone did something else in it; "Basinas swung in a corner" carries
            said = [m for m in find_minutes(unit) if not m.upper_bound]
            if len(said) != 1 or len(said[0].minutes) != 1:
                return
            if said[0].later:
                # "Seven minutes later it was 3-2. Andy Halliday fired home ...".
                timed = [g.minute for g in self.draft.goals if g.minute is not None]
                if timed:
                    value = timed[-1] + said[0].minutes[0][0]
                    self.carried_minute = (value, str(value))
            else:
                self.carried_minute = said[0].minutes[0]

    def _running_team(
        self,
        unit: str,
        teams: list[Mention],
        running: dict[frozenset[str], tuple[str, str, int, int]],
    ) -> str | None:
        """In 'Manchester City 2-1 QPR' after '1-1', the side whose goals went up scored."""
        for score in find_scores(unit):
            before = [
                t for t in teams if t.end <= score.start and not unit[t.end : score.start].strip()
            ]
            after = [
                t for t in teams if t.start >= score.end and not unit[score.end : t.start].strip()
            ]
            if not before or not after:
                continue
            home, away = before[-1].name, after[0].name
            key = frozenset((home, away))
            old = running.get(key, (home, away, 0, 0))
            old_home = old[2] if old[0] == home else old[3]
            old_away = old[3] if old[0] == home else old[2]
            running[key] = (home, away, score.first, score.second)
            if score.first == old_home + 1 and score.second == old_away:
                return home
            if score.second == old_away + 1 and score.first == old_home:
                return away
        return None

    def _roles(
        self, sentence: Sentence, body: str, teams: list[Mention], people: list[Mention]
    ) -> None:
        for read in read_roles(body, people, teams):
            person = PersonDraft(
                (sentence.start, sentence.end), name=read.name, role=read.role, team=read.team
            )
            for note in read.notes:
                person.doubt(note)
            self.draft.people.append(person)

    def _records(
        self, sentence: Sentence, body: str, teams: list[Mention], people: list[Mention]
    ) -> None:
        plain = self.text[sentence.start : sentence.end]  # numbers said in quotes count too
        teams = self.teams.find(plain)
        for read in read_records(plain):
            subject, _ = subject_for(read, teams, people)
            record = RecordDraft(
                (sentence.start, sentence.end),
                kind=read.kind,
                value=read.value,
                unit=read.unit,
                subject=subject,
                approximate=read.approximate,
                phrase=read.phrase,
            )
            if subject is None:
                record.doubt("no team or person named in the sentence")
            if any(s.start <= sentence.start + read.at < s.end for s in self.spans):
                record.doubt("the number is in quoted speech")
            self.draft.records.append(record)

    def _quotes(self, subject_before: dict[int, str | None]) -> None:
        for read in attribute(self.text, self.spans, self.person_mentions, subject_before):
            words = self.text[read.span.start : read.span.end].strip()
            if read.speaker is None or len(words.split()) < 3:
                continue
            first = next((s for s in self.sentences if s.end > read.span.open_at), None)
            last = next((s for s in reversed(self.sentences) if s.start < read.span.end), None)
            start = first.start if first else read.span.open_at
            end = last.end if last else read.span.end
            quote = QuoteDraft((start, end), speaker=read.speaker, text=words, to=read.to)
            if read.role is not None:
                person = PersonDraft(
                    (start, end), name=read.speaker, role=ROLE_WORDS[read.role.lower()]
                )
                person.doubt(f"role read from 'the ... {read.role} said'")
                self.draft.people.append(person)
            for note in read.notes:
                quote.doubt(note)
            self.draft.quotes.append(quote)

    # -- report level ------------------------------------------------------------------------

    def _sections(self) -> list[tuple[int, MatchDraft | None]]:
        """A round-up's matches, each opening its section with a score line of its own
        ("WEST BROM 2 ARSENAL 3"): (offset, match), when there are two or more."""
        heads = []
        for index, sentence in enumerate(self.sentences):
            line_start = self._line_start(sentence.start)
            line_end = self.text.find("\n", sentence.start)
            line_end = len(self.text) if line_end < 0 else line_end
            line = self.text[line_start:line_end].strip()
            matches = self._results_of(index)
            if len(line) > 80 or line.endswith(".") or (heads and heads[-1][0] == line_start):
                continue
            if len(matches) == 1:
                heads.append((line_start, self.draft.matches[matches[0]]))
            elif _SCORE_LINE.match(line):
                heads.append((line_start, None))  # a score line the extractor could not read
        return heads if sum(m is not None for _, m in heads) >= 2 else []

    def _finish(self) -> None:
        matches = self.draft.matches
        sections = self._sections()
        main = self._main_match(sections)
        if (
            sections
            and main is not None
            and main.span[0] < sections[0][0]
            and not any(m is main for _, m in sections)
        ):
            # A match report with "other results" after it: its opening is its own.
            sections.insert(0, (0, main))
        if sections:
            # A round-up: what a section says is about its own match; what comes before the
            # first section (a date line) is about all of them.
            starts = [at for at, _ in sections]
            for sentence, found in self.pending:
                k = bisect.bisect_right(starts, sentence.start) - 1
                for _, match in sections if k < 0 else [sections[k]]:
                    if match is not None:
                        self._apply(match, found, sentence)
            for goal in self.draft.goals:
                k = bisect.bisect_right(starts, goal.span[0]) - 1
                if k >= 0:
                    own = sections[k][1]
                    goal.match = next((i for i, m in enumerate(matches) if m is own), None)
                    if goal.match is None:
                        goal.doubt("the report does not give the result of the match it was in")
                        self.orphans.add(id(goal))
            self.pending = []
        self.pending = [(s, f) for s, f in self.pending if not self._lead_in(s, f, main)]
        if main is not None:
            self._drop_publication_date()
            for sentence, found in self.pending:
                if (
                    "city" in found
                    and (main.venue in lexicon.STADIUMS or "venue" in found)
                    and not _with_ground(self.text[sentence.start : sentence.end], found)
                ):
                    found = {k: v for k, v in found.items() if k != "city"}
                self._apply(main, found, sentence)
        for match in matches:
            if match.city is None and match.venue in lexicon.STADIUMS:
                match.city = lexicon.STADIUMS[match.venue]
            if match.year is None and match.score is not None:
                match.year = self._filed_year(match)
            if match.year is None and match is main and self._year_guess():
                match.year = self._year_guess()
                match.doubt("the year was taken from dates elsewhere in the report")
        if main is not None:
            self._relative_dates(main)
            self._confirm_pairing(main)
            for match in matches:
                if match is not main and match.score is not None:
                    # Held-out reports: a result told in passing had the right sides and score
                    # three times in four, the main match's every time (tests/extract_corpus).
                    match.doubt("a result told in passing: check which side had which score")
        self._sides()
        for goal in self.draft.goals:
            goal.scorer = self.people.resolve(goal.scorer) or goal.scorer
        for quote in self.draft.quotes:
            quote.speaker = self.people.resolve(quote.speaker) or quote.speaker
        for person in self.draft.people:
            person.name = self.people.resolve(person.name) or person.name
        if main is not None:
            self._inherit(main)
            self._record_subjects(main)
        self._tie_goals(main)
        self._dedupe()

    def _drop_publication_date(self) -> None:
        """ "Published 14 May 2021" over a look-back that says "At the Westfalenstadion in
        Dortmund on 16 May 2001": the header is when it was written, not when the match was
        played, when the body dates a ground or city in an earlier year."""
        dated = [(s, f) for s, f in self.pending if "date" in f]
        if len(dated) < 2:
            return
        first: dates_mod.DateMention = dated[0][1]["date"][0]  # type: ignore[assignment]
        if first.year is None or not self._date_line(first)[2]:
            return
        for _, found in dated[1:]:
            said: dates_mod.DateMention = found["date"][0]  # type: ignore[assignment]
            placed = "venue" in found or "city" in found
            if placed and said.year is not None and said.year < first.year:
                dated[0][1].pop("date")
                return

    def _lead_in(
        self, sentence: Sentence, found: dict[str, tuple[object, int]], main: MatchDraft | None
    ) -> bool:
        """ "the second of those finals, at De Kuip on 31 May 1972. Inter had built their
        reputation on defending ... Ajax won 2-0": details said just before a result whose two
        teams are named from there on belong to that result, when it is not the main match.
        Applies them and says so."""
        index = next((i for i, s in enumerate(self.sentences) if s is sentence), None)
        if index is None:
            return False
        named = {m.name for m in self.sentence_teams.get(index, [])}
        if not named or (main is not None and named & set(main.teams)):
            return False
        if _FUTURE.search(self.masked[sentence.start : sentence.end]):
            return False  # "will meet Chelsea or Liverpool in the final on 21 May"
        seen = set(named)
        for later in range(index + 1, min(index + 4, len(self.sentences))):
            seen |= {m.name for m in self.sentence_teams.get(later, [])}
            for i in self._results_of(later):
                match = self.draft.matches[i]
                if match is not main and named & set(match.teams) and set(match.teams) <= seen:
                    self._apply(match, found, sentence)
                    return True
        return False

    def _fixtures(self) -> set[frozenset[str]]:
        """Pairs of teams the report names as a fixture: "between A and B", "A v B"."""
        mentions = self.team_mentions
        pairs: set[frozenset[str]] = set()
        for a, b in itertools.pairwise(mentions):
            gap = self.masked[a.end : b.start]
            before = self.masked[max(0, a.start - 9) : a.start]
            fixture = re.fullmatch(r"\s+(?:v|vs\.?|versus)\s+", gap) or (
                re.fullmatch(r"\s+and\s+", gap) and re.search(r"\bbetween\s+$", before)
            )
            if fixture and a.name != b.name:
                pairs.add(frozenset((a.name, b.name)))
        # "Atalanta ... their quarter-final with Liverpool", "the match against Liverpool" in a
        # sentence that names no third team.
        for index, teams in self.sentence_teams.items():
            names = {t.name for t in teams}
            if len(names) != 2:
                continue
            body = self.masked[self.sentences[index].start : self.sentences[index].end]
            for team in teams:
                if _FIXTURE_BEFORE.search(body[max(0, team.start - 30) : team.start]):
                    pairs.add(frozenset(names))
        return pairs

    def _confirm_pairing(self, main: MatchDraft) -> None:
        """The main match's opponent taken from nearby sentences stands when the report names
        that very pair as a fixture, and no other fixture of the team it was paired with."""
        fixtures = self._fixtures()
        for note in list(main.notes):
            taken = re.fullmatch(
                r"(.+) taken from (?:the surrounding sentences|the ground, .+)", note
            )
            if not taken or taken.group(1) not in main.teams:
                continue
            known = main.teams[1] if main.teams[0] == taken.group(1) else main.teams[0]
            if {f for f in fixtures if known in f} == {frozenset(main.teams)}:
                main.notes.remove(note)
        main.review = bool(main.notes)

    def _sides(self) -> None:
        """Home side first, where the report gives evidence of it (see quiz.extract.sides)."""
        for match in self.draft.matches:
            if match.score is None:
                continue
            body = self.masked[match.span[0] : match.span[1]]
            evidence = [
                *sides.sentence_evidence(body, self.teams.find(body), match),
                *sides.leg_evidence(self.masked, match),
                *sides.ground_evidence(match),
            ]
            match.home_why = sides.decide(match, evidence)

    def _inherit(self, main: MatchDraft) -> None:
        """Another match of the same tie or tournament shares the main match's competition."""
        for match in self.draft.matches:
            if match is main:
                continue
            same_tie = set(match.teams) == set(main.teams)
            # No year of its own but a stage: another round of the same tournament.
            same_year = (match.year is not None and match.year == main.year) or (
                match.year is None and match.stage is not None
            )
            if match.competition is None and main.competition and (same_tie or same_year):
                match.competition = main.competition
                match.doubt("competition taken from the report's main match")
            if match.stage is None and main.stage and same_tie and match.leg and main.leg:
                match.stage = main.stage
                match.doubt("stage taken from the other leg")

    def _record_subjects(self, main: MatchDraft) -> None:
        for record in self.draft.records:
            if record.kind == "attendance":
                record.subject = main.teams[0]
                if not main.ordered:
                    record.doubt("the home team is not stated; the first team named is used")
            elif record.subject is None and (side := self._managers_side(record)) is not None:
                record.subject = side
            elif record.subject is None and (side := self._speakers_side(record)) is not None:
                record.subject = side
                record.doubt(f"subject taken to be the speaker's side, {record.subject}")
            elif record.subject is None:
                record.subject = self._team_before(record.span[0]) or main.teams[0]
                record.doubt(f"subject taken to be {record.subject}")

    def _filed_year(self, match: MatchDraft) -> int | None:
        """ "3-0 last week" in a report filed on 2024-04-19 (a "date" line): 2024. Not in the
        first fortnight of January, when last week may be last year."""
        filed = [d for d in self.dates if d.metadata and d.year]
        sentence = self.masked[match.span[0] : match.span[1]]
        if len(filed) != 1 or not _RECENT.search(sentence):
            return None
        d = filed[0]
        return d.year if (d.month, d.day) >= (1, 15) else None

    def _team_before(self, start: int) -> str | None:
        """The last team named in the sentences before offset `start`."""
        for index in range(len(self.sentences) - 1, -1, -1):
            if self.sentences[index].start >= start:
                continue
            teams = self.sentence_teams.get(index, [])
            if teams:
                return teams[-1].name
        return None

    def _main_match(self, heads: list[tuple[int, MatchDraft | None]]) -> MatchDraft | None:
        """The match the report is about; `heads` are a round-up's sections, if any."""
        if not self.draft.matches:
            return None
        counts = Counter()
        for teams in self.sentence_teams.values():
            for team in teams:
                counts[team.name] += 1
        # A preview's first-leg score is not the match the report is about.
        scored = [
            m
            for m in self.draft.matches
            if m.score is not None and not any(m is e for e in self.earlier_legs)
        ]
        if not scored and self.earlier_legs:
            return None
        pool = scored or self.draft.matches
        if heads:
            # A match report followed by "other results" in short sections: the report's.
            lead = [m for m in pool if m.span[0] < heads[0][0]]
            pool = lead or pool

        def final_line(m: MatchDraft) -> bool:
            """ "Full time: It's all over! Spain 1-5 Netherlands." beats "Four years ago ...
            to give Spain a 1-0 win" between the same two sides."""
            line_start = self._line_start(m.span[0])
            return bool(FINAL_LINE.match(self.text[line_start : line_start + 30]))

        return max(
            pool,
            key=lambda m: (
                counts[m.teams[0]] + counts[m.teams[1]],
                final_line(m),
                -self.draft.matches.index(m),
            ),
        )

    def _managers_side(self, record: RecordDraft) -> str | None:
        """'Klopp's men ... 14 months': the team of a manager named with a team elsewhere."""
        teams = {
            p.name: p.team
            for p in self.draft.people
            if p.role in ("manager", "head coach") and p.team
        }
        sentence = self.text[record.span[0] : record.span[1]]
        for name, team in teams.items():
            if re.search(rf"{re.escape(name)}['’]s\s+(?:side|team|men|charges)\b", sentence):
                return team
        return None

    def _speakers_side(self, record: RecordDraft) -> str | None:
        """'"We gave away a dozen penalties," said X': the team X is named with."""
        teams = {p.name: p.team for p in self.draft.people if p.team}
        for quote in self.draft.quotes:
            if quote.span[0] <= record.span[0] < quote.span[1] and teams.get(quote.speaker):
                return teams[quote.speaker]
        return None

    def _tie_goals(self, main: MatchDraft | None) -> None:
        roles = {(p.name, p.team) for p in self.draft.people if p.team}
        for goal in self.draft.goals:
            if id(goal) in self.orphans:
                continue
            if goal.match is None and main is not None:
                leg = _LEG_OF_SENTENCE.search(self.text[goal.span[0] : goal.span[1]])
                said = None if leg is None else (1 if leg.group(1) else 2)
                if said is not None and main.leg is not None and said != main.leg:
                    goal.doubt("the report does not give the result of the match it was in")
                    continue
                goal.match = self.draft.matches.index(main)
            if goal.match is None:
                goal.doubt("no match result found for this goal")
                continue
            match = self.draft.matches[goal.match]
            if goal.team not in match.teams:
                goal.team = None
            if goal.team is None:
                known = [
                    team for name, team in roles if name == goal.scorer and team in match.teams
                ]
                if known:
                    goal.team = known[0]
                elif match.score is not None and 0 in match.score and match.score != (0, 0):
                    goal.team = match.teams[0] if match.score[1] == 0 else match.teams[1]
                    if goal.minute is None:
                        goal.doubt("team taken from the final score")

    def _dedupe(self) -> None:
        seen: dict[tuple[object, ...], Span] = {}
        goals = []
        for goal in self.draft.goals:
            key = (lexicon.fold(goal.scorer), goal.minute, goal.match)
            # One sentence may give one scorer two minute-less goals ("scoring twice").
            if key not in seen or (goal.minute is None and (goal.again or seen[key] == goal.span)):
                seen.setdefault(key, goal.span)
                goals.append(goal)
        # A minute-less goal repeats a timed one by the same scorer in the same match.
        timed = {(lexicon.fold(g.scorer), g.match) for g in goals if g.minute is not None}
        self.draft.goals = [
            g
            for g in goals
            if g.minute is not None or g.again or (lexicon.fold(g.scorer), g.match) not in timed
        ]
        people = []
        keys: dict[tuple[str, str], PersonDraft] = {}
        for person in self.draft.people:
            key = (lexicon.fold(person.name), person.role)
            if key in keys:
                kept = keys[key]
                kept.team = kept.team or person.team
                if kept.review and not person.review:
                    kept.review, kept.notes = False, []
                continue
            keys[key] = person
            people.append(person)
        self.draft.people = people
        records = []
        rkeys = set()
        for record in self.draft.records:
            key = (record.kind, record.value, record.subject)
            if key not in rkeys:
                rkeys.add(key)
                records.append(record)
        self.draft.records = records
        quotes = []
        qkeys = set()
        for quote in self.draft.quotes:
            key = (lexicon.fold(quote.speaker), lexicon.fold(quote.text))
            if key not in qkeys:
                qkeys.add(key)
                quotes.append(quote)
        self.draft.quotes = quotes


_COMPETITION_NAMES = sorted(
    {s for v in lexicon.COMPETITIONS.values() for s in v}, key=len, reverse=True
)
_COMPETITION_RE = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(_COMPETITION_NAMES)})(?![\w-])")
_CANONICAL_COMPETITION = {s: c for c, v in lexicon.COMPETITIONS.items() for s in v}
_STAGE_RE = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), name) for p, name in lexicon.STAGES]


def _competition(body: str) -> tuple[str, int] | None:
    for m in _COMPETITION_RE.finditer(body):
        if _NOT_MATCH_COMPETITION.match(body[m.end() :]):
            continue
        reach = _REACH.search(body[max(0, m.start() - 40) : m.start()])
        if reach and re.search(r"\b\d{4}\b", reach.group()):
            continue  # "their run to the 2020 Champions League quarter-finals": another season
        name = _CANONICAL_COMPETITION[m.group()]
        return name, m.start()
    return None


def _comp_text(body: str, comp: tuple[str, int]) -> str:
    m = _COMPETITION_RE.match(body, comp[1])
    return m.group() if m else ""


def _stage(body: str) -> tuple[str, int] | None:
    best: tuple[str, int] | None = None
    for pattern, name in _STAGE_RE:
        for m in pattern.finditer(body):
            if _REACH.search(body[max(0, m.start() - 40) : m.start()]):
                continue  # "to reach the final": where they are going, not this match
            if name == "final" and re.match(
                r"[- ]?(?:whistle|day|score|minutes?|stages?|third|"
                r"ball|kick)\b",
                body[m.end() :],
            ):
                continue
            if name == "final" and re.search(r"(?:semi|quarter)[- ]$", body[: m.start()]):
                continue
            if best is None or m.start() < best[1]:
                best = (name, m.start())
        if best is not None:
            return best
    return best


_STADIUM_NAMES = sorted(lexicon.STADIUMS, key=len, reverse=True)
_STADIUM_RE = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(_STADIUM_NAMES)})(?![\w-])")


def _venue(body: str) -> tuple[str, int] | None:
    for m in _STADIUM_RE.finditer(body):
        if re.search(
            r"(?:\b(?:at|in|inside|on|venue:?)\s+(?:the\s+)?|,\s*|^\s*)$",
            body[max(0, m.start() - 12) : m.start()],
            re.IGNORECASE,
        ):
            return m.group(), m.start()
    m = re.search(
        r"\b(?:at|in) the ((?:[A-Z][\w'’-]+ ){1,3}(?:Stadium|Arena|Park|Stadion|Stadio))", body
    )
    if m:
        return m.group(1), m.start(1)
    return None


def _with_ground(body: str, found: dict[str, tuple[object, int]]) -> bool:
    """ "Olympiastadion, Munich": the city is said with the ground itself."""
    if "venue" not in found:
        return False
    venue, city = str(found["venue"][0]), str(found["city"][0])
    return re.search(rf"{re.escape(venue)},\s*{re.escape(city)}\b", body) is not None


# Not "at the Groupama Arena, Lyon led Barcelona": the name there is a clause's subject.
_GROUND_CITY = re.compile(
    r",\s*([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?![\w'-])(?!\s+(?!(?:on|in|at|before|where|when|which|for|"
    r"with|and|as|that|the|last|this)\b)[a-z])"
)


def _city(body: str, sentence: Sentence, text: str) -> tuple[str, int] | None:
    for m in re.finditer(r"\bin ([A-Z][\w'-]+(?: [a-z]{2} [A-Z][\w'-]+| [A-Z][\w'-]+)?)", body):
        if m.group(1) in lexicon.CITIES:
            return m.group(1), m.start(1)
    for m in _GROUND_CITY.finditer(body):
        # "Olympiastadion, Munich": the city said with a ground beats the ground's usual city.
        words = body[max(0, m.start() - 60) : m.start()].split()[-4:]
        if m.group(1) in lexicon.CITIES and any(
            " ".join(words[i:]) in lexicon.STADIUMS for i in range(len(words))
        ):
            return m.group(1), m.start(1)
    m = _DATELINE.match(body)
    if m and sentence.start < 400:
        word = m.group(1).strip().title()
        if word in lexicon.CITIES:
            return word, m.start(1)
    field = _FIELD_LINE.match(body)
    if field and field.group(1).lower() == "venue":
        for city in lexicon.CITIES:
            if re.search(rf",\s*{re.escape(city)}\b", body):
                return city, body.index(city)
    return None
