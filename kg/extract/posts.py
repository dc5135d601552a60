"""Posts: a person, the title they hold and the organisation they hold it at.

News writes a post in a handful of shapes, each read here from the tokens around a person
mention, with organisations already linked (see entities.py):

- apposition after the name: "Maria Principe, Director of ... at Nottingham City CCG, said";
  "Alastair McLellan, HSJ editor, said"; "Jill Colbert, Trafford Council's Interim ...";
  one title at two organisations: "... Director for Pennine Care and Trafford Council";
- a title before the name: "Editor of the Health Service Journal, Alastair McLellan said";
  "Council Leader Councillor Michael Jones said" (the organisation is the article's council);
- a predicate: "Danielle Oum has been confirmed as chair of ...", "Oum's previous role was
  as chair of ...", "He ... served as vice chair of NHS London".

A title is a phrase containing a word from kg/data/titles.txt; compound titles ("GP and
clinical chair") keep their last part, the one the organisation belongs to.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from ..facts import Evidence, Post
from .entities import GENERIC_NOUNS, JOINT_WORK_BOARDS, Entities, Mention, category_entry_lines
from . import lexicon
from .lexicon import Lexicon
from .organisations import MONTHS, expand_abbreviation, is_own_committee, place_of
from .partnerships import coordinated_groups
from .tables import partnership_named_most_before
from .people import at_line_start, in_attendance_block, initials_bracket_after, is_council_honorific, minutes_body, \
    title_start_before
from .tokens import BULLETS, DASHES, capitalised_words, doc_sents, doc_text, doc_tokens, span_text, span_tokens, tokens_text

REPORTING_LEMMAS = lexicon.words("reporting_lemmas")
QUOTE_CHARS = {'"', "“", "”", "‘", "’", "'", "«", "»"}
LEADING_JUNK = lexicon.words("leading_junk")
#: The nouns that refer back to a body of a kind ('the group', 'the council'), longest first, each
#: with its kind and a whole-word pattern compiled once ("Group Chair": the group's chair).
GENERIC_NOUN_PATTERNS = [(noun, kind, re.compile(rf"\b{re.escape(noun)}\b"))
                         for noun, kind in sorted(GENERIC_NOUNS.items(), key=lambda kv: -len(kv[0]))]
#: "... has been appointed its director of X": a passive appointment to a title of 'its' body.
PASSIVE_ITS = re.compile(r"^\s*(?:has|have|had|will)\s+been\s+(?:appointed|named|confirmed|chosen|selected)\s+"
                         r"(?:as\s+)?(?:its|their)\s", re.I)
#: Words that open an adjunct of the clause after an apposition's body: "heard from A, chair of X,
#: about the plans", "spoke to A, director of X, on Monday".
ADJUNCT_OPENERS = {"about", "on", "regarding", "during", "after", "before", "following", "ahead"}
#: A university's own parts: "Faculty of Life and Health Sciences", "School of Nursing".
UNIVERSITY_UNIT = re.compile(r"^(?:The\s+)?(?:Faculty|School|Graduate School)\s+of\s+")
#: "Liberal Democrat councillor": the party is the councillor's, not part of the post.
PARTY_BEFORE_COUNCILLOR = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(lexicon.words("party_labels"), key=len, reverse=True))
    + r")\s+(?=councillors?\b)", re.I)
TRAILING_JUNK = lexicon.words("trailing_junk")
FORMER_WORDS = lexicon.words("former_words")
PREDICATE_TRIGGERS = lexicon.words("predicate_triggers")
#: After a body and a comma, the last post held there: ", latterly as", ", most recently as".
LATTERLY = re.compile(r"(?:latterly|lastly|finally|eventually|most recently) as\b", re.I)
#: Lower-case ordinals before a title: the post's first holder, not part of its name.
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth"}
SMALL_WORDS = {"of", "for", "and", "the", "in", "at", "to", "on", "with", "&"}
#: Where a title held over several bodies ends: "chair of both trusts", "for all three councils".
SHARED_OVER = re.compile(r"\s+(?:of|for|at|across)\s+(?:both|all|each|the (?:two|three|four|five))\b.*", re.I)
OBJECT_PRONOUNS = {"him", "her"}
#: Words that open a clause of their own after a predicate ("until the X appoints a successor").
CLAUSE_MARKS = {"until", "till", "unless", "because", "while", "once", "whilst"}
#: Where a title ends at the latest: a dash, a bracket, or a comma opening a clause.
TITLE_END = re.compile(r"\s*(?:\s[–—-]\s|\(|,\s*(?:and|which|who|that|but|while|where|whose|before|after|until|when|he|she|they|it|we|"
                       r"having|joining|leaving|reporting|working|based|covering|overseeing|supporting|giving|"
                       r"meaning|bringing|following|replacing|succeeding|ensuring|allowing)\b"
                       r"|,\s*responsible\s+for\b"  # ", reporting to the board", ", responsible for ..."
                       r"|\s+(?:who|which|whose)\s+(?:\w+\s+)?(?:worked|works|has|had|is|was|ran|runs|led|leads|"
                       r"joined|spent)\b"  # "a retired consultant anaesthetist who worked at X"
                       r"|\s+(?:before|after|until|since|on)\s+(?:becoming|joining|moving|taking|being|leaving|"
                       r"returning|retiring)\b"  # "medical director before becoming its chief executive"
                       r"|\s+and\s+(?:will|would|shall|has|had|is|was|who|which|then|also|now|currently|later)\b"  # "... and will go back"
                       r"|,\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:post|role|job|position|appointment)\b"  # ", a joint post"
                       r"|,?\s+for\s+(?:agenda\s+)?(?:minutes?|items?)\s+\d)", re.I)  # minutes' "(Chair of X, for minute 93)"
#: Words between a title and a body that say the post is not held there: "director under the X
#: programme", "lead alongside X", "manager through X".
NOT_HELD_AT = {"under", "through", "via", "alongside", "beside", "against", "towards", "despite"}
#: Verbs of going to work at a body ('joined X as', 'was seconded to X as', 'transferred to X as').
JOINING_VERBS = {"join", "rejoin", "work", "return", "move", "second", "transfer", "come", "go"}
#: Words of a sentence that gives someone a new post ('has been appointed director of X').
NEW_POST = re.compile(r"\b(?:appointed|will become|will join|joins|is joining|takes up|will take up|named as|"
                      r"moves to|is moving to|has been made)\b", re.I)
#: Words after which a predicate's title without a body has ended: "acting chief executive since then".
NO_TITLE_AFTER = {"from", "in", "on", "since", "until", "after", "while", "at", "with", "by", "when", "during", "for",
                  "and", "but", "to", "until", "before", "alongside"}
#: Possessors that are part of a title: "Children's Services Director", "Queen's Nurse".
COMMON_POSSESSORS = {"children", "women", "men", "people", "young people", "older people", "queen", "king", "patients",
                     "carers", "citizens", "members", "employees", "workers", "nurses", "doctors"}
#: A date after a title: "... in August", "... since 2019", "... from 1 April".
WHEN_AFTER = re.compile(r"\s+(?:in|from|since|until|on|by|between)\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+)?"
                        r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"(?:19|20)\d\d|(?:the\s+)?(?:spring|summer|autumn|winter|end\s+of))\b.*$"
                        # "appointed programme lead last month", "named chief executive this week"
                        r"|(?<!until)(?<!till)\s+(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|spring|summer|"
                        r"autumn|winter|January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$"
                        r"|\s+(?:yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b.*$"
                        # "as its chair for two years", "interim chief executive for six months": a term, not the title
                        r"|\s+for\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|\d+|"
                        r"(?:a\s+)?(?:further|second|third|another)(?:\s+\w+)?)\s+(?:years?|months?|weeks?|terms?)\b.*$")
#: A time before a title says the post is no longer held: "was until last month director of finance".
UNTIL_BEFORE = re.compile(r"^(?:until|till)\s+(?:recently|(?:last|earlier this)\s+(?:week|month|year|spring|summer|"
                          r"autumn|winter)|(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?),?\s+(?:(?:an?|the)\s+)?", re.I)
PHOTO_NOTES = {"pictured", "left", "right", "above", "below", "centre", "center", "inset", "top", "bottom"}
MALE = {"Mr", "Sir", "Lord"}
FEMALE = {"Ms", "Mrs", "Miss", "Dame", "Lady"}
#: Words between people and their titles in a "respectively" sentence that belong to neither.
FILLERS = {"are", "is", "were", "was", "will", "be", "the", "of", "at", "for", "become", "as", "currently", "now",
           "respectively", "who"}
COMPANY_ENDS = {"ltd", "ltd.", "limited", "plc", "cic", "llp", "company"}
COPULAS = {"is", "was", "will", "be", "has", "been", "are", "becomes", "remains"}
#: A person stepping into a post named only earlier: "will take up the post in May", and, after "Z has
#: appointed a new T", "X, currently ... at Y, will start in September".
TAKES_UP = re.compile(r"\b(?:take|takes|taking|took|taken|start|starts|started|begin|begins|fill|fills|filled|"
                      r"step|steps|stepped|appointed|accepted|offered)\s+(?:up\s+|in(?:to)?\s+|to\s+)?"
                      r"(?:the|this|that|her|his)\s+(?:new\s+)?(?:role|post|position|job|vacancy)\b"
                      r"|\bwill\s+(?:start|begin|join\s+(?:the\s+)?(?:council|trust|board|authority)|take\s+up\s+"
                      r"(?:the\s+)?(?:appointment|post|role))\s+(?:in|on|next|from|at\s+the\s+start\s+of)\b", re.I)
#: "The collaborative's first joint post is a head of X": a post announced before its holder.
POST_IS = re.compile(r"^\s*(?:the\s+)?[^,.]{1,60}?['’]s\s+(?:first\s+|new\s+|only\s+)*(?:joint\s+|shared\s+)?"
                     r"(?:post|role|appointment)\s+(?:is|will be)\s+(?:a|an|that of)\s+(?P<title>[a-z][\w -]{2,60}?)\s*[,.]",
                     re.I)
#: Verbs that announce a post before its holder is named: "has appointed its first chair".
ANNOUNCING = {"appoint", "name", "recruit", "seek", "advertise", "announce", "create", "choose", "select", "hire",
              "elect"}
#: Words of an announced post that describe the vacancy, not the title.
VACANCY_WORDS = {"first", "new", "permanent", "substantive", "single"}


def normalise_title(title: str) -> str:
    """'director of transformation and place development' -> 'Director of Transformation and Place Development'."""
    words = title.split()
    out = []
    for i, w in enumerate(words):
        if w.lower() in SMALL_WORDS and i > 0:
            out.append(w.lower())
        elif w.isupper() and len(w) > 1:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def without_own_place(role: str, organisation: str | None, lex: Lexicon) -> str:
    """'Mayor of Causeway Coast and Glens' at Causeway Coast and Glens Borough Council -> 'Mayor':
    the place after a title's 'of' is the body's own, which the post names already; so is the
    body's own name or place before a title ('Nursing Times editor' at Nursing Times -> 'editor')."""
    for own in (organisation, place_of(organisation) if organisation else None):
        if own and role.lower().startswith(own.lower() + " ") and has_title(role[len(own) + 1:], lex):
            return role[len(own) + 1:]  # "Western Bay Programme Director" at the Western Bay programme
    m = re.match(r"(.+?)\s+of\s+(?:the\s+)?(.+)$", role)
    if not m or not organisation or not has_title(m.group(1), lex):
        return role
    place, org = m.group(2).lower(), organisation.lower()
    if place == (place_of(organisation) or "").lower() or (org.startswith(place + " ") and place != org):
        return m.group(1)
    return role


#: A paper's roles before a colon ("Report author: X, Title", "Executive lead: Y, Title"): who
#: wrote or answers for the paper, not a post; the title after the name is the post.
REPORT_ROLES = re.compile(r"^(?:report\s+)?(?:author|authors?|(?:written|prepared|presented|submitted|compiled) by|report by|"
                          r"authors? of (?:the |this )?(?:report|paper)|"
                          r"(?:executive|lead|responsible)\s+(?:lead|officer|director|sponsor)|(?:executive\s+)?sponsor|"
                          r"contact(?:\s+officer)?)$", re.I)


@lru_cache(maxsize=4096)
def _title_then_of(title: str) -> re.Pattern:
    """'<title> of ', any case (compiled once per title: titles recur across articles, and
    re's own cache of 512 patterns is too small for a build's many)."""
    return re.compile(rf"(?i:\b{re.escape(title)})\s+of\s+")


def has_title(text: str, lex: Lexicon) -> bool:
    low = text.lower()
    if lex.title_phrase_pattern.search(low):
        return True
    return any(lex.is_title_word(w.strip(",.'’()"), plural=False) for w in low.split())  # "vice-chairman" too


#: "... post has been held on an interim basis by", "... is filled by": who holds a post named before.
HELD_BY = re.compile(r"\b(?:held|filled|taken|covered)\b[^.;]{0,40}\bby\s*$", re.I)
#: "... of the three CCGs", "... of both trusts": a count of one kind of body after a title.
OVER_A_KIND = re.compile(r"\s+(?:of|at|for|across)\s+(?:both|all|the)\s+(?:(?P<count>two|three|four|five|six)\s+)?"
                         r"(?:[A-Z]{2,6}\s+)?(?P<noun>ccgs|trusts|councils|icbs)\b", re.I)
#: "the CCGs' joint chief finance officer": a title held at each body of a group.
PLURAL_POSSESSIVE = re.compile(r"\bthe (?:two |three |four )?(trusts|councils|ccgs|boards|icbs)['’]\s+", re.I)
#: "the two CCGs", "both trusts": bodies spoken of as a group (the noun says their kind).
PLURAL_GROUP = re.compile(r"\b(?:both|the (?:two|three|four))\s+(?:of the\s+)?(?:predecessor\s+|former\s+|old\s+)?"
                          r"(?:trust\s+|council\s+|hospital\s+)?"  # "both trust boards"
                          r"(trusts|councils|ccgs|boards|icbs|organisations|bodies|authorities)\b", re.I)
#: A partnership's own offices: in the project's gold every co-chair (46 of 46) and most
#: co-ordinators (36 of 46) are posts at a partnership, so 'it' before one means a partnership.
PARTNERSHIP_OFFICE = re.compile(r"\bco-?(?:chair|ordinator)", re.I)
#: A board's chairing offices, named bare after "The" ("The vice chair is Dr X").
CHAIR_OFFICE = re.compile(r"(?:vice|deputy|co)?[- ]?chair(?:man|woman|person)?|co-?ordinator")
#: Kinds a group's noun may name ("both trusts"); "organisations" and "bodies" name none.
KINDS_OF_GROUPS = {"NHSTrust", "LocalAuthority", "CCG", "ICB"}
#: Words before "both organisations" / "the three trusts" that make it the bodies a post spans.
HOLDS_OVER = re.compile(r"\b(?:lead|leads|leading|chair|chairs|chairing|run|runs|head|heads|manage|manages|oversee|"
                        r"oversees|serve|serves|cover|covers|span|spans|of|across|for|at)\s*$", re.I)


def _holds_over(text: str, at: int) -> bool:
    """Whether the group phrase at `at` is what a post spans ('will lead both organisations',
    'chief officer of both CCGs'), outside quotation marks and not after a reporting verb
    ('Mr Pennock said the three trusts had ...')."""
    before = text[:at]
    if sum(before.count(q) for q in '"“”') % 2 or re.search(r"\b(?:said|says|added|told)\b", before) \
            or re.search(r"\bbehalf of\s*$", before, re.I):  # "employed by X on behalf of the three partners"
        return False
    return bool(HOLDS_OVER.search(before))


def _names_a_field(doc: Doc, k: int) -> bool:
    """'director of commissioning', 'head of nursing': a verb's -ing form after a title's 'of' or
    'for' names the field of the title, not the clause's verb."""
    toks = doc_tokens(doc)
    return toks[k].tag_ == "VBG" and k > 0 and toks[k - 1].lower_ in {"of", "for"}


def _subject_bodies(verb, orgs: list[Mention]) -> list[Mention]:
    """Of the bodies before an appointing verb, those in its subject ('The appointment, approved
    by NHS X, came after Y Council confirmed Z as its director': Y Council); all of them when
    the subject names none."""
    subject = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    named = [m for m in orgs if any(i in subject for i in range(m.start, m.end))]
    return named or orgs


def _is_trigger(tok) -> bool:
    """A word after which a predicate's title starts: 'appointed as', 'will be', 'became'."""
    return tok.lower_ in PREDICATE_TRIGGERS and tok.pos_ in {"VERB", "AUX", "ADP"}


def _is_appointing_verb(tok) -> bool:
    """'has been elected chair', 'became chief executive', 'serves as': a verb a title follows."""
    return tok.pos_ == "VERB" and tok.lemma_ in {"become", "appoint", "name", "elect", "serve"}


#: Sentences that name a person for the post of someone met before: "His successor is A", "Her deputy, B".
#: "A replaces B", "replacing B", "who succeeded B": the one named after the verb held the post before.
ACTIVE_SUCCESSION_VERBS = {"replace", "replaces", "replaced", "replacing", "succeed", "succeeds", "succeeded", "succeeding"}
#: "He has been succeeded by X", "She was replaced as chair by X": the person after "by" takes the post.
SUCCEEDED_BY = re.compile(r"\s*(he|she)\s+(?:has\s+|had\s+|will\s+|is\s+to\s+)?(?:been\s+|be\s+|was\s+|is\s+)?"
                          r"(?P<verb>succeeded|replaced|followed)\b(?:\s+as\s+(?P<as>[^,.;]{1,60}?))?\s+by\s+", re.I)
#: Later in a sentence whose subject is named: "..., and will be succeeded in January by X".
SUCCEEDED_LATER = re.compile(r"\b(?:will\s+be|has\s+been|had\s+been|was|is\s+to\s+be)\s+(?P<verb>succeeded|replaced)"
                             r"(?:\s+(?:in|on|from|at|next)\s+[^,.;]{1,30}?)?(?:\s+as\s+(?P<as>[^,.;]{1,60}?))?\s+by\s+", re.I)
#: "He hands over to Cllr X", "She handed over the chair to X": X takes the chairing office the one
#: 'he' or 'she' points back to held.
HANDS_OVER_TO = re.compile(r"\s*(he|she)\s+(?:has\s+|had\s+|will\s+|is\s+to\s+|is\s+|was\s+)?"
                           r"(?:hands|handed|hand|handing)\s+over(?:\s+the\s+(?:chair|reins))?\s+to\s+", re.I)
#: A title and its dates in a board list's bracket: "Treasurer to November 2019", "Acting Chief
#: Executive, January to May 2020", "Vice Chair from 2016".
BRACKETED_TERM = re.compile(r"(?P<title>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&))*?)\s*,?\s+(?:to|until|from|since|"
                            r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"(?:19|20)\d\d)\b)")
#: "A former district nurse with the health board, she ...": an opening phrase with a past post, then the pronoun.
FRONTED_FORMER = re.compile(r"\s*(?:A|An)\s+(?:former|one-time|retired)\s+(?P<title>[\w'’ -]{2,60}?)\s+(?:with|at|for|in)\s+"
                            r"(?P<org>[^,;]{2,80}?)\s*,\s+(?P<pronoun>he|she)\b")
#: After a name (and an apposition): "will act as Assistant Director until ...".
ACTS_AS = re.compile(r"(?:\s*,[^,;]{1,80},)?\s+(?:will|would|is\s+to|has\s+agreed\s+to|is\s+acting|has\s+been\s+acting)?\s*"
                     r"act(?:s|ing)?\s+as\s+(?:the\s+)?(?P<title>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&))*)")
#: After a name: ", whose post as X is jointly funded by" (the bodies follow).
FUNDED_POST = re.compile(r",\s+whose\s+(?:post|role|job)\s+as\s+(?:the\s+)?(?P<title>[A-Z][\w'’ -]{2,60}?)\s+is\s+"
                         r"(?:jointly\s+funded|funded\s+jointly|co-funded|funded)\s+by\s+(?:the\s+)?")
#: A post someone is leaving for, not leaving: "when Dr A leaves to become medical director at X".
LEAVES_FOR = re.compile(r"\b(?:to become|leaves? to|leaving to|to join|will become|will join)\b", re.I)
HIS_SUCCESSOR = re.compile(r"\s*(his|her)\s+(?:successor|replacement)\s+(?:is|will be|has been named as)\s+", re.I)
HIS_DEPUTY = re.compile(r"\s*(his|her)\s+deputy\s*,?\s+", re.I)
#: "The 46-year-old, a former consultant at X, said": an age for the person named before, then an apposition.
AGED_OPENING = re.compile(r"\s*the\s+\d{2}-year-old\s*,\s+(?:an?|the)\s+", re.I)
HIS_VICE_CHAIR = re.compile(r"\s*(his|her)\s+(vice[- ]?chair(?:man|woman)?)\s*(?:,\s*|\s+(?:is|will be)\s+)", re.I)
#: A title in the plural names several people's posts, not one: "the chief officers of ...".
PLURAL_TITLE = re.compile(r"\b(?:officers|directors|members|executives|chairs|managers|leads|heads)\b", re.I)
#: Counts a text spells out, and their numbers: "one of the council's three voting members", "both
#: trusts", "the three councils".
NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
#: Words for a relative, whose post a text may give beside a person's ("His wife is employed by X").
RELATIVES = {"spouse", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "partner"}
#: "The trust has been led on an interim basis by A": the cover is the body's interim head.
INTERIM_COVER = re.compile(r"\b(?:has|have|had|will|would)?\s*(?:been|be|was|were|is)\s+(?:being\s+)?(?P<verb>led|run|covered|"
                           r"filled|held|headed|managed)\s+(?:(?:since|from|until)\s+[^,.;]{1,30}?\s+)?(?:on\s+an?\s+"
                           r"(?:interim|temporary|acting)\s+basis|in\s+an?\s+(?:interim|acting)\s+capacity)"
                           r"(?:\s+(?:since|from|until)\s+[^,.;]{1,30}?)?\s+by\b", re.I)
#: "two new Non-Executive Directors, A and B", "three new members are A, B and C": a count of
#: post-holders, their title in the plural, and then the people.
COUNTED_TITLES = re.compile(r"\b(?:two|three|four|five|six|seven|eight|[2-9])\s+(?:new\s+|more\s+|further\s+|additional\s+|"
                            r"newly[- ]appointed\s+)?(?P<title>(?:[\w-]+\s+){0,3}?(?:directors|members|trustees|governors|"
                            r"chairs|officers|representatives|advisers|advisors|leads))(?=\s*(?:,|:|[–—]|\s(?:are|were|will be)\b))",
                            re.I)
#: A line that ends with the chair of a meeting in brackets: "Name, Body (Vice-Chair)".
MEETING_CHAIR = re.compile(r"\(((?:vice[- ]?)?(?:chair|chairman|chairwoman|chairperson|convener|convenor))\)$", re.I)


def _squashed(title: str) -> str:
    """'Vice Chair', 'vice-chair' -> 'vicechair': one key for the ways a title is written."""
    return re.sub(r"[\s-]", "", title.lower())


def _before_a_second_verb(tokens: list) -> list:
    """A title's tokens up to an 'and' that opens a second predicate: a verb, or an adverb and a
    verb, follows it ('director of commissioning and previously worked for X')."""
    words = [t for t in tokens if not t.is_space]
    for k in range(1, len(words) - 1):
        nxt = words[k + 1]
        if words[k].lower_ == "and" and (nxt.pos_ in {"VERB", "AUX"} and nxt.tag_ != "VBG" or (
                nxt.pos_ == "ADV" and k + 2 < len(words) and words[k + 2].pos_ in {"VERB", "AUX"})) \
                and not _a_field_noun_read_as_a_verb(words, k):
            return [x for x in tokens if x.i < words[k].i]
    return tokens


#: Words that open a verb's object: after "and leads" they say "leads" is a verb, not a field.
OBJECT_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"}


def _a_field_noun_read_as_a_verb(words: list, k: int, start: int = 0) -> bool:
    """'director of health and care for the north': a base-form verb after the 'and' of a
    title's field ('of' or 'for' before it, a noun just before 'and') with no object of its own
    is the field's second noun; 'director of nursing and leads the team' is a second predicate."""
    nxt = words[k + 1]
    after = words[k + 2].lower_ if k + 2 < len(words) else ""
    return nxt.pos_ == "VERB" and nxt.tag_ in {"VB", "VBP"} and nxt.is_lower and words[k - 1].pos_ == "NOUN" \
        and _field_opened(words, start, k - 1) and after not in OBJECT_OPENERS


def _field_opened(toks, start: int, k: int) -> bool:
    """Whether a title's field has opened between `start` and `k`: an 'of' or 'for' ('head of X')."""
    return any(t.lower_ in {"of", "for"} for t in toks[start:k])


def _bracketed_title(tokens: list, lex: Lexicon) -> list:
    """A board table's "X (Non-Executive Director)    Member": a title in brackets right after the
    body ends at its closing bracket; the cell after it is another column."""
    opened = 1 if tokens and tokens[0].text == "(" else 0
    close = next((k for k, t in enumerate(tokens) if k >= opened and t.text in {"(", ")"}), None)
    if close is not None and tokens[close].text == ")" \
            and has_title(" ".join(t.text for t in tokens[opened:close]), lex):
        return tokens[opened:close]
    return tokens


#: "Corporate Director – Social Services and Wellbeing", "Strategic Director - People": a title
#: in capitals with no field of its own, a spaced dash, then its field in capitals to the end.
DASHED_FIELD = re.compile(r"^(?:[A-Z][\w'’-]*\s)+[–—-]\s(?:[A-Z][\w'’-]*|and|&)(?:,?\s(?:[A-Z][\w'’-]*|and|&))*$")


def _a_field_in_capitals(toks, k: int, end: int) -> bool:
    """'Group Manager [for] Integrated Community Services', '... for Mental Health [and] Learning
    Disabilities': 'for' or 'and' between capitalised words of a title in capitals goes on with
    its field ('acting chief executive for six months' ends before 'for')."""
    return toks[k].lower_ in {"for", "and", "&"} and k > 0 and k + 1 < end and toks[k - 1].text[:1].isupper() \
        and toks[k + 1].text[:1].isupper() and toks[k + 1].is_alpha


def _a_field_in_lower_case(toks, start: int, k: int, end: int) -> bool:
    """'head of health [and] social care': 'and' inside a title's field (an 'of' or 'for' after
    the title's start) goes on when a lower-case noun or adjective follows; 'director of finance
    and was' ends at 'and'."""
    if toks[k].lower_ not in {"and", "&"} or k + 1 >= end:
        return False
    after = toks[k + 1]
    return _field_opened(toks, start, k) and after.is_lower and after.is_alpha \
        and (after.pos_ in {"NOUN", "ADJ"} or after.tag_ == "VBG")


def _field_after_a_dash(tokens: list, dash: int) -> bool:
    """'Corporate Director – Social Services and Wellbeing': a title with no field of its own
    ('of', 'for') before a spaced dash, and after it capitalised words (with 'and', '&', ',')
    to the chunk's end: the title's field, written after the dash as council structures do.
    (DASHED_FIELD reads the same on the title's text, which has lost the chunk's closing comma.)"""
    before = [t.lower_ for t in tokens[:dash]]
    after = [t for t in tokens[dash + 1:] if not t.is_space]
    return bool(after) and not {"of", "for", "at"} & set(before) and after[0].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.lower_ in {"and", "&", ","} for t in after)


def clean_title(tokens: list, lex: Lexicon, body_follows: bool = False) -> tuple[str, bool]:
    """Title text from a chunk of tokens, and whether it says the post was held before.
    `body_follows`: the organisation the title goes with is named right after it, so of two
    titles joined by "and" it goes with the second (`split_second_title`)."""
    for k in range(len(tokens) - 1, -1, -1):  # "will step in as interim chief officer" -> after "as"
        if _is_trigger(tokens[k]) and k < len(tokens) - 1:
            tokens = tokens[k + 1:]
            break
    tokens = _before_a_second_verb(tokens)
    tokens = _bracketed_title(tokens, lex)
    dash = next((k for k, t in enumerate(tokens) if k > 0 and t.text in DASHES and t.whitespace_
                 and tokens[k - 1].whitespace_), None)
    if dash is not None and has_title(" ".join(t.text for t in tokens[:dash]), lex) \
            and not _field_after_a_dash(tokens, dash):
        tokens = tokens[:dash]  # "head of integration - a role she never held": an aside after a spaced dash
    content = [t for t in tokens if not t.is_space and t.lower_ not in LEADING_JUNK and t.lower_ not in FORMER_WORDS]
    if content and content[0].pos_ == "VERB" and content[0].dep_ not in {"amod", "compound"} \
            and content[0].tag_ in {"VB", "VBP", "VBZ", "VBD"} \
            and not lex.title_phrase_pattern.match(" ".join(t.lower_ for t in content)):
        # "will lead the programme": a verb, not the title "lead" (but "approved mental health professional")
        return "", False
    if any(a.lower_ == "to" and b.tag_ == "VB" for a, b in zip(tokens, tokens[1:])):
        return "", False  # "seconded for a year to lead the team": a clause, not a title
    words = [t.text for t in tokens if not t.is_space]
    former = any(w.lower().strip("-") in FORMER_WORDS for w in words)
    words = [w for w in words if w.lower().strip("-") not in FORMER_WORDS]
    words = [w for k, w in enumerate(words) if w not in lex.suffixes and (
        w not in lex.prefixes or words[k + 1:k + 2] in (["of"], ["for"]))]  # "Mayor of X" is a post, "Mayor X" a style
    while words and (words[0].lower() in LEADING_JUNK or words[0] in QUOTE_CHARS
                     or (words[0] in ORDINALS and words[1:2] and lex.is_title_word(words[1]))):
        words.pop(0)  # "the first director of integrated care" (but "First Minister")
    while words and (words[-1].lower() in TRAILING_JUNK or words[-1] in QUOTE_CHARS or words[-1] in {".", ",", ";", ":"}):
        words.pop()
    text = " ".join(words).replace(" ,", ",").replace(" - ", "-").replace(" 's", "'s")
    text = re.sub(r"(?<=\ws) (['’])(?= )", r"\1", text)  # "Head of Adults' Services": a plural possessive, whole
    text = re.sub(r"^[A-Za-z]+s\s?['’]\s+(?=\S)", "", text)  # "trusts' joint chair": the group's, not the title
    owner = re.match(r"^((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s?['’]s\s+(?=\S)", text)
    if owner and owner.group(1).lower() not in COMMON_POSSESSORS and has_title(text[owner.end():], lex):
        text = text[owner.end():]  # "Bournemouth's cabinet member for adult care": the place's, not the title
    text = SHARED_OVER.split(text)[0]  # "chair of both trusts": the role is "chair"
    text = WHEN_AFTER.split(text)[0]  # "General Manager for Aberlour in August": the role ends before the date
    if not DASHED_FIELD.match(text):  # ("Corporate Director – Social Services and Wellbeing": one title)
        text = TITLE_END.split(text)[0]  # "Programme Director – funded jointly by", "Chair, and that"
    until = UNTIL_BEFORE.match(text)
    if until:  # "until last month director of finance": held, and no longer
        former, text = True, text[until.end():]
    text = re.sub(r"^in the (?=(?:vice[- ]?)?chair\b)", "", text, flags=re.I)  # minutes' "Councillor X, in the Chair"
    lead = re.match(r"(?:but|and|so|formerly|previously|latterly|most recently|before that|prior to that|"
                    r"until then)\s+", text, re.I)
    if lead:  # "But Liberal Democrat group leader", "formerly head of nursing", "most recently chairman of X"
        former = former or lead.group().strip().lower() not in {"but", "and", "so"}
        text = text[lead.end():]
    text = PARTY_BEFORE_COUNCILLOR.sub("", text)
    opened = NOUN_WITH_BEFORE_TITLE.match(text)
    if opened and has_title(text[opened.end():], lex) and not has_title(opened.group(0), lex):
        text = text[opened.end():]  # "project with the Mayor of Sunderland": the title starts after "with the"
    if re.search(r"\bteams?$", text, re.I):
        return "", False  # "the Chief Executive's Team": a group of people, not a post
    second = SECOND_DESCRIPTION.search(text)
    if second and not body_follows and has_title(text[:second.start()], lex):
        text = text[:second.start()]  # "the CCG's clinical chair and a GP in Old Town": the post ends at "and a"
    # compound titles: "GP and clinical chair" -> "clinical chair" (the part the organisation goes with)
    head = re.split(r"\b(?:of|for|at)\b", text, maxsplit=1)[0]
    parts = [p.strip(" ,") for p in re.split(r"\band\b|,", head)]
    if len(parts) >= 2 and all(has_title(p, lex) for p in parts if p):
        text = text[text.rfind(parts[-1]):]
    if body_follows:
        text = split_second_title(text, lex)[1] or text
    return text, former


#: "clinical chair and a GP in Old Town": a second description, with its own article, after the title.
SECOND_DESCRIPTION = re.compile(r",?\s+and\s+(?:a|an)\s+(?=\S)")
#: Words before a title that are no part of it: "[project with the] Mayor of X", "[visit by the] chair".
NOUN_WITH_BEFORE_TITLE = re.compile(r"^(?:[a-z][\w-]*\s+){1,2}(?:with|by|from|alongside)\s+(?:the\s+|its\s+|their\s+)?")


#: "... and chair", "... and deputy chief executive": a short title after a title's last "and".
SECOND_TITLE = re.compile(r"\s(?:and|&)\s+((?:(?!and\s)[\w-]+\s+){0,2}[\w-]+)$")


#: Words that open a title before its head word: "Executive Director", "Chief Social Work Officer".
TITLE_OPENERS = {"executive", "deputy", "assistant", "associate", "interim", "acting", "chief", "senior"}


def two_full_titles(text: str, lex: Lexicon) -> list[str]:
    """'Director of Women and Children's Services and Executive Director of Social Work' -> the two
    titles: split at the 'and' after which a capitalised title opens ('Executive Director of ...'),
    each side a title with its field; [] when there is no such 'and' ('Director of Nursing and
    Midwifery' is one title)."""
    for m in re.finditer(r"\s(?:and|&)\s+(?=[A-Z])", text):
        first, second = text[:m.start()], text[m.end():]
        head = re.split(r"\s(?:of|for)\s", second)[0].split()
        titled = [lex.is_title_word(w, plural=False) or w.lower() in TITLE_OPENERS for w in head]
        whole = len(head) < len(second.split()) and all(titled)  # "Executive Director of Social Work"
        bare = len(head) == len(second.split()) and titled[0] and lex.is_title_word(head[-1], plural=False)
        if head and (whole or bare) and re.search(r"\s(?:of|for)\s", first) and has_title(first, lex):
            return [first, second]  # (or "Chief Social Work Officer")
    return []


def split_second_title(text: str, lex: Lexicon) -> tuple[str, str]:
    """"cabinet member for health and social services and chair" -> ("cabinet member for health
    and social services", "chair"): after a full title (a head with its field), a second title
    joined by "and" is the one the organisation named next goes with; "director of nursing and
    midwifery" is one title (second part "")."""
    second = SECOND_TITLE.search(text)
    if not second or not re.search(r"\s(?:of|for)\s", text[:second.start()]):
        return text, ""
    words = second.group(1).split()
    if lex.is_title_word(words[-1].lower(), plural=False) and has_title(text[:second.start()], lex):
        return text[:second.start()], second.group(1)
    return text, ""


def _inside_bracket(chunk: list, lex: Lexicon) -> list:
    """'Director of Finance (currently chief finance officer, X CCG)': a body inside a bracket
    that gives a title of its own goes with that title, not with the one before the bracket."""
    opened = [k for k, t in enumerate(chunk) if t.text == "("]
    if opened and not any(t.text == ")" for t in chunk[opened[-1]:]):
        inner = chunk[opened[-1] + 1:]
        if has_title(clean_title(inner, lex)[0], lex):
            return inner
    return chunk


def _opens_quote(doc: Doc, k: int) -> bool:
    """A quote mark, not the apostrophe of "25 years' experience"."""
    toks = doc_tokens(doc)
    tok = toks[k]
    if tok.text not in QUOTE_CHARS:
        return False
    return not (tok.text in {"'", "’"} and k > 0 and toks[k - 1].whitespace_ == "" and toks[k - 1].is_alpha
                and tok.whitespace_)


def _is_boundary(tok) -> bool:
    if tok.text in {"'", "’"} and tok.i > 0 and tok.doc[tok.i - 1].text.endswith("s") \
            and not tok.doc[tok.i - 1].whitespace_:
        return False  # the apostrophe of a plural possessive: "Fernlea University Hospitals' chair"
    return tok.text in QUOTE_CHARS or tok.text in {":", ";"} or (
        tok.pos_ in {"VERB", "AUX"} and tok.lemma_ in REPORTING_LEMMAS)


#: "[chair of ]Harford Council's social work resources committee", "the CCG's governing body",
#: "the STP's clinical and professional board": a committee, board, group or forum a body's
#: possessive owns, in any case; matched right after a title's "of".
OWNERS_COMMITTEE = re.compile(r"(?P<owner>(?:the\s+)?[^,.;()'’]{1,60}?)['’]s\s+(?P<committee>(?:[A-Za-z][\w&-]*,?\s+)"
                              r"{0,7}?(?:committee|sub-committee|panel|board|group|forum|governing body))\b", re.I)


#: Nouns of a body's own committee: its chair holds the post at the body, "Chair of the X Committee".
COMMITTEE_NOUNS = {"committee", "sub-committee", "group", "forum", "panel"}
#: Titles held on a board rather than at a body: 'Chair of the X Board'.
BOARD_SEATS = {"chair", "co-chair", "vice-chair", "deputy chair", "chairman", "chairwoman", "member"}
#: A charity's or company's governing board, named by who sits on it: its chair is 'Chair of the Board of Trustees'.
TRUSTEES_BOARD = re.compile(r"board of (?:trustees|directors|governors)", re.I)


#: A full title, 'and', then a second title of another thing's field: "Director of Commissioning and
#: chair of the programme's steering group".
OF_ANOTHERS = re.compile(r"^(.+?\s(?:of|for)\s.+?)\s+(?:and|&)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+of\s+(?:the|its|their)\s+"
                         r"[\w-]+['’]s?\s.+$", re.I)
#: Kinds of body whose own reports name their staff "Name, Title," with no body beside the title.
OWN_REPORT_KINDS = {"NHSTrust", "LocalAuthority", "CCG", "ICB", "Partnership"}
#: "to the new joint post of": a post named after the person appointed to it.
POST_OF = re.compile(r"^to\s+the\s+(?:(?:new|newly|created|joint|shared|permanent|interim|substantive|combined)\s+)*"
                     r"(?:post|role|position|job)\s+of\b", re.I)


#: Words that make a line's head an award's category, not a title ("Nurse of the Year: Jo Bell").
AWARD_CATEGORY_WORDS = re.compile(r"\bof the year\b|\bawards?\b", re.I)


class PostFinder:
    def __init__(self, doc: Doc, ents: Entities, lex: Lexicon):
        self.doc, self.ents, self.lex = doc, ents, lex
        self.sents = doc_sents(doc)  # several shapes look back
        self.toks = doc_tokens(doc)
        self.posts: list[Post] = []
        self.rules: list[str] = []  # the shape that found each post, for the candidate scorer
        self.rule = ""
        self._seen: set[tuple[str, str, str]] = set()
        self.ledes: list[Span] = []  # sentences that described an appointee the next one named
        self._category_line_starts: set[int] | None = None  # (_category_lines, read once)

    def evidence(self, sent: Span) -> Evidence:
        return Evidence.of(sent)

    def add(self, person: str, org: str | None, title: str, former: bool, sent: Span, confidence: float):
        if not org or not title or len(title.split()) > 14 or not has_title(title, self.lex):
            return
        title, org = self._of_own_committee(title, org, sent)
        title, org = self._board_of_a_named_body(title, org)
        title, org = self._unit_of_a_university(title, org, sent)
        role = normalise_title(title)
        key = (person, org, role.lower())
        if key in self._seen:
            return
        self._seen.add(key)
        self.posts.append(Post(person, org, title, role, self.evidence(sent), former=former, confidence=confidence))
        self.rules.append(self.rule)

    def _board_of_a_named_body(self, title: str, org: str) -> tuple[str, str]:
        """'chaired by X' of the 'Gwent Frailty Programme Board' when the text also names the
        'Gwent Frailty Programme': the board is that body's own, so X chairs its board at it."""
        words = org.split()
        if len(words) < 3 or words[-1] not in {"Board", "Committee"} or title.lower() not in BOARD_SEATS:
            return title, org  # ("Programme Director" of a board's body is the body's, not the board's)
        body = next((b for b in (" ".join(words[:-1]), "The " + " ".join(words[:-1])) if b in self.ents.orgs), None)
        if body is None:
            return title, org
        return f"{title} of the {org}", body

    def _unit_of_a_university(self, title: str, org: str, sent: Span) -> tuple[str, str]:
        """'Executive Dean of the Faculty of Life and Health Sciences', 'a lecturer in the School
        of Nursing': a faculty or school is a university's own part, so the title takes its name
        and the post is at the university the article names most often."""
        if not UNIVERSITY_UNIT.match(org) or self.ents.orgs.get(org) is None or self.ents.orgs[org].kind != "Other":
            return title, org
        named = Counter(m.entity for m in self.ents.mentions if m.kind == "ORG" and re.search(r"\bUniversity\b", m.entity)
                        and not UNIVERSITY_UNIT.match(m.entity)).most_common(2)
        if not named or (len(named) == 2 and named[0][1] == named[1][1]):
            return title, org  # no university, or two named as often: whose part is unclear
        said = re.search(rf"(?i:\b{re.escape(title)})\s+(of|in|at)\s+(?:the\s+)?{re.escape(org)}", span_text(sent))
        return f"{title} {said.group(1).lower() if said else 'of'} the {org}", named[0][0]

    def _of_own_committee(self, title: str, org: str, sent: Span) -> tuple[str, str]:
        """'convener of the council's Community and Housing Services Committee', 'Chair, Audit
        Committee': a board's or a council's own committee is no body of its own, so the title
        takes the committee's name and the post is at the body that owns it (the possessive's,
        else the body the text is about)."""
        text = span_text(sent)
        m = None
        if "Committee" in text or "Panel" in text:
            m = re.search(rf"(?i:\b{re.escape(title)})(?:\s+of\s+(?:the\s+)?|\s*,\s*)(?:(?P<owner>[^,.;()]{{1,60}}?)['’]s\s+)?"
                          rf"(?P<committee>(?:[A-Z][\w&'’-]*,?\s+|(?:and|&|of|for)\s+){{1,8}}?(?:Committee|Sub-Committee|Panel))\b",
                          text)
        if m is None and "committee" in text:  # "chairwoman of X Council's adult and children's services committee"
            m = re.search(rf"(?i:\b{re.escape(title)})\s+of\s+(?:the\s+)?(?P<owner>[A-Z][^,.;()]{{0,60}}?)['’]s\s+"
                          rf"(?P<committee>(?:[a-z][\w'’-]*,?\s+|(?:and|&|of|for)\s+){{1,8}}?committee)\b", text)
        if m is None:
            m = OWNERS_COMMITTEE.match(text, *self._after_title(title, text))
        if m is None:
            return title, org
        committee, owner = capitalised_words(m.group("committee")), None
        if m.group("owner"):
            at, until = sent.start_char + m.start("owner"), sent.start_char + m.end("owner")
            mention = next((x for x in self.ents.mentions if x.kind == "ORG" and self.toks[x.start].idx <= at + 4
                            and self.toks[x.end - 1].idx + len(self.toks[x.end - 1]) == until), None)  # the owner whole
            if mention is None:
                return title, org
            owner = mention.entity
        elif not is_own_committee(committee):
            owner = self._body_its_acronym_names(committee)
            if owner is None:
                return title, org
        if org == committee or (org in self.ents.orgs and committee in self.ents.orgs[org].aliases):
            body = owner or self.ents.most_mentioned()  # the committee taken for a body: its owner's post
            if body is None or body == org:
                return title, org
            org = body
        elif owner and org != owner:
            return title, org
        return f"{title} of the {committee}", org

    def _body_its_acronym_names(self, committee: str) -> str | None:
        """'the CHCP Committee' where the text's one 'CHCP' is the X Community Health and Care
        Partnership: a committee named by a body's acronym is that body's own."""
        words = committee.split()
        if len(words) != 2 or not words[0].isupper():
            return None
        owners = [name for name, org in self.ents.orgs.items() if words[0] in org.aliases]
        return owners[0] if len(owners) == 1 else None

    @staticmethod
    def _after_title(title: str, text: str) -> tuple[int, int]:
        """Where the words after the first 'title of' in `text` start, and the text's end."""
        m = _title_then_of(title).search(text)
        return (m.end(), len(text)) if m else (len(text), len(text))

    # -- a segment holding titles and organisations -----------------------------------------
    def pairs(self, start: int, end: int) -> list[tuple[str, str, bool]]:
        """(title, organisation, former) read off tokens start..end."""
        doc, ents = self.doc, self.ents
        toks = self.toks
        orgs = [m for m in ents.within(start, end, "ORG")]
        orgs = [m for m, nxt in zip(orgs, orgs[1:] + [None])  # "Our ADP Co-ordinator": one body, said twice
                if nxt is None or nxt.start != m.end or nxt.entity != m.entity]
        if len(orgs) >= 2 and orgs[0].generic and toks[orgs[0].start].lower_ in {"our", "my"}:
            link = orgs[1].start - 1
            link -= toks[link].lower_ == "the"
            if toks[link].lower_ in {"for", "of"}:
                orgs = orgs[1:]  # "Our Chief Officer for the partnership": the partnership's, not ours
        out = []
        prev_title: tuple[str, bool] | None = None
        cursor = start
        pending: list[str] = []  # organisations named before the title they share
        for idx, m in enumerate(orgs):
            if idx + 1 < len(orgs) and (cursor == start or pending) and not [
                    t for t in toks[cursor:m.start] if t.lower_ not in {"and", ",", "the", "&"}] \
                    and all(t.lower_ in {"and", ",", "&", "the"} for t in toks[m.end:orgs[idx + 1].start]) \
                    and tokens_text(doc, m.end, orgs[idx + 1].start).strip():
                pending.append(m.entity)
                cursor = m.end
                continue
            if m.start < cursor and prev_title:  # names sharing one span take the same title
                out.append((prev_title[0], m.entity, prev_title[1]))
                continue
            chunk = [toks[k] for k in range(cursor, m.start)]
            link = next((t for t in reversed(chunk) if t.lower_ not in {"the", "a", "an"}), None)
            owns = m.end < end and toks[m.end].text in {"'s", "’s", "'", "’"}  # "alongside X's director"
            if link is not None and link.lower_ in NOT_HELD_AT and not owns:
                cursor = m.end
                continue  # "associate non-executive director under the NHS Insight programme"
            if prev_title and self._only_modifiers_after_and(chunk):
                out.append((prev_title[0], m.entity, prev_title[1]))  # "... of A and of neighbouring B"
                cursor = m.end
                continue
            chunk = _inside_bracket(chunk, self.lex)
            title, former = clean_title(chunk, self.lex, body_follows=True)
            if chunk and not title and cursor == start and all(t.lower_ in FORMER_WORDS for t in chunk):
                chunk = []  # "Former Lowmoor Council chief executive ...": only 'former' before the body
            if title and has_title(title, self.lex):
                prev_title = (title, former)
                out.extend((one, m.entity, former) for one in two_full_titles(title, self.lex) or [title])
            elif not title and prev_title and chunk and any(t.lower_ in {"and", "&", ","} for t in chunk):
                out.append((prev_title[0], m.entity, prev_title[1]))  # "for Pennine Care and Trafford Council"
            elif cursor == start and (not chunk or not title) or (title and not has_title(title, self.lex) and idx == 0) \
                    or (not (title and has_title(title, self.lex)) and m.end < end
                        and toks[m.end].text in {"'s", "’s", "'", "’"}):  # "... and the council's director"
                # the organisation comes first: "HSJ editor", "Trafford Council's Interim Director ..."
                nxt = orgs[idx + 1].start if idx + 1 < len(orgs) else end
                after = [toks[k] for k in range(m.end, nxt)]
                t2, f2 = clean_title(after, self.lex)
                f2 = f2 or former
                if t2 and has_title(t2, self.lex) and NOUN_WITH_BEFORE_TITLE.match(
                        " ".join(t.text for t in after if not t.is_space)):
                    # "the X project with the Mayor of Sunderland": the title is not X's
                    placed = self.org_named_in_title(t2, m.start)
                    if placed and placed != m.entity:
                        out.append((t2, placed, f2))
                    cursor = nxt
                    continue
                if t2 and has_title(t2, self.lex):
                    second = ""
                    if idx + 1 < len(orgs):  # "X's cabinet member for health and chair of Y": Y's is the second
                        t2, second = split_second_title(t2, self.lex)
                    else:  # "the HSCB's Director of Commissioning and chair of the programme's steering group"
                        t2 = self._before_a_title_of_another(t2)
                    out.extend((t2, o, f2) for o in pending)
                    pending = []
                    out.append((t2, m.entity, f2))
                    prev_title = (second or t2, f2)
                    cursor = orgs[idx + 1].end if second else nxt
                    continue
            cursor = m.end
        if orgs and prev_title and cursor == orgs[-1].end:
            out.extend(self._its_title_after(orgs[-1], end))
        if not orgs:
            title, former = clean_title([toks[k] for k in range(start, end)], self.lex)
            title = re.split(r"\s+(?:for|of|in)\s+[A-Z]", title)[0] if any(
                w in self.lex.abbreviations for w in title.split()) else title
            lead = toks[start - 1].text + " " if start > 0 and toks[start - 1].lower_ in {"our", "my"} else ""
            org = self.org_named_in_title(title, start, lead + tokens_text(doc, start, end))
            if org and title:
                out.append((title, org, former))
        return out

    def _before_a_title_of_another(self, title: str) -> str:
        """'Director of Commissioning and chair of the programme's steering group' -> 'Director of
        Commissioning': after a full title, a second one whose field is another thing's ('the
        programme's', 'the partnership's') is not held at the body that owns the first."""
        m = OF_ANOTHERS.match(title)
        if m and has_title(m.group(1), self.lex) and self.lex.is_title_word(m.group(2).split()[-1], plural=False):
            return m.group(1)
        return title

    def _its_title_after(self, org: Mention, end: int) -> list[tuple[str, str, bool]]:
        """'a non-executive director of X and its vice chair': a second title, after 'and its', is
        held at the body just named."""
        toks = self.toks
        k = org.end + (org.end < end and toks[org.end].text == ",")
        if k + 2 >= end or toks[k].lower_ != "and" or toks[k + 1].lower_ != "its":
            return []
        title, former = clean_title([toks[x] for x in range(k + 2, end)], self.lex)
        return [(title, org.entity, former)] if title and has_title(title, self.lex) else []

    def _only_modifiers_after_and(self, chunk: list[Token]) -> bool:
        """'and of neighbouring', 'and the nearby': the words between two bodies that share the
        title before them, with adjectives that describe the second body and no title of its own."""
        if not chunk or chunk[0].lower_ not in {"and", "&", ","}:
            return False
        rest = [t for t in chunk if t.lower_ not in {"and", "&", ",", "of", "at", "the"}]
        return bool(rest) and len(rest) <= 2 and all(
            t.is_lower and t.pos_ in {"ADJ", "VERB"} and not self.lex.is_title_word(t.text) for t in rest)

    def org_named_in_title(self, title: str, at: int, segment: str = "") -> str | None:
        """The organisation a title alone implies: 'Council Leader' -> the article's council;
        'STP lead for Nottingham and Nottinghamshire' -> that place's STP; 'our chief
        executive' -> the organisation the article is mostly about."""
        low = title.lower()
        for word in title.split():
            full = self.lex.abbreviations.get(word)
            place = full and re.search(rf"\b{re.escape(word)}\b\s+\w+\s+(?:for|of|in)\s+((?:[A-Z][\w-]*\s*(?:and\s+)?)+)",
                                       segment)
            if place:
                name = expand_abbreviation(f"{place.group(1).strip()} {word}", self.lex)
                return self.ents.add_org(name, alias=word, kind=self.lex.kind_of(name))
        titled_kind = self.lex.kind_for_title(title)
        for noun, kind, pattern in GENERIC_NOUN_PATTERNS:
            if pattern.search(low) and not (titled_kind and any(
                    noun in phrase and f" {phrase} " in f" {low} " for phrase, _ in self.lex.title_kinds)):
                # "Group Chair": the group, as 'the group' would be (not the board of a Welsh council's
                # "Executive Board Member", a title of a kind of body of its own)
                return self.ents.org_by_head(noun, before=at, kind=kind) or self.ents.org_by_kind(kind, before=at)
        if re.match(r"(?:our|my)\b", segment.strip(), re.I):
            return self.ents.most_mentioned()
        kind = self.lex.kind_for_title(title)  # "Cabinet Member for Health": the article's council
        place = re.search(r"\b(?:of|for)\s+([A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)\s*$", title)
        placed = [o.name for o in self.ents.orgs.values() if place and o.kind == kind and o.place == place.group(1)]
        if len(placed) == 1:  # "Mayor of Coleraine": the council of that place, not the last council named
            return placed[0]
        return self.ents.org_by_kind(kind, before=at) if kind else None

    # -- the three shapes -------------------------------------------------------------------------
    def after_name(self, sent: Span, pm: Mention) -> None:
        doc = self.doc
        toks = self.toks
        i = pm.end
        while i < sent.end and (toks[i].text in self.lex.suffixes or (toks[i].text == "," and i + 1 < sent.end
                                                                      and toks[i + 1].text in self.lex.suffixes)):
            i += 1
        i = self._skip_asides(i, sent)  # "Jane Smith (pictured), ...", "Tom Reed, 54, ..."
        i = initials_bracket_after(doc, i, pm.entity)  # a minutes' "Phil Mace (PDM)<tab>Accountable Officer"
        first = pm.start
        while first > 0 and self.lex.is_honorific(toks[first - 1].text):
            first -= 1
        dash_line = i < sent.end and toks[i].text in {"–", "—", "-", ":"} \
            and at_line_start(doc, first, bullets={"•", "-", "*", "·"})
        if i >= sent.end or (toks[i].text not in {",", "("} and not dash_line):
            return  # (a board list's "Name – Title, Organisation" line opens its apposition with a dash)
        start = i + 1
        end = self._apposition_end(start, sent, bracketed=toks[i].text == "(")
        if end - start > 30:
            return
        found = self.pairs(start, end)
        bracketed, chaired = self._meeting_chair(sent, found, pm)
        meeting_chair = _squashed(bracketed) if bracketed else None
        for title, org, former in found:
            if meeting_chair and _squashed(title) == meeting_chair:
                self.rule = "rule:bracket_title_heading"
                self.add(pm.entity, chaired, title, former, sent, 0.8)
                self.rule = "rule:after_name"
                continue
            self.add(pm.entity, org, title, former, sent, 0.9)
        if meeting_chair and found and not any(_squashed(title) == meeting_chair for title, _, _ in found):
            # "Cllr A<gap>Leader, Harford Council (Chair)": her post at the council, and the meeting's chair
            self.rule = "rule:bracket_title_heading"
            self.add(pm.entity, chaired, bracketed, False, sent, 0.8)
            self.rule = "rule:after_name"
        for title, org, former in self._second_post_after_and(end, sent) if found else []:
            self.add(pm.entity, org, title, former, sent, 0.8)
        if toks[i].text == "(" and end + 2 < sent.end and toks[end].text == ")" \
                and toks[end + 1].text in {",", "-", "–", "—"}:
            # "Kenneth Dunn (Vice Chair), Non-Executive Board Member, NHS Eastholm", a minutes'
            # "Dr Ann Lee (Vice-Chair) - Non-Executive Director, NHS Harford": a second apposition
            after = self._apposition_end(end + 2, sent, bracketed=False)
            for title, org, former in self.pairs(end + 2, after):
                self.add(pm.entity, org, title, former, sent, 0.85)
        if not found and toks[i].text == "," and toks[start].lower_ == "its" and not self.ents.within(start, end, "ORG"):
            # "The ICB has been led since the summer by A, its director of finance": the body 'its' means
            title, former = clean_title(list(doc[start + 1:end]), self.lex)
            body = self.its_referent(sent, start)
            if title and body and has_title(title, self.lex):
                body = self.partnership_for_office(body, title, sent) if start == sent.start else body
                self.rule = "rule:its_title"
                self.add(pm.entity, body, title, former, sent, 0.7)
                self.rule = "rule:after_name"
            return
        on_own_line = at_line_start(doc, first, set()) and (end >= len(toks) or at_line_start(doc, end, set()))
        minuted = minutes_body(doc, self.ents) if self.ents.heading is None and on_own_line \
            and in_attendance_block(doc, pm.start) else None  # (a page with no body's name alone on its first line)
        title_line = toks[i].text == "," and (self.ents.heading is not None or minuted is not None) \
            and on_own_line  # minutes' "Ewan Lock, Chief Finance Officer"
        # a body's own report: "Mr A, Assistant Director of Operations, will continue to act": a bare
        # title in an apposition closed by a comma, at the body the page is about
        until = _until_a_date(toks, start, end)  # "Mr A, Director of Finance until September 2007, left ..."
        title_end = until if until is not None else end
        own_report = toks[i].text == "," and self.ents.heading is not None and start < end < sent.end \
            and self.ents.orgs[self.ents.heading].kind in OWN_REPORT_KINDS \
            and ("," in (toks[end].text, toks[end - 1].text) or until is not None) \
            and has_title(tokens_text(doc, start, title_end), self.lex) \
            and not any(t.lower_ in {"in", "at", "from", "the"} or t.text == "NHS" for t in toks[start:title_end])
        if not found and (toks[i].text == "(" or dash_line or title_line or own_report) \
                and not self.ents.within(start, end, "ORG"):
            # "Present: Cllr Hugh Ward (Chair), ...", a board page's "Dr Jo Bell - Chair", a line
            # "Name, Title" on a body's own page: a bare title, at the body the article is about
            title, former = clean_title(list(doc[start:title_end if own_report else end]), self.lex)
            former = former or (own_report and until is not None)
            heading = self.body_heading_above(first) if dash_line else None
            if toks[i].text == "(" and MEETING_CHAIR.search(f"({title})") and in_attendance_block(doc, pm.start):
                heading = minutes_body(doc, self.ents)  # "Present: Cllr A (Chair)": the chair of the meeting's body
            main = heading or minuted or (self.ents.heading if own_report and not title_line else None) \
                or self.ents.most_mentioned()  # "Officials Present:" over the lines: the minuted body's
            if title and main:
                self.rule = "rule:list_under_body" if heading else "rule:after_name_implied"
                for one in two_full_titles(title, self.lex) or [title]:
                    self.add(pm.entity, main, one, former, sent, 0.5)
                if dash_line:  # "A - Chair (from November 2019; Treasurer to November 2019)"
                    self.rule = "rule:bracketed_term"
                    for other, ended in self._terms_in_a_bracket(start, sent):
                        self.add(pm.entity, main, other, ended, sent, 0.5)
                self.rule = "rule:after_name"

    def _terms_in_a_bracket(self, at: int, sent: Span) -> list[tuple[str, bool]]:
        """'(from November 2019; Treasurer to November 2019)', '(Acting Chief Executive, January to May
        2020)' after a board list's title (from token `at`, on its line): the other titles the bracket
        gives with their dates, and whether each has ended ('to', 'until')."""
        toks = self.toks
        open_ = next((k for k in range(at, sent.end) if toks[k].text == "(" or "\n" in toks[k].text), None)
        if open_ is None or toks[open_].text != "(":
            return []  # (no bracket on the title's line)
        close = next((k for k in range(open_ + 1, sent.end) if toks[k].text == ")"), None)
        if close is None:
            return []
        out = []
        for part in tokens_text(self.doc, open_ + 1, close).split(";"):
            m = BRACKETED_TERM.match(part.strip())
            if m and has_title(m.group("title"), self.lex):
                out.append((m.group("title"), bool(re.search(r"\b(?:to|until)\b", part))))
        return out

    def _meeting_chair(self, sent: Span, found: list, pm: Mention) -> tuple[str | None, str | None]:
        """'Cllr Ailsa Morton, Harford Council (Chair)' in the attendance list of a board's minutes:
        she chairs the meeting's body (the heading's, or on a page whose first line is another
        body's, such as the council's site, the body the minutes are of), and sits for the
        council. The bracketed title as written and the body chaired, or Nones."""
        bracket = MEETING_CHAIR.search(span_text(sent).rstrip())
        if not bracket:
            return None, None
        heading = self.ents.heading
        if in_attendance_block(self.doc, pm.start):
            heading = minutes_body(self.doc, self.ents) or heading  # ("Harford Council" over the minutes of its ICP)
        if not heading or any(org == heading for _, org, _ in found):
            return None, None
        return bracket.group(1), heading

    def body_heading_above(self, at: int) -> str | None:
        """The body a list of people sits under: the first line above the list's lines that is a
        body's name alone ('Public Health Agency (PHA)' over '- Ms X - Non-Executive Director')."""
        text = doc_text(self.doc)
        end = text.rfind("\n", 0, self.toks[at].idx)
        for _ in range(12):
            if end <= 0:
                return None
            start = text.rfind("\n", 0, end) + 1
            raw = text[start:end]
            line = raw.strip()
            end = start - 1
            if not line or line[:1] in BULLETS:
                continue
            lead = start + raw.index(line)
            span = self.doc.char_span(lead, lead + len(line), alignment_mode="expand")
            orgs = self.ents.within(span.start, span.end, "ORG") if span is not None else []
            name = re.sub(r"\s*\([A-Z]{2,8}\)$", "", line)  # its acronym in brackets
            if len({m.entity for m in orgs}) == 1 and " ".join(orgs[0].text.split()) == " ".join(name.split()):
                return orgs[0].entity
            return None
        return None

    def _second_post_after_and(self, end: int, sent: Span) -> list:
        """'Cllr A, Vice Chair, X IJB, and Cabinet Member for Health, X Council': a second title and
        body after ', and' are the same person's, when no other person is named after them (not
        'Jo Hale, chair of X, and the CCG's accountable officer, Dr Y')."""
        toks = self.toks
        if not (end + 1 < sent.end and toks[end].lower_ == "and" and toks[end - 1].text == ","
                and toks[end + 1].text[:1].isupper() and has_title(tokens_text(self.doc, end + 1, min(end + 4, sent.end)),
                                                                   self.lex)):
            return []
        after = self._apposition_end(end + 1, sent, bracketed=False)
        if self.ents.within(end + 1, sent.end, "PERSON"):
            return []
        return self.pairs(end + 1, after)

    def _apposition_end(self, start: int, sent: Span, bracketed: bool) -> int:
        """Where an apposition after a name ends: at a boundary, another person, the verb of the
        clause, or (in brackets) the closing bracket."""
        doc = self.doc
        toks = self.toks
        end = start
        if start < sent.end and toks[start].lower_ in {"and", "or", "but", "with", "alongside", "plus"}:
            return start  # "Simon Aldous, and to the CCG's Accountable Officer, ...", "A, with the council's
            # Chief Social Work Officer, B": no apposition (the title is the next person's)
        while end < sent.end and not _is_boundary(toks[end]):
            if toks[end].lower_ == "who" or (self.ents.at(end) and self.ents.at(end).kind == "PERSON"):
                break
            if toks[end].lower_ in {"and", "or"} and toks[end - 1].text == "," and end > start:
                break  # "Jo Hale, chair of X, and the CCG's accountable officer, ...": someone else's
            if toks[end].lower_ == "as" and toks[end - 1].text == "," and end > start + 1:
                break  # "with Dr B, the CCG's clinical lead for dementia, as vice chair": the role he takes here
            inside_name = (m := self.ents.at(end)) is not None and m.kind == "ORG" and (
                m.start < end or m.end - m.start >= 2 and toks[end].is_title)  # "Reading Borough Council": a place
            if toks[end].pos_ == "AUX" or (toks[end].pos_ == "VERB" and toks[end].dep_ not in {"amod", "compound"}
                                          and not inside_name  # "at Harford and Worthing Councils": a place, read as a verb
                                          and toks[end].tag_ != "VBN" and not _names_a_field(doc, end) and not (
                                              self.lex.is_title_word(toks[end].text) and end > start
                                              and toks[end - 1].pos_ in {"PROPN", "NOUN", "ADJ"})
                                          and not (end - 1 > start and toks[end - 1].lower_ == "and"
                                                   and _a_field_noun_read_as_a_verb(toks, end - 1, start))):
                break  # "Dan Okoro, will chair the board": the apposition ended, the clause began
            if toks[end].text == ")" and bracketed:
                break
            if toks[end].text == "," and end + 1 < sent.end and toks[end + 1].lower_ in ADJUNCT_OPENERS \
                    and (body := self.ents.at(end - 1)) is not None and body.kind == "ORG" and body.end == end:
                break  # "Dr A, GP partner at X Surgery and lead at Y CCG, about the CCG's plans for ...": the clause's
            end += 1
        return end

    def _skip_asides(self, i: int, sent: Span) -> int:
        """Past a photo note or an age after a name: '(pictured)', ', 54,'."""
        toks = self.toks
        while i + 2 < sent.end:
            if toks[i].text == "(" and toks[i + 1].lower_ in PHOTO_NOTES and toks[i + 2].text == ")":
                i += 3
            elif toks[i].text == "," and toks[i + 1].like_num and toks[i + 2].text == ",":
                i += 2
            else:
                break
        return i

    def before_name(self, sent: Span, pm: Mention) -> None:
        toks = self.toks
        k = pm.start - 1
        while k >= sent.start and (toks[k].text in self.lex.prefixes or toks[k].text.rstrip(".") in self.lex.prefixes
                                   or toks[k].text == "."):
            k -= 1
        if k >= sent.start and toks[k].text == ",":
            k -= 1
        if k >= sent.start and (toks[k].pos_ == "CCONJ" or (toks[k].text == ")" and not self._qualifier_bracket(k))):
            return  # "chair of X, and Jo Bell": the title before the "and" is the previous person's
        end = k + 1
        start = end
        while start - 1 >= sent.start and end - start < 15:
            t = toks[start - 1]
            if t.text == ")" and (start == end or toks[start].text == ",") and self._qualifier_bracket(start - 1):
                start = self._bracket_open(start - 1)
                continue  # "Cabinet Member for Social Services (Adults), Cllr X", "Area Director (East), X Board, Dr Y"
            in_name = self.ents.at(start - 1) is not None and self.ents.at(start - 1).kind == "ORG"
            verb = t.pos_ == "VERB" and t.dep_ not in {"amod", "compound"}  # not "managing director"
            if not in_name and (_is_boundary(t) or verb or t.pos_ in {"AUX", "PRON", "SCONJ", "NUM"}
                                or t.text == ")" or (t.lower_ in {"and", "or"} and start - 2 >= sent.start
                                                     and toks[start - 2].text in {")", ","})):
                break  # (a name's words may be tagged anything: "Oakdene Together's director"; "... (X Trust)
                # and chair Peter Wild": the title before the "and" is the previous person's)
            if self.ents.at(start - 1) and self.ents.at(start - 1).kind == "PERSON":
                break
            start -= 1
            if t.is_sent_start or t.lower_ in {"our", "my"}:
                break  # ("with our chief executive, A": the page's own body, not one named before it)
        if start >= end:
            return
        if self.whose_title(sent, pm, start, end):
            return
        implied = not self.ents.within(start, end, "ORG")  # "Council Leader": the organisation is inferred
        bracketed = self._bracketed_org(pm, sent)
        if implied and bracketed:  # "Chief executive Karen Doyle (Wendover Hospitals NHS Trust)"
            title, former = clean_title([toks[k] for k in range(start, end)], self.lex)
            self.add(pm.entity, bracketed, title, former, sent, 0.75)
            return
        if implied and start > sent.start and toks[start - 1].lower_ in {"its", "their"}:
            subject = self.its_referent(sent, start - 1, owners=True)  # "X's chief executive, A, and its chair, B"
            comma = next((k for k in range(start + 1, end) if toks[k].text == ","), None)
            if comma is not None and has_title(tokens_text(self.doc, start, comma), self.lex):
                end = comma  # "Its co-ordinator, physiotherapist A": her trade is no office
            title, former = clean_title([toks[k] for k in range(start, end)], self.lex)
            group = self.their_group(sent) if toks[start - 1].lower_ == "their" else []
            if group and title:  # "The two CCGs share a chief officer. Their chief officer, A, said"
                self.rule = "rule:their_title"
                for org in group:
                    self.add(pm.entity, org, title, former, sent, 0.7)
            elif subject and title:
                self.rule = "rule:its_title"
                opens = start - 1 == next((t.i for t in span_tokens(sent) if not t.is_space), None)
                self.add(pm.entity, self.partnership_for_office(subject, title, sent) if opens else subject,
                         title, former, sent, 0.7)  # "Its co-ordinator, A, is based at ..."
            return
        if self._title_at_the_opening_body(sent, pm, start, end):
            return
        found = self.pairs(start, end)
        for title, org, former in found:
            self.add(pm.entity, org, title, former, sent, 0.6 if implied else 0.8)
        if implied and not found and self._after_a_named_holder(sent, start, end, pm):
            return
        lead = start if toks[start].lower_ == "the" else start - 1
        if lead < sent.start or toks[lead].lower_ != "the":  # "In March the director of planning, A, left"
            lead = next((k for k in range(end - 1, start - 1, -1) if toks[k].lower_ == "the"
                         and toks[k - 1].ent_type_ in {"DATE", "TIME"}), lead)
        if implied and not found and lead >= sent.start and toks[lead].lower_ == "the":
            # "The outgoing chief executive, Gerry Lynch, leaves ...": the body the text is about
            title, former = clean_title([toks[k] for k in range(lead + 1, end)], self.lex)
            body = self.subject_before(sent) or self.ents.most_mentioned()
            if title and body and not re.search(r"['’]s\b", title):  # "The IJB's chair": an owner not found
                self.rule = "rule:the_title_name"
                self.add(pm.entity, body, title, former, sent, 0.5)
                self.rule = "rule:before_name"
        elif implied and not found and self.ents.heading and (
                start == sent.start or toks[start].lower_ in {"by", "with"} or toks[start - 1].lower_ in {"by", "with"}
                or toks[start - 1].text in {":", ";"} and in_attendance_block(self.doc, pm.start)):
            # ("CONTRIBUTORS: Chief Officer (Social Services), A; ...": an officer of the minutes' body)
            # a body's own page: "led by Head of Podiatry A", "Interim Director of X, B, added": the page's body
            first = start + 1 if toks[start].lower_ in {"by", "with"} else start
            title, former = clean_title([toks[k] for k in range(first, end)], self.lex)
            if title and has_title(title, self.lex) and not re.search(r"['’]s\b", title) \
                    and not PLURAL_TITLE.search(title):  # "the chief officers of X's other partnerships, A and B"
                self.rule = "rule:the_title_name"
                self.add(pm.entity, self.ents.heading, title, former, sent, 0.5)
                self.rule = "rule:before_name"

    def _title_at_the_opening_body(self, sent: Span, pm: Mention, start: int, end: int) -> bool:
        """'At X HSCP, the only partnership ... two council areas, chief officer A answers to ...':
        a bare title after a comma is at the body the sentence opens with ('At X,'), and the words
        before the comma are no part of it. Returns whether the title was read this way."""
        toks = self.toks
        comma = max((k for k in range(max(start - 1, sent.start), end) if toks[k].text == ","), default=None)
        if comma is None or self.ents.within(comma + 1, end, "ORG"):
            return False
        body = self._at_body_opening(sent)
        title, former = clean_title([toks[k] for k in range(comma + 1, end)], self.lex)
        if not (body and title and has_title(title, self.lex)):
            return False
        self.rule = "rule:at_body_opening"
        self.add(pm.entity, body, title, former, sent, 0.6)
        self.rule = "rule:before_name"
        return True

    def _at_body_opening(self, sent: Span) -> str | None:
        """The body a sentence opens with 'At X,' ('At Harford HSCP, the only partnership ...,
        chief officer A answers to ...'): where the bare title later in the sentence is held."""
        toks = self.toks
        i = next((t.i for t in span_tokens(sent) if not t.is_space), sent.end)
        if i >= sent.end - 2 or toks[i].text != "At":
            return None
        m = self.ents.at(i + 2 if toks[i + 1].lower_ == "the" else i + 1)
        if m is None or m.kind != "ORG" or m.end >= sent.end or toks[m.end].text != ",":
            return None
        return m.entity

    def _after_a_named_holder(self, sent: Span, start: int, end: int, pm: Mention) -> bool:
        """'the partnership's Chief Officer, A, and Chief Finance Officer, B': a bare title after
        'A, and' is at the body A's title was at in this sentence. Whether it was."""
        toks = self.toks
        if start - 3 < sent.start or toks[start - 1].lower_ not in {"and", "&"} or toks[start - 2].text != ",":
            return False
        before = self.ents.at(start - 3)
        if before is None or before.kind != "PERSON":
            return False
        body = next((p.organisation for p in reversed(self.posts) if p.person == before.entity
                     and p.evidence.start == sent.start_char and not p.former), None)
        title, former = clean_title([toks[k] for k in range(start, end)], self.lex)
        if body is None or not title or not has_title(title, self.lex):
            return False
        self.rule = "rule:shared_owner"
        self.add(pm.entity, body, title, former, sent, 0.6)
        self.rule = "rule:before_name"
        return True

    def _bracket_open(self, close: int) -> int:
        """The token of the '(' that the ')' at `close` shuts, within four tokens (else `close`)."""
        return next((j for j in range(close - 1, max(close - 5, -1), -1) if self.toks[j].text == "("), close)

    def _qualifier_bracket(self, close: int) -> bool:
        """A bracket of a word or two that qualifies the title before it: '(Adults)', '(Finance)'.
        A bracket with a name in it, or after a person, is someone else's ('Jo Bell (Chair), ...')."""
        doc, opened = self.doc, self._bracket_open(close)
        inside = doc[opened + 1:close]
        before = self.ents.at(opened - 1) if opened > 0 else None
        return opened < close and 1 <= len(inside) <= 3 and all(t.is_alpha for t in inside) \
            and not any(self.ents.at(t.i) for t in inside) and (before is None or before.kind != "PERSON") \
            and opened > 0 and has_title(tokens_text(doc, max(opened - 6, 0), opened), self.lex)

    def one_of_plural(self, sent: Span, pm: Mention) -> None:
        """'Dr A, one of NHS X's non-executive members on the IJB', 'Cllr B, who is one of Y
        Council's three voting members on the board': a seat among a body's several, the title
        in the singular at the body (and a councillor's at the council); the board after 'on'
        holds it too, as the body's seat."""
        toks = self.toks
        end = min(sent.end, pm.end + 14)
        one = next((k for k in range(pm.end, end - 3) if toks[k].lower_ == "one" and toks[k + 1].lower_ == "of"), None)
        if one is None or self.ents.within(pm.end, one, "PERSON"):
            return
        body = self.ents.at(one + 2)
        if body is None or body.kind != "ORG" or body.start != one + 2 or body.end >= sent.end \
                or toks[body.end].text not in {"'s", "’s"}:
            return
        k = body.end + 1
        if k < sent.end and (toks[k].like_num or toks[k].lower_ in NUMBER_WORDS):
            k += 1
        stop = k
        while stop < sent.end and (toks[stop].pos_ in {"NOUN", "ADJ", "PROPN"} or toks[stop].tag_ == "VBG"
                                   or toks[stop].text == "-") \
                and toks[stop].text not in {",", "."}:
            stop += 1
        words = [t.text for t in toks[k:stop]]
        if not words or not words[-1].endswith("s"):
            return  # "one of X's" and a plural: several seats, this one among them
        title = " ".join(words[:-1] + [words[-1][:-1]]).replace(" - ", "-")
        if not (has_title(title, self.lex) or words[-1].lower() in {"members", "representatives", "trustees", "governors"}):
            return  # ("one of its three voting members": a seat, though 'member' alone is no title)
        self.add(pm.entity, body.entity, title, False, sent, 0.6)
        if any(is_council_honorific(t.text) for t in toks[max(sent.start, pm.start - 2):pm.start]) \
                and self.ents.orgs[body.entity].kind == "LocalAuthority":
            self.add(pm.entity, body.entity, "Councillor", False, sent, 0.6)
        if stop + 1 < sent.end and toks[stop].lower_ == "on":
            board = next(iter(self.ents.within(stop + 1, min(sent.end, stop + 4), "ORG")), None)
            if board is not None and board.entity != body.entity:
                self.add(pm.entity, board.entity, title, False, sent, 0.5)

    def councillor_of(self, sent: Span, pm: Mention) -> None:
        """'Councillor Derek Ballantyne, Clackmannanshire Council', 'Cllr Tom Rennie (Inverclyde
        Council)': in a list of members the honorific is the post, at the council named beside it
        (a party in brackets between them aside)."""
        toks = self.toks
        k = pm.start - 1
        if k < sent.start or not is_council_honorific(toks[k].text):
            self.councillor_present(sent, pm)
            return
        j = pm.end
        if j < sent.end and toks[j].text == "(" and (close := next(
                (x for x in range(j + 1, min(j + 5, sent.end)) if toks[x].text == ")"), None)) is not None \
                and not self.ents.within(j, close + 1, "ORG"):
            j = close + 1  # "(Conservative)"
        if j < sent.end and toks[j].text in {",", "(", "-", "–"}:
            j += 1
        while j < sent.end and toks[j].is_space:  # a column gap
            j += 1
        council = self.ents.at(j) if j < sent.end else None
        if council is not None and council.kind == "ORG" and council.start == j \
                and self.ents.orgs[council.entity].kind == "LocalAuthority" \
                and not (council.end < len(toks) and toks[council.end].text in {"'s", "’s"}):  # "X Council's leader"
            self.add(pm.entity, council.entity, "Councillor", False, sent, 0.7)
        elif council is None or council.kind != "ORG":
            self.councillor_present(sent, pm)

    def body_dash_name_title(self, sent: Span, pm: Mention) -> None:
        """'- Harford Hospitals NHS Trust – Kathryn Mellor, director of strategy': a line that opens
        with a body, then a dash or colon, a name and a title after a comma: the post is at the body."""
        toks = self.toks
        k = self._before_honorifics(pm, sent)
        if k <= sent.start or toks[k].text not in {"–", "-", "—", ":"} or pm.end + 1 >= sent.end \
                or toks[pm.end].text != ",":
            return
        body = self.ents.at(k - 1)
        if body is None or body.kind != "ORG" or body.end != k or not at_line_start(self.doc, body.start, set(BULLETS)) \
                or not self.lex.is_head_word(toks[body.end - 1].text):
            return  # (a place for its body, "Antrim and Ballymena – Dr A, GP, Ballymena", heads a list of chairs)
        end = pm.end + 1
        while end < sent.end and toks[end].text not in {"(", ";", ",", "\n"} and "\n" not in toks[end].text \
                and "\n" not in toks[end - 1].whitespace_:
            end += 1
        if self.ents.within(pm.end + 1, end, "ORG"):
            return  # "A – B, chief executive of C": the title names its own body
        title, former = clean_title(list(self.doc[pm.end + 1:end]), self.lex)
        if title and has_title(title, self.lex):
            self.add(pm.entity, body.entity, title, former, sent, 0.7)

    def bracketed_after_title(self, sent: Span, pm: Mention) -> None:
        """'In Attendance: Director of Community and Wellbeing (Gareth Cotton), Head of Culture
        (Siobhan White)': a name alone in brackets after a title a list opens holds that title,
        at the body the title names, else (in a meeting's attendance block) the page's body."""
        toks = self.toks
        if not (pm.start > 1 and toks[pm.start - 1].text == "(" and pm.end < len(toks) and toks[pm.end].text == ")"):
            return
        start = title_start_before(self.doc, pm.start - 1, self.lex)
        if start is None or start < sent.start:
            return
        named = self.ents.within(start, pm.start - 1, "ORG")
        body = named[-1].entity if named else (self.ents.heading if in_attendance_block(self.doc, pm.start) else None)
        title, former = clean_title(list(self.doc[start:named[-1].start if named else pm.start - 1]), self.lex)
        if body and title and has_title(title, self.lex):
            self.add(pm.entity, body, title, former, sent, 0.6)

    def councillor_present(self, sent: Span, pm: Mention) -> None:
        """'PRESENT: Councillor Pellow, in the Chair. Councillors Carkeek and Trethewey.' in a
        council's own minutes: each councillor in the attendance block (present, apologies, also
        in attendance) is a councillor of the council whose page it is."""
        person = self.ents.people.get(pm.entity)
        council = self.ents.heading
        style = next((h for h in person.prefixes if is_council_honorific(h) or h == "Alderman"), None) if person else None
        if style is None or council is None \
                or self.ents.orgs[council].kind != "LocalAuthority" or not in_attendance_block(self.doc, pm.start):
            return
        self.rule = "rule:councillor_present"  # an alderman sits as one ("Aldermen:" in a sederunt)
        self.add(pm.entity, council, "Alderman" if style == "Alderman" else "Councillor", False, sent, 0.6)
        self.rule = "rule:councillor_of"

    def whose_title(self, sent: Span, pm: Mention, start: int, end: int) -> bool:
        """'A spokesman for X, whose chief executive, Jo Bell, ...': the title after "whose"
        belongs to the body just before it, and a title before that body is someone else's.
        Returns whether the span was read this way."""
        toks = self.toks
        rel = next((k for k in range(end - 1, start - 1, -1) if toks[k].tag_ == "WP$"), None)
        if rel is None:
            return False
        k = rel - 1 if rel - 1 >= sent.start and toks[rel - 1].text == "," else rel
        owner = self.ents.at(k - 1) if k - 1 >= sent.start else None
        title, former = clean_title([toks[i] for i in range(rel + 1, end)], self.lex)
        if owner is not None and owner.kind == "ORG" and title and has_title(title, self.lex):
            self.rule = "rule:whose_title"
            self.add(pm.entity, owner.entity, title, former, sent, 0.75)
            self.rule = "rule:before_name"
        return True

    def _bracketed_org(self, pm: Mention, sent: Span) -> str | None:
        """The body in brackets right after a name: 'Karen Doyle (Wendover NHS Trust)'."""
        i = pm.end
        if i + 2 < sent.end and self.toks[i].text == "(":
            org = self.ents.at(i + 1)
            if org is not None and org.kind == "ORG" and org.end < sent.end and self.toks[org.end].text == ")":
                return org.entity
        return None

    def partnership_for_office(self, body: str | None, title: str, sent: Span) -> str | None:
        """'It is co-chaired by X', 'Its co-ordinator, Y, is based at ...': when 'it' would point
        to a body of another kind, a partnership's office (PARTNERSHIP_OFFICE) is the partnership
        the last three sentences name (the nearest), if any; else `body`."""
        if body is None or self.ents.orgs[body].kind == "Partnership" or not PARTNERSHIP_OFFICE.search(title):
            return body
        return self.partnership_in_view(sent) or body

    def partnership_in_view(self, sent: Span, through: bool = False) -> str | None:
        """The partnership the last three sentences before `sent` name (the nearest; `through`:
        `sent` itself too), if any."""
        window = self.sentences_before(sent, 3)
        start = window[0].start if window else sent.start
        recent = [m for m in self.ents.within(start, sent.end if through else sent.start, "ORG")
                  if self.ents.orgs[m.entity].kind == "Partnership"]
        return recent[-1].entity if recent else None

    def its_referent(self, sent: Span, at: int, owners: bool = False) -> str | None:
        """The body 'its' at token `at` stands for: the sentence's subject when that is a body
        ('X has announced that A will become its chief executive'), else the body named
        nearest before ('left to join X as its chief operating officer'), else the one the
        sentence before is about."""
        # a possessive owner ("Aldmoor's interim chief executive") describes the person, not 'its'
        earlier = [m for m in self.ents.within(sent.start, at, "ORG")
                   if owners or not (m.end < len(self.doc) and self.toks[m.end].text in {"'s", "’s", "'", "’"})]
        subjects = [m for m in earlier if any(t.dep_ in {"nsubj", "nsubjpass"} for t in self.doc[m.start:m.end])]
        # "The federation's clinical director is A of X, and its chief executive, B": the owner of the subject
        subjects = subjects or [m for m in earlier if any(t.dep_ == "poss" and t.head.dep_ in {"nsubj", "nsubjpass"}
                                                          for t in self.doc[m.start:m.end])]
        if subjects:
            return subjects[0].entity
        council = self._council_of_place_subject(sent, at)
        if council:
            return council
        return earlier[-1].entity if earlier else self.subject_before(sent)

    def _council_of_place_subject(self, sent: Span, at: int) -> str | None:
        """'Carmarthenshire will be represented by its leader', "Ceredigion's seat goes to its
        leader": a place as the subject (or the subject's owner) stands for its council, when the
        text names one council of that place."""
        for t in self.doc[sent.start:at]:
            if t.dep_ in {"nsubj", "nsubjpass"} or (t.dep_ == "poss" and t.head.dep_ in {"nsubj", "nsubjpass"}):
                if self.ents.at(t.i) is not None or not t.text[:1].isupper():
                    continue
                councils = [o.name for o in self.ents.orgs.values() if o.kind == "LocalAuthority" and o.place == t.text]
                if len(councils) == 1:
                    return councils[0]
        return None

    def their_group(self, sent: Span) -> list[str]:
        """The bodies 'their' stands for when the text just before speaks of them as a group ('the
        two CCGs', 'both trusts'): those of the last coordination of that kind."""
        text = " ".join(s.text for s in self.sentences_before(sent) + [sent])
        said = PLURAL_GROUP.findall(text)
        if not said:
            return []
        kind = GENERIC_NOUNS.get(said[-1].lower().rstrip("s"))
        return self.last_group(sent.start, kind)

    def sentences_before(self, sent: Span, n: int = 2) -> list[Span]:
        """The last `n` non-blank sentences before `sent`."""
        return [s for s in self.sents if s.end <= sent.start and span_text(s).strip()][-n:]

    def topic_before(self, sent: Span) -> str | None:
        """The body 'It' at the start of `sent` stands for: the body that is the subject of the
        sentence before, else the first it names; past a sentence that names none or that also
        opens with 'It' ('The board, set up ..., will run in shadow form. It is expected to ...
        It is chaired by X'), and past the lines of a list, which are no topic."""
        prose = [s for s in self.sentences_before(sent, 8) if s.text.strip()[:1] not in BULLETS
                 and not s.text.strip().endswith(":")]
        for prev in reversed(prose[-3:]):
            orgs = self.ents.within(prev.start, prev.end, "ORG")
            subject = next((m for m in orgs if any(t.dep_ in {"nsubj", "nsubjpass"} for t in self.doc[m.start:m.end])),
                           None)
            if subject is not None:
                return subject.entity
            opener = next((t for t in prev if not t.is_space), None)
            if orgs and (opener is None or opener.lower_ != "it"):
                return orgs[0].entity
        return None

    def subject_before(self, sent: Span) -> str | None:
        """The organisation 'its' points back to: the first one named in the sentence before."""
        for prev in reversed(self.sentences_before(sent)):  # the sentence before, or the one before that
            orgs = self.ents.within(prev.start, prev.end, "ORG")
            if orgs:
                return orgs[0].entity
        return None

    def _subject_before_of_its_kind(self, sent: Span, the) -> str | None:
        """'The board is chaired by X' after a sentence about a body: that body, unless the noun
        after 'the' names a kind the body is not ('The partnership ...' after a sentence about
        the police)."""
        body = self.subject_before(sent)
        noun = self.toks[the.i + 1].lower_ if the.i + 1 < sent.end else ""
        if noun == "meeting":  # "The meeting was the last chaired by X": the partnership whose meeting it was
            return partnership_named_most_before(self.doc, self.ents, sent.start_char) or body
        kind = GENERIC_NOUNS.get(noun)
        if body is not None and noun in JOINT_WORK_BOARDS and self.ents.orgs[body].kind != "Partnership":
            return None  # "The programme board will be chaired by X": a programme's board, not the last body's
        return body if body is None or kind is None or noun == "board" or self.ents.orgs[body].kind == kind else None

    def inverted_copula(self, sent: Span, pm: Mention) -> None:
        """'The new managing director of the partnership is Emma Stone', 'Kernow CCG's chief
        officer will be Jo Hale': the subject before the copula holds the title and body."""
        doc = self.doc
        toks = self.toks
        k = pm.start - 1
        while k >= sent.start and (toks[k].text in self.lex.prefixes or toks[k].text == "."):
            k -= 1
        cop_end = k + 1
        while k >= sent.start and toks[k].lower_ in COPULAS:
            k -= 1
        if cop_end == k + 1 or k < sent.start or not any(toks[j].lemma_ == "be" for j in range(k + 1, cop_end)):
            return
        end = k + 1
        if k - 1 >= sent.start and re.fullmatch(r"(?:19|20)\d\d(?:[-/]\d{2,4})?", toks[k].text) \
                and toks[k - 1].lower_ in {"for", "in", "from", "since", "during"}:
            end = k - 1  # "its chair for 2016 is Dr X": the year the post is held in is no part of it
        start = end
        while start - 1 >= sent.start and end - start < 15:
            t = toks[start - 1]
            if _is_boundary(t) or t.pos_ in {"AUX", "PRON", "SCONJ", "NUM"} or t.text in {",", "("} or (
                    t.pos_ == "VERB" and t.dep_ not in {"amod", "compound"}):  # "managing director"
                break
            if self.ents.at(start - 1) and self.ents.at(start - 1).kind == "PERSON":
                return
            start -= 1
        found = self.pairs(start, end)
        for title, org, former in found:
            self.add(pm.entity, org, title, former, sent, 0.75)
        first = next((t for t in span_tokens(sent) if not t.is_space), None)
        after_its = first is not None and first.i == start and toks[start].lower_ == "the" and not found and any(
            span_text(s).lstrip().lower().startswith("its ") for s in self.sentences_before(sent, 1))
        office = None  # "The vice chair is Dr X" in a passage about a partnership: the partnership's
        if first is not None and first.i == start and toks[start].lower_ == "the" and not found and not after_its \
                and not self.ents.within(start, end) and CHAIR_OFFICE.fullmatch(tokens_text(doc, start + 1, end).lower()):
            office = self.partnership_in_view(sent)
        if after_its or office:
            start += 1  # (the title after "The")
        if not found and start - 1 >= sent.start and (toks[start - 1].lower_ == "its" or after_its or office) \
                and not self.ents.within(start, end):
            # "Its vice-chairman is Dr X": the body the text is about ("It" of the sentences before);
            # "Its chief executive is A. The chair is B": the same body's
            title, former = clean_title(list(doc[start:end]), self.lex)
            if office:
                body = office
            elif after_its:
                body = self.topic_before(self.sentences_before(sent, 1)[0])
            elif first is not None and first.i == start - 1:
                body = self.topic_before(sent)
            else:
                body = self.its_referent(sent, start - 1, owners=True)
            if title and body:
                body = self.partnership_for_office(body, title, sent) if first is not None and first.i == start - 1 else body
                self.rule = "rule:its_title"
                one = self.lex.singular_title(title)
                # "Its new board members are A, ..., and B": a plural title, one seat each
                named = [m for m in self.ents.mentions if m.kind == "PERSON" and pm.start <= m.start < sent.end] \
                    if one != title else [pm]
                for p in named:
                    self.add(p.entity, body, one, former, sent, 0.7)
                self.rule = "rule:inverted_copula"
        elif not found:
            self.listed_from(sent, pm, start, end)

    def listed_from(self, sent: Span, pm: Mention, start: int, end: int) -> None:
        """'Non-executive members are Dr Alan Price from X Hospice and Janet Lowe from Y CVS':
        the title before the copula, each person's body after their 'from'."""
        title, former = clean_title(list(self.doc[start:end]), self.lex)
        title = self.lex.singular_title(title)
        for p in [m for m in self.ents.mentions if m.kind == "PERSON" and pm.start <= m.start < sent.end]:
            k = p.end + (1 if p.end < sent.end and self.toks[p.end].text == "," else 0)
            if k + 1 < sent.end and self.toks[k].lower_ in {"from", "of", "at"}:
                org = self.ents.at(k + 1)
                if org is not None and org.kind == "ORG":
                    self.add(p.entity, org.entity, title, former, sent, 0.7)

    def predicate(self, sent: Span, pm: Mention | None, person: str) -> None:
        doc = self.doc
        toks = self.toks
        start = pm.end if pm else sent.start + 1
        end = sent.end
        for k in range(start, sent.end):
            if toks[k].text in {";"} or _opens_quote(doc, k) or (
                    self.ents.at(k) and self.ents.at(k).kind == "PERSON" and k >= start + 1) or (
                    k > start + 1 and toks[k].dep_ == "mark" and toks[k].lower_ in CLAUSE_MARKS
                    and not self._generic_subject_after(k, sent.end)):
                end = k  # "will be acting chairman until the Welsh Government appoints ...": not its body
                break  # (but "interim chief executive while the council recruits": the council's)
        end = self._before_description(start, self._before_announcers(start, end))
        relative = next((k for k in range(start, end) if toks[k].lower_ in RELATIVES and k + 1 < end
                         and toks[k + 1].lower_ in {"is", "was", "works", "'s", "’s"}), None)
        if relative is not None:
            end = relative  # "A | Chief Executive | Spouse is Director of Nursing, X": the relative's post
        closes = self._who_clause_end(start, end)
        if closes is not None:  # "Mr A, who is also NHS X's director of Y, has been interim chief officer"
            self._predicate_within(sent, start, closes, person)
            start = closes
        self._predicate_within(sent, start, end, person)

    def pronoun_clause_after_a_semicolon(self, sent: Span, people: list[Mention]) -> None:
        """'The CCG has appointed A as its Chief Finance Officer; he is currently Deputy Director
        of Finance at X': a clause after a semicolon whose subject is 'he' or 'she' (no one named
        in it) is read as a predicate of the person the pronoun points to among those named before."""
        toks = self.toks
        for k in range(sent.start, sent.end - 3):
            if toks[k].text != ";" or toks[k + 1].lower_ not in {"he", "she"} or toks[k + 1].dep_ not in {"nsubj", "nsubjpass"}:
                continue
            before = [m.entity for m in people if m.end <= k]
            if any(m.start > k for m in people) or not before:
                return
            person = pronoun_referent(self.ents, toks[k + 1].lower_, before, before)
            if person:
                self.predicate(self.doc[k + 1:sent.end], None, person)
            return

    def pronoun_clause_before_a_name(self, sent: Span, people: list[Mention], seen: list[str],
                                     recent: list[str], aside: set[str]) -> None:
        """'She is currently Group Manager for X and succeeds Ieuan Coity': a sentence whose
        subject is 'he' or 'she', with people named only after its verb, says of the one the
        pronoun points back to what it says before the first name."""
        toks = self.toks
        first = next((t for t in span_tokens(sent) if not t.is_space), None)
        if first is None or first.lower_ not in {"he", "she"} or first.dep_ not in {"nsubj", "nsubjpass"} \
                or people[0].start - first.i < 3 or not seen:
            return
        person = referent_not_aside(self.ents, first.lower_, seen, recent, aside)
        if person and all(m.entity != person for m in people):
            end = people[0].start
            passive = SUCCEEDED_BY.match(span_text(sent))
            if passive:  # "He has been succeeded by X's former director of Y, Z": the words after are Z's
                end = min(end, self.char_token(sent.start_char + passive.start("verb")))
            while end > first.i + 1 and (self.lex.is_honorific(toks[end - 1].text) or toks[end - 1].lower_ in {
                    "and", "succeeds", "replaces", "succeeding", "replacing", "from", "over", "takes"}):
                end -= 1  # (the predicate stops before "and succeeds [Ieuan Coity]")
            self.predicate(self.doc[first.i:end], None, person)

    def _who_clause_end(self, start: int, end: int) -> int | None:
        """The comma that closes a 'who' clause opening right after the name (', who is also X's
        director of Y, has been ...'), at the first comma before a verb: the clause's post and the
        main clause's are read apart, so the title of one is not put at the body of the other."""
        toks = self.toks
        if not (start + 2 < end and toks[start].text == ","):
            return None
        who = next((k for k in range(start + 1, min(end, start + 8)) if toks[k].lower_ == "who" or toks[k].text == ","),
                   None)  # (or late in an apposition: ", a GP in Invergordon who is the partnership's clinical lead,")
        if who is None or toks[who].lower_ != "who":
            return None
        return next((k for k in range(who + 1, end - 1) if toks[k].text == ","
                     and toks[k + 1].pos_ in {"AUX", "VERB"} and toks[k + 1].dep_ not in {"amod", "compound"}), None)

    def _predicate_within(self, sent: Span, start: int, end: int, person: str) -> None:
        toks = self.toks
        self.chairs(sent, start, end, person)
        self.leads(sent, start, end, person)
        # the title starts after the last trigger word before the first organisation
        orgs = [m for m in self.ents.within(start, end, "ORG") if not self._the_appointer(m)]
        self.its_title_after_trigger(sent, start, end, person)
        if not orgs:  # the fronted body first: the weaker reading of the same post must not take its place
            self.fronted_body(sent, start, end, person)
        self.title_at_main_body(sent, start, end, person)
        if not orgs:
            return
        triggers = [k for k in range(start, end)
                    if _is_trigger(toks[k]) or _is_appointing_verb(toks[k])
                    or (toks[k].lower_ == "of" and k > start and toks[k - 1].lower_ in {"role", "post", "position", "job"})]
        # the title starts after the last trigger before an organisation: "who has chaired X since
        # 2020, will be chair of the new trust" has two
        segments = []
        for org in orgs:
            before = [k for k in triggers if k < org.start and (not segments or k > segments[-1][1])]
            if before:
                segments.append((before[-1], org.end))
        for n, (trig, _) in enumerate(segments):
            stop = segments[n + 1][0] if n + 1 < len(segments) else end
            for title, org, former in self.pairs(trig + 1, stop):
                # "was/previous role" marks a former post only when the text says so
                self.add(person, org, title, former, sent, 0.7)

    def _the_appointer(self, m: Mention) -> bool:
        """'has been appointed by the NHS Appointments Commission as a Non-Executive Director of the
        PCT': the body that appoints is not the one the post is at."""
        toks = self.toks
        k = m.start - 1 - (m.start > 0 and toks[m.start - 1].lower_ == "the")
        return k >= 1 and toks[k].lower_ == "by" and _is_appointing_verb(toks[k - 1]) and toks[k - 1].tag_ == "VBN"

    def _generic_subject_after(self, k: int, end: int) -> bool:
        """Whether the first body named after token k is a description ('the council', 'the
        primary care trust'), which points back to the body the post is at."""
        first = next((m for m in self.ents.within(k, end, "ORG")), None)
        return first is not None and first.generic

    def _before_description(self, start: int, end: int) -> int:
        """'chief officer of X, the partnership in Kirkwall run by A and B': a description of the
        body after its name, saying who runs it, names no body the post is at; the predicate
        ends at its comma."""
        text = doc_text(self.doc)
        for m in self.ents.within(start, end, "ORG"):
            after = self.toks[m.end - 1].idx + len(self.toks[m.end - 1])
            if m.end < end and self.toks[m.end].text == "," and RUN_BY_DESCRIPTION.match(text[after:after + 120]):
                return m.end
        return end

    def _before_announcers(self, start: int, end: int) -> int:
        """'... chief officer of the X Partnership, NHS Y and Z Council announced today': the
        bodies of a closing reporting clause hold no post; the predicate ends at its comma."""
        toks = self.toks
        verb = next((k for k in range(start + 1, end) if toks[k].pos_ == "VERB" and toks[k].lemma_ in
                     {"announce", "confirm", "say", "report", "reveal", "state"} and toks[k].tag_ == "VBD"
                     and self.ents.at(k - 1) is not None and self.ents.at(k - 1).kind == "ORG"), None)
        if verb is None:
            return end
        comma = next((k for k in range(verb - 1, start, -1) if toks[k].text == "," and (
            self.ents.at(k - 1) is None or self.ents.at(k - 1).kind == "ORG")), None)
        return comma if comma is not None else end

    def fronted_body(self, sent: Span, start: int, end: int, person: str) -> None:
        """'At X Trust, Fiona Tregear has been confirmed as director of nursing': the body the
        sentence opens with holds the post its predicate names."""
        doc = self.doc
        toks = self.toks
        first = next((t for t in span_tokens(sent) if not t.is_space), None)
        if first is None or first.lower_ not in {"at", "in", "for"}:
            return
        body = self.ents.at(first.i + 2 if toks[first.i + 1].lower_ == "the" else first.i + 1)  # "At the X Forum,"
        if body is None or body.kind != "ORG" or body.end >= sent.end or toks[body.end].text != ",":
            return
        triggers = [k for k in range(start, end) if _is_trigger(toks[k]) or _is_appointing_verb(toks[k])]
        if not triggers:
            return
        trigger = triggers[-1]  # "has been confirmed as", "has been elected": the title follows the last
        stop = trigger + 1
        while stop < end and not _is_boundary(toks[stop]) and toks[stop].text not in {",", "."} \
                and toks[stop].lower_ not in {"after", "from", "in", "on", "since", "until", "with"}:
            stop += 1
        title, former = clean_title(list(doc[trigger + 1:stop]), self.lex)
        self.rule = "rule:fronted_body"
        self.add(person, body.entity, title, former, sent, 0.7)
        self.rule = "rule:predicate"

    def predecessor(self, sent: Span, people: list[Mention], earlier: str | None = None) -> None:
        """'Dr Emma Lowe becomes medical director of X, replacing Dr Ian Brooks', 'She replaced Tom
        Brisk', 'Following the retirement of Mr B in June, Mrs A has been appointed T': the person
        replaced held the same post before. `earlier`: who 'He will replace X' points to."""
        toks = self.toks
        for pm in people:
            k = self._before_honorifics(pm, sent)
            cue = toks[k]
            leaving = cue.lower_ == "of" and toks[k - 1].lower_ in LEAVING_NOUNS  # "Following the retirement of X, Y ..."
            if not leaving and cue.lower_ not in ACTIVE_SUCCESSION_VERBS | {"from"} \
                    or (cue.lower_ == "from" and not self._took_over_before(k, sent)):
                continue
            successor = next((p.entity for p in people if p.start < pm.start), None)
            if leaving:  # the one appointed after "following the retirement of X", else the one before it
                successor = next((p.entity for p in people if p.start > pm.start), successor)
                if successor is None:
                    continue
            here = True
            if successor is None:  # "He will replace Maeve Toner": the post he was given before
                successor, here = earlier, False
            if successor is None or successor == pm.entity:
                continue
            # the successor's post is given in this sentence, or in a lede before it that named no one
            # ("A Portstewart GP has been named as chair of X. Dr A ... takes over from Dr B")
            given_at = {sent.start_char} | {s.start_char for s in self.sentences_before(sent, 1) if s in self.ledes}
            posts = [p for p in self.posts if p.person == successor and not p.former
                     and (p.evidence.start in given_at or not here)]
            if here and not posts:  # "took up post as Medical Director ..., succeeding Dr B": a post found
                said = span_text(sent).lower()  # first on an earlier line, its title said again here
                posts = [p for p in self.posts if p.person == successor and not p.former
                         and re.search(rf"\b{re.escape(p.title.lower())}\b", said)]
            if not here and posts:  # the appointment the story leads with, announced before the name if so
                announced = [p for p, r in zip(self.posts, self.rules) if r in ANNOUNCING_RULES and p in posts]
                posts = announced[:1] or posts[:1]
            for post in posts:
                self.add(pm.entity, post.organisation, post.title, True, sent, 0.6)

    def fronted_former_post(self, sent: Span, seen: list[str]) -> None:
        """'A former district nurse with the health board, she took over ...': the post the opening
        phrase gives, at the body it names, is the one the pronoun after it points back to held before."""
        m = FRONTED_FORMER.match(span_text(sent))
        if not m or not seen:
            return
        org = next((o for o in self.ents.within(sent.start, sent.end, "ORG")
                    if sent.start_char + m.start("org") <= self.toks[o.start].idx < sent.start_char + m.end("org")), None)
        person = pronoun_referent(self.ents, m.group("pronoun").lower(), seen)
        title = m.group("title")
        if org is not None and person and has_title(title, self.lex):
            self.add(person, org.entity, title, True, sent, 0.6)

    def _took_over_before(self, k: int, sent: Span) -> bool:
        """Whether 'from' at `k` closes 'took over from', a time phrase between ('she took over last
        summer from X', 'takes over in April from X')."""
        toks = self.toks
        over = next((j for j in range(k - 1, max(sent.start, k - 5) - 1, -1) if toks[j].lower_ == "over"), None)
        return over is not None and over > sent.start and toks[over - 1].lemma_ == "take" \
            and not any(t.is_punct for t in toks[over + 1:k])

    def deputy_named(self, sent: Span, people: list[Mention], seen: list[str]) -> None:
        """'His deputy, Joanna Slade, will take over as interim chief executive': the person named
        is deputy in the post the one 'his' or 'her' points back to holds at the body the
        article is about."""
        named = self._named_for_the_pronouns_holder(sent, people, seen, HIS_DEPUTY)
        body = self.ents.most_mentioned()
        if named is None or body is None:
            return
        first, holder = named
        held = next((p for p in self.posts if p.person == holder and p.organisation == body and not p.former
                     and not p.title.lower().startswith("deputy")), None)
        if held is not None:
            self.add(first.entity, body, "Deputy " + held.title, False, sent, 0.6)

    def aged_apposition(self, sent: Span, person: str) -> None:
        """'The 46-year-old, a former consultant in public health at NHS X, said ...': the person
        the sentence's age stands for (the last one named) held the title of the apposition."""
        hit = AGED_OPENING.match(span_text(sent))
        if hit is None:
            return
        start = self.char_token(sent.start_char + hit.end())
        end = start
        while end < sent.end and self.toks[end].text not in {",", ";", "."} and not _is_boundary(self.toks[end]):
            end += 1
        for title, org, former in self.pairs(start, end):
            self.add(person, org, title, former, sent, 0.6)

    def vice_chair_named(self, sent: Span, people: list[Mention], seen: list[str]) -> None:
        """'Her vice chair is Professor A, ...' after 'B was elected chair of X': the person named
        is vice chair of the body the one 'her' points back to chairs."""
        named = self._named_for_the_pronouns_holder(sent, people, seen, HIS_VICE_CHAIR)
        if named is None:
            return
        first, holder = named
        title = HIS_VICE_CHAIR.match(span_text(sent)).group(2)
        for post in [p for p in self.posts if p.person == holder and not p.former
                     and re.fullmatch(r"chair(?:man|woman|person)?", p.title, re.I)]:
            self.add(first.entity, post.organisation, title[0].upper() + title[1:], False, sent, 0.6)

    def successor_named(self, sent: Span, people: list[Mention], seen: list[str]) -> None:
        """'His successor is Louise Reade, currently ...': the person named takes the posts the
        one 'his' or 'her' points back to holds now (found in the sentences just before)."""
        named = self._named_for_the_pronouns_holder(sent, people, seen, HIS_SUCCESSOR)
        if named is None:
            return
        first, holder = named
        before = [s.start_char for s in self.sentences_before(sent, 3)]
        for post in [p for p in self.posts if p.person == holder and not p.former
                     and before and p.evidence.start >= before[0] and not NEW_POST.search(p.evidence.text)]:
            self.add(first.entity, post.organisation, post.title, False, sent, 0.6)  # (not the post they go to)

    def succeeded_by(self, sent: Span, people: list[Mention], seen: list[str]) -> None:
        """'He has been succeeded by Fold's former director of care, Hilary Tull': the person named
        after 'by' takes the post the one 'he' or 'she' points back to held in the sentences just
        before (held until now: the post they leave)."""
        text = span_text(sent)
        m = SUCCEEDED_BY.match(text)
        handing = m is None  # (then only "He hands over to X" can match)
        m = m or HANDS_OVER_TO.match(text)
        named_subject = None
        if not m and (later := SUCCEEDED_LATER.search(text)) and people and people[0].start <= sent.start + 1 \
                and self.toks[people[0].end - 1].idx < sent.start_char + later.start():
            # "Alan retires at Christmas ..., and will be succeeded in January by X": the subject's post
            m, handing, named_subject = later, False, people[0].entity
        if not m or not (seen or named_subject):
            return
        at = sent.start_char + m.end()
        successor = next((p for p in people if self.toks[p.start].idx >= at), None)
        holder = named_subject or pronoun_referent(self.ents, m.group(1).lower(), seen)
        if successor is None or holder is None or holder == successor.entity:
            return
        before = [s.start_char for s in self.sentences_before(sent, 3)]
        named = not handing and m.group("as") and m.group("as").lower().removeprefix("the ")  # "replaced as co-chair by"
        held = [p for p in self.posts if p.person == holder and before and p.evidence.start >= before[0]
                and p.evidence.start < sent.start_char and not NEW_POST.search(p.evidence.text)
                and not LEAVES_FOR.search(p.evidence.text) and (not named or p.title.lower() == named)
                and (not handing or CHAIR_OFFICE.fullmatch(p.title.lower()))]  # (one hands over a chair, not a job)
        for post in held:
            self.add(successor.entity, post.organisation, post.title, False, sent, 0.6)
        if not named or held or not has_title(named, self.lex):
            return
        # "He has been succeeded as co-ordinator by X" with no such post read before: the post is at
        # the partnership the sentences are about (else the story's body, when it is a partnership),
        # X's now and his before
        story = self._story_body()
        body = self.partnership_in_view(sent, through=True) or (
            story if story and self.ents.orgs[story].kind == "Partnership" else None)
        if body:
            self.add(successor.entity, body, named, False, sent, 0.6)
            self.add(holder, body, named, True, sent, 0.6)

    def _named_for_the_pronouns_holder(self, sent: Span, people: list[Mention], seen: list[str],
                                       opening: re.Pattern) -> tuple[Mention, str] | None:
        """(the person the sentence names right after `opening`, the one its 'his' or 'her'
        points back to) for 'His successor is A', 'Her deputy, B, ...'; None when either is
        missing or they are one person."""
        m = opening.match(span_text(sent))
        if not m or not seen:
            return None
        first = next((p for p in people  # (an honorific between: "Her vice chair is Professor A")
                      if self.toks[self._before_honorifics(p, sent) + 1].idx - sent.start_char <= m.end() + 4), None)
        holder = pronoun_referent(self.ents, m.group(1).lower(), seen)
        if first is None or holder is None or holder == first.entity:
            return None
        return first, holder

    def _replaced_as(self, sent: Span, pm: Mention) -> bool:
        """'A replaces B as chief executive', 'who succeeded B as chair in 2019': the title after the
        name of the one replaced is the successor's (B held it before), not B's own."""
        return self.toks[self._before_honorifics(pm, sent)].lower_ in ACTIVE_SUCCESSION_VERBS \
            and pm.end < sent.end and self.toks[pm.end].lower_ == "as"

    def replaced_as(self, sent: Span, pm: Mention, successor: str | None) -> None:
        """'A replaces B as chief executive of X': the post the words after B's name give is A's,
        and B's before A (B's still while A only 'will succeed' B)."""
        mark = len(self.posts)
        self.predicate(sent, pm, pm.entity)
        read, rules = self.posts[mark:], self.rules[mark:]
        del self.posts[mark:], self.rules[mark:]
        self._seen -= {(p.person, p.organisation, p.role.lower()) for p in read}
        verb = self._before_honorifics(pm, sent)
        still_in_post = self.toks[verb - 1].lower_ in {"will", "to", "shall", "would"}
        for post, rule in zip(read, rules):
            if successor and successor != pm.entity:
                self.rule = rule
                self.add(successor, post.organisation, post.title, post.former, sent, post.confidence)
            self.rule = "rule:predecessor"
            self.add(pm.entity, post.organisation, post.title, not still_in_post, sent, 0.6)
        self.rule = "rule:predicate"

    def _successor_before(self, sent: Span, pm: Mention, people: list[Mention], seen: list[str],
                          recent: list[str], aside: set[str]) -> str | None:
        """Who replaces `pm`: the last person named before in the sentence, else the one its 'he' or
        'she' before the name points back to."""
        before = [m.entity for m in people if m.end <= pm.start]
        if before:
            return before[-1]
        pronoun = next((t.lower_ for t in self.toks[sent.start:pm.start] if t.lower_ in {"he", "she"}), None)
        if pronoun is None or not seen:
            return None
        return referent_not_aside(self.ents, pronoun, seen, recent, aside)

    def _before_honorifics(self, pm: Mention, sent: Span) -> int:
        """The token before a name and its honorifics ('replacing [Dr] Ian Brooks', 'by [Sir] ...')."""
        k = pm.start - 1
        while k > sent.start and self.lex.is_honorific(self.toks[k].text):
            k -= 1
        return k

    def chairs(self, sent: Span, start: int, end: int, person: str) -> None:
        """'Dr Mehta also chairs the X Network', 'will chair the collaborative's board': the verb
        is the post."""
        doc = self.doc
        toks = self.toks
        for t in toks[start:end]:
            if t.pos_ == "VERB" and t.lemma_ == "chair":
                if self.chairs_own_committee(sent, t.i + 1, end, person):
                    return
                org = next((m for m in self.ents.within(t.i + 1, min(end, t.i + 12), "ORG")
                            if not self.doc[t.i + 1:m.start].text.count(",")), None)
                if org is not None and org.generic and org.text.lower() in {"the group", "group"} \
                        and (in_view := self.partnership_in_view(sent)) and in_view != org.entity:
                    org = replace(org, entity=in_view)  # "who has chaired the group since it was formed": the partnership
                if org is not None:
                    committee = self._committee_of(org.end, end) or self._committee_before_of(t.i + 1, org.start)
                    self.rule = "rule:chairs_committee" if committee else "rule:chairs"
                    self.add(person, org.entity, f"Chair of the {committee}" if committee else "Chair", False, sent,
                             0.75)
                    if not committee:
                        for other in self._coordinated_after(org, end):  # "chairs both A and B"
                            self.add(person, other.entity, "Chair", False, sent, 0.7)
                        self.deputy_with(sent, org.end, org.entity)
                    self.rule = "rule:predicate"
                elif t.i + 1 < end and toks[t.i + 1].lower_ in {"its", "their"} and any(
                        toks[k].lower_ in {"board", "committee", "group", "partnership"} for k in range(t.i + 2, min(end, t.i + 5))):
                    # "X confirmed that Dr A will chair its leadership board": the board is X's
                    subject = self.its_referent(sent, t.i + 1)
                    if subject:
                        self.rule = "rule:chairs_its_board"
                        self.add(person, subject, "Chair", t.tag_ == "VBD", sent, 0.7)
                        self.rule = "rule:predicate"
                elif (group := PLURAL_GROUP.match(tokens_text(doc, t.i + 1, end))) is not None:
                    # "who chaired both predecessor organisations": each body of the group named before
                    kind = GENERIC_NOUNS.get(group.group(1).lower().rstrip("s"))
                    self.rule = "rule:chairs_group"
                    for name in self.last_group(sent.start, kind if kind in KINDS_OF_GROUPS else None):
                        self.add(person, name, "Chair", t.tag_ == "VBD", sent, 0.6)  # "has chaired ... since"
                    self.rule = "rule:predicate"
                return

    def _coordinated_after(self, org: Mention, end: int) -> list[Mention]:
        """The bodies joined to `org` by 'and' or commas right after it ('A, B and C')."""
        out, k = [], org.end
        while k + 1 < end and self.toks[k].text in {",", "and", "&"}:
            k += 1 if self.toks[k + 1].lower_ != "and" else 2
            nxt = self.ents.at(k)
            if nxt is None or nxt.kind != "ORG" or nxt.start != k:
                break
            out.append(nxt)
            k = nxt.end
        return out

    def leads(self, sent: Span, start: int, end: int, person: str) -> None:
        """'Cllr X, who leads Y Council': the verb is the post, Leader of a council and Lead of
        another body; only with a named body as its object ('leads the stroke service at Y' is no post,
        nor 'leads the council's review')."""
        toks = self.toks
        for t in toks[start:end]:
            if t.pos_ != "VERB" or t.lemma_ != "lead" or t.tag_ not in {"VBZ", "VBD"}:
                continue  # "will lead the enlarged trust" says what the post will do, not what it is
            at = t.i + 2 if t.i + 1 < end and toks[t.i + 1].lower_ == "the" else t.i + 1
            org = self.ents.at(at) if at < end else None
            if org is None or org.kind != "ORG" or org.generic or org.start < t.i + 1 \
                    or (org.end < len(toks) and toks[org.end].text in {"'s", "’s", "'", "’"}):
                return
            title = "Leader" if self.ents.orgs[org.entity].kind == "LocalAuthority" else "Lead"
            self.rule = "rule:leads"
            self.add(person, org.entity, title, t.tag_ == "VBD", sent, 0.7)
            self.rule = "rule:predicate"
            return

    def deputy_with(self, sent: Span, start: int, org: str) -> None:
        """'A will chair the board, with B, a non-executive of X, as vice-chair': B's title after
        'as' is at the board A chairs."""
        doc = self.doc
        toks = self.toks
        for pm in self.ents.within(start, sent.end, "PERSON"):
            k = pm.start
            while k - 1 >= start and self.lex.is_honorific(toks[k - 1].text):
                k -= 1
            if k - 1 < start or toks[k - 1].lower_ != "with":
                continue
            at = next((j for j in range(pm.end, min(sent.end, pm.end + 16)) if toks[j].lower_ == "as"), None)
            if at is None or (at > pm.end and toks[pm.end].text != ","):
                continue
            title, former = clean_title(list(doc[at + 1:self._noun_phrase_end(at + 1, sent.end)]), self.lex)
            if title and has_title(title, self.lex):
                self.add(pm.entity, org, title, former, sent, 0.7)

    def _committee_before_of(self, start: int, org: int) -> str | None:
        """'Executive Group' for 'will chair the executive group of the X Board': a committee
        named between the verb and 'of' the body is that body's committee."""
        toks = self.toks
        k = org - 1 if org - 1 >= start and toks[org - 1].lower_ == "the" else org
        if k - 2 <= start or toks[k - 1].lower_ not in {"of", "at"} or toks[start].lower_ != "the":
            return None
        if TRUSTEES_BOARD.fullmatch(tokens_text(self.doc, start + 1, k - 1)):
            return capitalised_words(tokens_text(self.doc, start + 1, k - 1))  # "the board of trustees of X"
        if toks[k - 2].lower_ not in COMMITTEE_NOUNS:
            return None  # "the <words> <committee> of [the] X", at least the committee's noun between
        if not all(t.is_alpha or t.text == "-" for t in toks[start + 1:k - 1]):
            return None
        return capitalised_words(tokens_text(self.doc, start + 1, k - 1))

    def _committee_of(self, at: int, end: int) -> str | None:
        """'[X Council]'s communities committee' -> 'Communities Committee', '[the CCG]'s governing
        body' -> 'Governing Body': a committee or board of the body just named, after its possessive."""
        toks = self.toks
        if at >= end or toks[at].text not in {"'s", "’s"}:
            return None
        for k in range(at + 1, min(end, at + 10)):  # "'s Health and Wellbeing Overview and Scrutiny Committee"
            if toks[k].lower_ in COMMITTEE_NOUNS or toks[k].lower_ == "board" \
                    or toks[k - 1].lower_ == "governing" and toks[k].lower_ == "body":
                return capitalised_words(tokens_text(self.doc, at + 1, k + 1)) if k > at + 1 else None  # its board: itself
            if not (toks[k].is_alpha or toks[k].text in {"&", "-"}):
                return None
        return None

    def chairs_own_committee(self, sent: Span, start: int, end: int, person: str) -> bool:
        """'Gerald chairs the Audit Committee', 'he chaired its People Committee', 'She chairs our
        Quality Committee': a committee of a board is no body of its own
        (organisations.is_own_committee); the post is its chair, at the body that owns it ('its'
        body, else the body the text is about). Returns whether it read one."""
        toks = self.toks
        lead = toks[start].lower_ if start < end else ""
        first = start + 1 if lead in {"the", "its", "their", "our"} else start
        stop = first
        while stop < min(end, first + 8) and (toks[stop].is_title or toks[stop].lower_ in {"and", "&", "of"}
                                               or toks[stop].text == ","):
            stop += 1
        while stop > first and toks[stop - 1].lower_ in {"and", "&", "of", ","}:
            stop -= 1  # "chairs the Finance Committee and is the Board's ...": the phrase ends at its head
        phrase = tokens_text(self.doc, first, stop)
        if phrase.split()[-1:] != ["Committee"] or not is_own_committee(phrase):
            return False
        body = self.its_referent(sent, start) if lead in {"its", "their"} else self.ents.most_mentioned()
        if body:
            self.rule = "rule:chairs_committee"
            self.add(person, body, "Chair of the " + phrase, toks[start - 1].tag_ == "VBD", sent, 0.6)
            self.rule = "rule:predicate"
        return True

    def title_at_main_body(self, sent: Span, start: int, end: int, person: str) -> None:
        """'Dr Owain Jones, the board's medical director, has been acting chief executive': a
        title after the predicate's verb with no body after it is held at the body the article is
        about (a weak rule: the learned scorer weighs it). 'was a social worker' names no post."""
        doc = self.doc
        toks = self.toks
        triggers = [k for k in range(start, end) if _is_trigger(toks[k])]
        if not triggers or triggers[-1] + 1 >= end or toks[triggers[-1] + 1].lower_ in {"a", "an", "the"}:
            return
        title_end = next((k for k in range(triggers[-1] + 1, end) if toks[k].lower_ in {"alongside", "as well as"}), end)
        if self.ents.within(triggers[-1], title_end, "ORG") or any(
                t.lower_ in {"its", "their", "his", "her"} for t in toks[triggers[-1]:title_end]):
            return  # a body after the verb (or 'its') says where the post is ("alongside her own post" does not)
        named = self.ents.within(sent.start, start, "PERSON")
        if "respectively" in span_text(sent) or (len(named) >= 2 and all(
                t.lower_ in {"and", "&"} or self.lex.is_honorific(t.text)
                for t in toks[named[-2].end:named[-1].start])):
            return  # "A and B have been appointed as X and Y respectively": the respectively shape
        stop = triggers[-1] + 1
        while stop < end and not _is_boundary(toks[stop]) and toks[stop].text not in {",", ".", ";"} \
                and (toks[stop].lower_ not in NO_TITLE_AFTER or _a_field_in_capitals(toks, stop, end)
                     or _a_field_in_lower_case(toks, triggers[-1] + 1, stop, end)):
            stop += 1
        title, former = clean_title(list(doc[triggers[-1] + 1:stop]), self.lex)
        office = title and (CHAIR_OFFICE.fullmatch(title.lower()) or PARTNERSHIP_OFFICE.search(title))
        # "A became vice chair in September", "B took up post as Network Co-ordinator": a chairing or
        # partnership office goes to the partnership in view, before the body the article names most
        in_view = office and self.partnership_in_view(sent)
        own = self._owner_of_the_post_held(sent, start, triggers[-1]) \
            if title and title.lower().startswith(("acting ", "interim ")) else None
        if own and has_title(title, self.lex):  # "X's deputy chief pharmacist, A, will be acting chief pharmacist"
            self.add(person, own, title, former, sent, 0.7)
            return
        body = in_view or self.ents.most_mentioned()
        if title and body and has_title(title, self.lex) and len(title.split()) <= 8:
            # (its own rule name: the scorer weighs a partnership's office apart from any title)
            self.rule = "rule:office_at_partnership_in_view" if in_view else "rule:title_at_main_body"
            self.add(person, body, title, former, sent, 0.5)
            self.rule = "rule:predicate"

    def _owner_of_the_post_held(self, sent: Span, start: int, trigger: int) -> str | None:
        """The one body named with a possessive before the person, who is named before the predicate
        ('SaTH's deputy chief pharmacist, A, will be ...'), or the body a report speaks for as 'our'
        ('A, our Director of Nursing, was ...', 'Our Director of Finance, A, was ...'): where the person
        works, and so where an acting or interim post they step up to is."""
        named = self.ents.within(sent.start, start, "PERSON")
        orgs = self.ents.within(sent.start, start, "ORG")
        ours = self.ents.within(named[0].end, trigger, "ORG") if named else []
        if len(ours) == 1 and ours[0].text.lower() == "our" and not orgs:
            return ours[0].entity  # "A, our Director of Nursing, was Acting Chief Executive": the report's body
        if named and not orgs and self.ents.heading and any(
                t.lower_ == "our" for t in self.toks[sent.start:named[0].start]):
            return self.ents.heading  # "Our Director of Finance, A, was Acting Chief Executive": the page's body
        if not named or len(orgs) != 1:
            return None  # (not "A, who is also X's director of Y, has been interim chief officer": his other post's body)
        owner = orgs[0]
        return owner.entity if owner.start < named[0].start and self.toks[owner.end].text in {"'s", "’s"} else None

    def its_title_after_trigger(self, sent: Span, start: int, end: int, person: str) -> None:
        """'Claire Dunne will become its chief operating officer': the body 'its' stands for
        (its_referent)."""
        toks = self.toks
        for k in range(start, end - 1):
            if toks[k].lower_ in {"become", "becomes", "became", "as"} and toks[k + 1].lower_ in {"its", "their"}:
                stop = k + 2
                while stop < end and (toks[stop].pos_ in {"NOUN", "PROPN", "ADJ", "CCONJ"}
                                      or toks[stop].lower_ in {"of", "for"}
                                      or toks[stop].tag_ == "VBG" and toks[stop - 1].lower_ in {"of", "and"}) \
                        and toks[stop].text not in {",", "."} and stop - k < 10:
                    stop += 1
                title, former = clean_title([toks[x] for x in range(k + 2, stop)], self.lex)
                subject = self.its_referent(sent, k)
                if title and subject:
                    self.add(person, subject, title, former, sent, 0.6)
                return

    def appointed_by(self, sent: Span, pm: Mention) -> None:
        """'Herefordshire Council and NHS X CCG have appointed Dr Jane Ellison as their joint
        director of integrated care': the post is at each appointing organisation."""
        toks = self.toks
        verbs = [t for t in toks[sent.start:pm.start] if t.pos_ == "VERB"
                 and t.lemma_ in {"appoint", "name", "recruit", "confirm", "select", "choose", "hire", "elect"}
                 or t.lower_ in {"appointment", "nomination"}]  # "announced the appointment of X as ..."
        as_at = self._as_after(pm, sent)
        if not verbs or as_at is None:
            return
        employers = _subject_bodies(verbs[-1], self.ents.within(sent.start, verbs[-1].i, "ORG"))
        end = as_at + 1
        while end < sent.end and not _is_boundary(toks[end]) and toks[end].text not in {",", "."} \
                and toks[end].lower_ not in {"from", "in", "on", "after", "with"} \
                and toks[end].pos_ not in {"SCONJ", "AUX"} and toks[end].tag_ != "PRP":  # "... while it recruits"
            end += 1
        end = self._portfolio_after_comma(end, sent)
        named = self.ents.within(as_at + 1, end, "ORG")
        if named:  # "confirmed Jo Baird as chief officer of the X Partnership": the post is at X
            self.rule = "rule:appointed_as_of"  # (whoever appoints: "the Cabinet Secretary has appointed")
            for title, org, former in self.pairs(as_at + 1, end) or self._seats_of(as_at + 1, named[0]):
                self.add(pm.entity, org, title, former, sent, 0.8)
            return
        if not employers:
            return
        title, former = clean_title([toks[k] for k in range(as_at + 1, end)], self.lex)
        for m in dict.fromkeys(x.entity for x in employers):
            self.add(pm.entity, m, title, former, sent, 0.75)

    def _portfolio_after_comma(self, end: int, sent: Span) -> int:
        """'appointed A as Managing Director, Community Health and Adult Social Care, from ...': a
        title's portfolio after its comma (capitalised field words, no body, no person) is part of
        it; the new end, or `end` as it was."""
        toks = self.toks
        if end >= sent.end or toks[end].text != ",":
            return end
        stop = end + 1
        while stop < sent.end and toks[stop].text not in {",", ".", ";", "(", ")"} and stop - end <= 8:
            stop += 1
        words = toks[end + 1:stop]
        if not words or stop - end > 8 or not words[0].is_title or toks[end + 1].ent_type_ == "PERSON" \
                or self.ents.within(end + 1, stop, "ORG") or self.ents.within(end + 1, stop, "PERSON") \
                or any(not (t.is_title or t.lower_ in {"and", "&", "of", "for"}) for t in words) \
                or any(self.lex.is_head_word(t.text) for t in words):
            return end
        return stop

    def appointed_its(self, sent: Span, pm: Mention) -> None:
        """'X has confirmed that Dr A has been appointed its director of primary care': a person
        appointed, in the passive, to 'its' (or 'their') title holds it at the body 'its' stands
        for (the sentence's subject)."""
        toks = self.toks
        m = PASSIVE_ITS.match(tokens_text(self.doc, pm.end, min(sent.end, pm.end + 8)))
        if m is None:
            return
        its = next(k for k in range(pm.end, sent.end) if toks[k].lower_ in {"its", "their"})
        end = its + 1
        while end < sent.end and not _is_boundary(toks[end]) and toks[end].text not in {",", ".", ";"} \
                and toks[end].lower_ not in {"from", "in", "on", "after", "with", "until", "since"}:
            end += 1
        body = self.its_referent(sent, its)
        title, former = clean_title([toks[k] for k in range(its + 1, end)], self.lex)
        if body and title and has_title(title, self.lex):
            self.add(pm.entity, body, title, former, sent, 0.75)

    def pronoun_object(self, sent: Span, person: str) -> None:
        """'The ICS has asked him to become its non-executive chair', 'X appointed her as its
        chief executive': the body is the sentence's subject, the person the one met before."""
        toks = self.toks
        pron = next((t for t in span_tokens(sent) if t.lower_ in OBJECT_PRONOUNS and t.dep_ in {"dobj", "nsubj", "pobj"}), None)
        if pron is None:
            return
        subjects = [m for m in self.ents.within(sent.start, pron.i, "ORG")]
        its = next((t for t in toks[pron.i + 1:sent.end] if t.lower_ in {"its", "their"}), None)
        if not subjects or its is None:
            return
        end = its.i + 1
        while end < sent.end and toks[end].pos_ in {"NOUN", "PROPN", "ADJ", "CCONJ", "ADP"} \
                and toks[end].text not in {",", "."} and end - its.i < 10:
            end += 1
        title, former = clean_title([toks[x] for x in range(its.i + 1, end)], self.lex)
        self.add(person, subjects[-1].entity, title, former, sent, 0.6)

    def _seats_of(self, start: int, body: Mention) -> list[tuple[str, str, bool]]:
        """'(appointed A and B as) Non-Executive Board Members of NHS X': a plural title right
        before 'of' and the body is each person's seat, in the singular."""
        toks = self.toks
        if body.start - start < 2 or toks[body.start - 1].lower_ != "of":
            return []
        title, former = clean_title([toks[k] for k in range(start, body.start - 1)], self.lex)
        one = self.lex.singular_title(title) if title else ""
        return [(one, body.entity, former)] if one != title and has_title(one, self.lex) else []

    def _as_after(self, pm: Mention, sent: Span) -> int | None:
        """Where 'as' follows the person, over an apposition ('elected Dr Colin Reid, a
        non-executive director of X, as its vice chair') or the other people appointed with them
        ('appointed A and B as non-executive members')."""
        j = pm.end
        toks = self.toks
        while j + 1 < sent.end and toks[j].lower_ in {"and", ","} and (nxt := self.ents.at(j + 1)) is not None \
                and nxt.kind == "PERSON" and nxt.start == j + 1:
            j = nxt.end  # "appointed A and B as non-executive members": the 'as' after the last of them
        if j < sent.end and toks[j].text == ",":
            close = next((k for k in range(j + 1, min(sent.end, j + 16)) if toks[k].text == ","), None)
            j = close + 1 if close is not None else j
        if j < sent.end and toks[j].lower_ == "to":  # "appointed A to the new joint post of T": 'of' stands for 'as'
            post = POST_OF.match(tokens_text(self.doc, j, min(sent.end, j + 8)))
            if post:
                return next((k for k in range(j + 1, sent.end) if toks[k].lower_ == "of"), None)
        return j if j < sent.end and toks[j].lower_ == "as" else None

    def joins_as(self, sent: Span, person: str, start: int) -> None:
        """'left in April to join NHS X as its chief operating officer', 'previously worked for
        X as its operations manager', 'has been seconded to X as interim managing director': the
        post is at the organisation joined."""
        toks = self.toks
        for m in self.ents.within(start, sent.end, "ORG"):
            verb = toks[m.start - 1] if m.start > start else None
            if verb is not None and verb.lower_ in {"for", "to"} and m.start - 2 >= start:
                verb = toks[m.start - 2]
            at = self._past_a_time(m.end, sent.end)  # "joined X in February 2022 as ..."
            if verb is None or verb.lemma_ not in JOINING_VERBS \
                    or at >= sent.end or toks[at].lower_ != "as":
                continue
            end = at + 1
            while end < sent.end and not _is_boundary(toks[end]) and toks[end].text not in {",", "."} \
                    and toks[end].lower_ not in {"from", "in", "on", "after", "with", "until", "since", "before",
                                                 "while", "whilst", "pending", "during", "under"}:
                end += 1
            if any({toks[o.start - 1].lower_, toks[o.start - 2].lower_} & {"of", "at", "for"}
                   for o in self.ents.within(at + 2, end, "ORG")):
                continue  # "joined X as general manager of Y": the post is Y's (the predicate reads it)
            title, former = clean_title([toks[k] for k in range(at + 1, end)], self.lex)
            self.add(person, m.entity, title, former or verb.tag_ == "VBD" and verb.lemma_ == "work", sent, 0.75)

    def _past_a_time(self, k: int, end: int) -> int:
        """Past a time after a body's name ('in February 2022', 'last year', 'in 2019'): the
        token after it, else `k`."""
        toks = self.toks
        j = k
        if j < end and toks[j].lower_ in {"in", "on", "last", "this", "earlier", "later"}:
            j += 1
            while j < end and j - k <= 4 and (toks[j].like_num or toks[j].ent_type_ == "DATE"
                                              or toks[j].lower_ in {"year", "month", "week", "spring", "summer",
                                                                    "autumn", "winter", "this", "the"}):
                j += 1
        return j if j > k + 1 else k

    def where_clause(self, sent: Span, person: str, people: list[Mention] = ()) -> None:
        """'He moves across from South West London ICB, where he became chair in 2023.', 'She
        spent eight years at X, latterly as head of nursing.' With the sentence's `people`, the
        clause is the last one's named before the body ('A is clinical director, and its chief
        executive, B, joins from X, where she was ...')."""
        doc = self.doc
        toks = self.toks
        first = person
        for m in self.ents.within(sent.start, sent.end, "ORG"):
            person = next((pm.entity for pm in reversed(people) if pm.end <= m.start), first)
            k = m.end
            if k < sent.end and toks[k].text == "(":  # "X (HAVO), where she was ...": past the acronym
                k = next((x + 1 for x in range(k + 1, min(sent.end, k + 5)) if toks[x].text == ")"), k)
            k = self._after_apposition(k, sent.end)
            if k + 3 < sent.end and toks[k].text == "," and toks[k + 1].lower_ == "where" \
                    and toks[k + 2].lower_ in {"he", "she", "they"}:
                j = k + 3
                while j < sent.end and toks[j].lower_ not in PREDICATE_TRIGGERS and j - k < 6:
                    j += 1
                j += 1 if j + 1 < sent.end and toks[j + 1].lower_ in {"a", "an"} else 0  # "where she was a navigator"
                end = self._noun_phrase_end(j + 1, sent.end)
                title, former = clean_title([toks[x] for x in range(j + 1, end)], self.lex)
                self.add(person, m.entity, title, former, sent, 0.6)
            elif k + 3 < sent.end and toks[k].text == "," and (latterly := LATTERLY.match(tokens_text(doc, k + 1, k + 4))):
                # "spent eight years at X, latterly as head of nursing": a former post at X
                j = k + 1 + len(latterly.group(0).split())
                title, _ = clean_title([toks[x] for x in range(j, self._noun_phrase_end(j, sent.end))], self.lex)
                self.add(person, m.entity, title, True, sent, 0.6)

    def _noun_phrase_end(self, start: int, limit: int) -> int:
        """Where a title that starts at `start` ends: nouns, adjectives and 'and', and 'of'/'for'
        before another noun ("director of adult services")."""
        end = start
        toks = self.toks

        def gerund(k: int) -> bool:  # "head of commissioning and transformation": a field, not a verb
            return toks[k].tag_ == "VBG" and k > start and toks[k - 1].lower_ in {"of", "for", "and"}

        while end < limit and (toks[end].pos_ in {"NOUN", "PROPN", "ADJ", "CCONJ"} or gerund(end) or (
                toks[end].lower_ in {"of", "for"} and end + 1 < limit
                and (toks[end + 1].pos_ in {"NOUN", "PROPN", "ADJ"} or gerund(end + 1)))):
            end += 1
        return end

    def _after_apposition(self, k: int, end: int) -> int:
        """Past a description of the body just named ('X, the primary care trust cluster, where
        she is ...'): the comma that closes it, else `k`."""
        toks = self.toks
        if k + 2 >= end or toks[k].text != "," or toks[k + 1].lower_ not in {"the", "a", "an"}:
            return k
        for j in range(k + 2, min(end, k + 10)):
            if toks[j].text == ",":
                return j
            named = self.ents.at(j)
            if toks[j].pos_ in {"VERB", "AUX"} or (named is not None and not named.generic):
                return k
        return k

    # -- lists of people under an introduction -------------------------------------------------
    def people_list(self, si: int) -> None:
        """'A formal process was used to appoint the five non-executive directors. Those appointed
        are:' / 'The company's board is made up of:' followed by lines 'Name from Organisation':
        each named person holds the introduced title at the body the list is about."""
        sents = self.sents
        intro = sents[si]
        if not doc_text(self.doc)[intro.start_char:intro.end_char].strip().endswith(":"):
            return
        context = sents[max(0, si - 2):si + 1]
        title = self.list_title(context[-2:])
        if title is None:
            return
        lines = []
        for sent in sents[si + 1:si + 25]:
            line = doc_text(self.doc)[sent.start_char:sent.end_char].strip()
            if not line or line.endswith(":") or line.endswith(".") and line[:1] not in BULLETS:
                break  # prose or another list's introduction after the list
            lines.append(sent)
        homes = {m.entity for sent in lines for m in self.ents.within(sent.start, sent.end, "ORG")}
        body = self.list_body(context, homes)
        if body is None:
            return
        for sent in lines:
            person = next((m for m in self.ents.mentions if m.kind == "PERSON" and sent.start <= m.start < sent.end), None)
            if person is None:
                continue
            own_title = any(self.lex.is_title_word(t.text) for t in span_tokens(sent) if not self.ents.at(t.i))
            if not own_title:
                self.add(person.entity, body, title, False, sent, 0.7)
            elif not self.ents.within(sent.start, sent.end, "ORG") and person.end < sent.end \
                    and self.toks[person.end].text in {"–", "—", "-", ":", ","}:
                # "Margaret Dean – Chair": the line's own title, at the body the list is about
                line_title, former = clean_title(list(self.doc[person.end + 1:sent.end]), self.lex)
                self.add(person.entity, body, line_title, former, sent, 0.7)

    def list_title(self, context: list[Span]) -> str | None:
        """The title a list's introduction gives its people: 'non-executive directors' ->
        'Non-Executive Director'; 'board is made up of' -> 'Board Member'."""
        for sent in reversed(context):
            for t in reversed(list(sent)):
                if t.lower_ in {"board", "trustees", "governors"} and t.i + 1 < sent.end \
                        and self.toks[t.i + 1].lower_ in {"is", "are", "comprises", "includes", "members"}:
                    return {"board": "Board Member", "trustees": "Trustee", "governors": "Governor"}[t.lower_]
                if self.lex.is_title_word(t.text) and t.text.lower().endswith("s") and t.pos_ == "NOUN":
                    start = t.i  # the whole compound: "non-executive directors", "clinical leads"
                    while start - 1 >= sent.start and t.i - start < 5 and (
                            self.toks[start - 1].text == "-" or self.toks[start].text == "-"
                            or self.toks[start - 1].pos_ in {"ADJ", "NOUN", "PROPN"}):
                        start -= 1
                    text = self.doc[start:t.i + 1].text
                    return normalise_title(text[:-1])
        return None

    def list_body(self, context: list[Span], homes: set[str]) -> str | None:
        """The body a list of people belongs to: one named (or referred to) in its
        introduction, else the organisation the article is mostly about -- never one the
        list lines name as where the people come from."""
        for sent in reversed(context):
            orgs = [m for m in self.ents.within(sent.start, sent.end, "ORG") if m.entity not in homes]
            if orgs:
                return orgs[0].entity
            if any(t.lower_ in {"company", "venture"} for t in span_tokens(sent)):  # "The company's board is made up of:"
                firms = [m for m in self.ents.mentions if m.kind == "ORG" and m.start < sent.start
                         and m.entity.split()[-1].lower() in COMPANY_ENDS]
                if firms:
                    return firms[-1].entity
        counts = Counter(m.entity for m in self.ents.mentions if m.kind == "ORG" and m.entity not in homes)
        return counts.most_common(1)[0][0] if counts else None

    def counted_titles(self, sent: Span, people: list[Mention]) -> None:
        """'The Trust has also welcomed two new Non-Executive Directors, Mr A, a solicitor, and Ms
        B': each person named after the counted title holds it (in the singular) at the body whose
        possessive opens the count, else at the body the sentence opens with, else at the body the
        text is about."""
        m = COUNTED_TITLES.search(span_text(sent))
        if m is None:
            return
        start = self.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if start is None or self.ents.within(start.start, start.end, "ORG"):
            return
        toks = self.toks
        title = m.group("title")[:-1]  # "Directors" -> "Director"
        owner = self.ents.at(start.start - 2) if start.start >= 2 and toks[start.start - 1].text in {"'s", "’s"} else None
        opening = next(iter(self.ents.within(sent.start, start.start, "ORG")), None)
        body = owner.entity if owner is not None and owner.kind == "ORG" else \
            opening.entity if opening is not None and opening.start <= sent.start + 1 else self.ents.most_mentioned()
        if not body or not has_title(title, self.lex):
            return
        for pm in people:
            k = self._before_honorifics(pm, sent)
            if pm.start >= start.end and k >= sent.start and toks[k].lower_ in {",", ":", "and", "are", "were", "be", "–", "—"}:
                self.add(pm.entity, body, title, False, sent, 0.6)

    def interim_cover(self, sent: Span, people: list[Mention]) -> None:
        """'The trust has been led on an interim basis by its medical director, Dr A': A is its
        interim head (chief officer of a partnership, chief executive of any other body). ('The
        role has been covered on an interim basis by B' is left alone: the post read last before
        it is as often the predecessor's next job as the role meant.)"""
        text = span_text(sent)
        m = INTERIM_COVER.search(text) if " basis" in text or " capacity" in text else None
        if m is None:
            return
        at = sent.start_char + m.end()
        person = next((p for p in people if self.toks[p.start].idx >= at), None)
        if person is None:
            return
        start = self.doc.char_span(sent.start_char, sent.start_char + m.start(), alignment_mode="contract")
        subject = next(iter(reversed(self.ents.within(sent.start, start.end, "ORG"))), None) if start is not None else None
        if subject is None or m.group("verb").lower() not in {"led", "run", "headed", "managed"}:
            return
        head = "Chief Officer" if self.ents.orgs[subject.entity].kind == "Partnership" else "Chief Executive"
        self.add(person.entity, subject.entity, f"Interim {head}", False, sent, 0.5)

    def respectively(self, sent: Span, people: list[Mention]) -> None:
        """'A and B, currently chief executive and chair respectively of X': the n-th person
        holds the n-th title, at each organisation named after the titles."""
        doc = self.doc
        if len(people) < 2 or "respectively" not in {t.lower_ for t in span_tokens(sent)}:
            return
        start = people[-1].end
        after = [m for m in self.ents.within(start, sent.end, "ORG")]
        if not after:
            return
        parts, current = [], []
        for t in doc[start:after[0].start]:
            if t.lower_ in {"and", ","}:
                parts.append(current)
                current = []
            elif t.lower_ not in FILLERS:
                current.append(t)
        parts.append(current)
        parts = [p for p in parts if p and any(self.lex.is_title_word(t.text) for t in p)]
        persons = [p for p in people if p.start < start]
        bodies = list(dict.fromkeys(m.entity for m in after))
        if len(parts) == 1 and len(persons) == len(bodies) >= 2:
            # "A and B, chief executives of X and Y respectively": one title, the n-th body each
            title, former = clean_title(parts[0], self.lex)
            title = self.lex.singular_title(title)
            for person, body in zip(persons, bodies):
                self.add(person.entity, body, title, former, sent, 0.8)
            return
        if len(parts) != len(persons):
            return
        for person, part in zip(persons, parts):
            title, former = clean_title(part, self.lex)
            for org in dict.fromkeys(m.entity for m in after):
                self.add(person.entity, org, title, former, sent, 0.85)

    def title_colon_line(self, sent: Span, people: list[Mention]) -> None:
        """'Chair: Dame Alison Hart, previously chair of X' on a board list, and a staff list's
        'Chief Executive - Gwen Tallis' (the title first, then a dash): the title before the colon
        or dash is held at the body the article is about (or the body the list sits under);
        'Engagement Officers - A and B' gives each person named on the line the singular title."""
        doc, text = self.doc, doc_text(self.doc)
        toks = self.toks
        held: tuple[int, int, str, bool, str] | None = None  # line start, end of the last name, title, former, body
        for pm in people:
            at = toks[pm.start].idx
            line_start = text.rfind("\n", 0, at) + 1
            if held is not None and held[0] == line_start and all(
                    w in {",", "and", "&"} or self.lex.is_honorific(w)
                    for w in text[held[1]:at].replace(",", " , ").split()):
                self.add(pm.entity, held[4], held[2], held[3], sent, 0.7)  # "... - A and B"
                held = (line_start, toks[pm.end - 1].idx + len(toks[pm.end - 1]), *held[2:])
                continue
            found = self._title_before_on_line(line_start, at)
            if found is None:
                continue
            head, dashed, title_at = found  # (the title starts after a bullet)
            start = self.char_token(title_at)
            head_end = self.char_token(title_at + len(head))
            if self.ents.within(start, head_end, "ORG"):
                continue
            body = (self.body_heading_above(start) if dashed else None) or self._story_body()
            if not dashed and REPORT_ROLES.match(head.strip()):
                # "Executive lead: Jo Bell, Director of Corporate Affairs": the paper's role is no
                # post; the title after the name is, at the body the paper is for
                line_end = text.find("\n", at)
                after = self.char_token(toks[pm.end - 1].idx + len(toks[pm.end - 1]) + 1)
                end = self.char_token(line_end if line_end >= 0 else len(text))
                if pm.end < len(toks) and toks[pm.end].text == "," and body and after < end:
                    owner = next((m for m in self.ents.within(after, end, "ORG") if m.start == after), None)
                    if owner is not None:  # "Author: Sam Reed, TWIPP Programme Director": the named body's
                        body, after = owner.entity, owner.end
                    title, former = clean_title(list(doc[after:end]), self.lex)
                    if title and has_title(title, self.lex):
                        self.add(pm.entity, body, title, former, sent, 0.7)
                return
            title, former = clean_title(list(doc[start:head_end]), self.lex)
            title = re.sub(r"\s*\(.*$", "", title)
            if not dashed and head.split()[-1] in self.lex.prefixes and has_title(head, self.lex):
                title = " ".join(head.split())  # "Mayor: Cllr A", "Deputy Mayor: Cllr B": a style word is the post
            if dashed:
                title = self.lex.singular_title(title)
            if body and title:
                parts = re.split(r"\s+(?:and|&)\s+", head.strip())
                if not dashed and len(parts) == 2 and all(has_title(p, self.lex) for p in parts) \
                        and title.lower() == parts[1].lower():
                    self.add(pm.entity, body, parts[0], former, sent, 0.7)  # "Chair and GP Lead: Dr A": two posts
                self.add(pm.entity, body, title, former, sent, 0.7)
                held = (line_start, toks[pm.end - 1].idx + len(toks[pm.end - 1]), title, former, body)
            if not dashed:
                return  # a colon line names one holder

    def _story_body(self) -> str | None:
        """The body the page is about, but never the outlet whose masthead heads it ('ITV News
        Central' over a story's 'Chair designate: X' list): then the body named most."""
        body = self.ents.most_mentioned()
        if body is None or self.ents.orgs[body].kind != "Media":
            return body
        return self.ents.named_most(skip_kind="Media")

    def _title_before_on_line(self, line_start: int, at: int) -> tuple[str, bool, int] | None:
        """The title a line opens with before the name at `at` ('Chair: ', 'Chief Executive - ',
        after a bullet at most), whether a dash (not a colon) parts them, and where the title starts."""
        text = doc_text(self.doc)
        prefix = text[line_start:at]
        bullet = len(prefix) - len(prefix.lstrip("•*·-–— \t"))  # "• Chair designate: Dr A B"
        line_start, prefix = line_start + bullet, prefix[bullet:]
        head, colon, _ = prefix.partition(":")
        dash = re.match(r"([^\s:\-–—•*·][^:\n]*?)\s+[-–—]\s+", prefix)
        if not colon and dash is None:
            return None
        if not colon:
            head = dash.group(1)
        between = prefix[len(head) + 1:].strip() if colon else prefix[dash.end():].strip()
        if colon and (AWARD_CATEGORY_WORDS.search(head) or line_start in self._category_lines()):
            return None  # "- Nurse of the Year: Jo Bell, Staff Nurse, X" on a list of results: the award's
        if len(head.split()) > 8 or not (has_title(self.lex.singular_title(head) if not colon else head, self.lex)
                                         or (colon and REPORT_ROLES.match(head.strip()))) \
                or (between.rstrip(".") and not self.lex.is_honorific(between)):
            return None
        return head, not colon, line_start

    def _category_lines(self) -> set[int]:
        """Where the bulleted 'Category: entry' lines of the text's lists of results start (past the bullet)."""
        if self._category_line_starts is None:
            text = doc_text(self.doc)
            self._category_line_starts = set()
            for offset, _, category in category_entry_lines(text):
                start = text.rfind("\n", 0, offset) + 1
                self._category_line_starts.add(text.index(category, start))
        return self._category_line_starts

    def char_token(self, char: int) -> int:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    # -- one post at several bodies --------------------------------------------------------------
    def shared_over(self, sent: Span) -> None:
        """'Dr Tate ... will lead both organisations', 'Peter Ogden will chair both boards': a
        post found in the sentence is held at each body of the group it belongs to."""
        text = doc_text(self.doc)[sent.start_char:sent.end_char]
        over = re.search(r"\b(?:both|all (?:two|three|four|five)|the (?:two|three|four|five))\s+(?:\w+\s+)?"
                         r"(?:organisations|trusts|boards|councils|bodies|partners|ccgs|icbs|authorities)\b", text, re.I)
        if not over or not _holds_over(text, over.start()):
            return
        people = [m for m in self.ents.mentions if m.kind == "PERSON" and sent.start <= m.start < sent.end]
        names = {m.entity for m in people}
        for post in [p for p in self.posts if p.person in names and p.evidence.start >= sent.start_char]:
            for other in self.group_of(post.organisation):
                self.add(post.person, other, post.title, post.former, sent, 0.6)
        # "A and B confirmed that X will become group chief executive of the two organisations"
        at = self.char_token(sent.start_char + over.start())
        person = next((m for m in reversed(people) if m.end <= at), None)
        if person is None or any(p.person == person.entity for p in self.posts):
            return
        trigger = next((k for k in range(at - 1, person.end - 1, -1) if _is_trigger(self.toks[k])), None)
        if trigger is None:
            return
        title, former = clean_title(list(self.doc[trigger + 1:at]), self.lex)
        title = re.sub(r"\s+(?:of|for|at|across)$", "", title)
        for org in self.last_group(sent.end):
            self.add(person.entity, org, title, former, sent, 0.6)

    def chaired_by(self, sent: Span, people: list[Mention]) -> None:
        """'It will be chaired by Sir Robert Hinds': the body the sentence (or, for 'it', the
        sentence before) is about has that chair."""
        toks = self.toks
        held = None  # (body, title, end of the person) of the chair found last in the sentence
        for pm in people:
            k = self._before_honorifics(pm, sent)
            joined = toks[k].lower_ in {"and", "&"} or (toks[k].lower_ == "by" and k - 1 > sent.start
                                                        and toks[k - 1].lower_ in {"and", "&"})  # "..., and by B"
            if held and joined and not any(
                    t.pos_ in {"VERB", "AUX"} for t in toks[held[2]:k]):  # "co-chaired by A, ..., and B"
                self.add(pm.entity, held[0], held[1], False, sent, 0.7)
                continue
            if toks[k].text == "," and re.search(r"\bchaired (?:jointly )?by\b", span_text(sent)):
                # "chaired by the council's cabinet member, Cllr X"
                k = next((j for j in range(k - 1, max(sent.start, k - 15), -1) if toks[j].lower_ == "by"
                          or toks[j].pos_ in {"VERB", "AUX"} or self.ents.at(j) is not None
                          and self.ents.at(j).kind == "PERSON"), k)
            if toks[k].lower_ != "by":
                k = self._by_before_a_descriptor(k, sent)  # "chaired by Crieff GP Dr Iain Comrie"
            if k - 1 < sent.start or toks[k].lower_ != "by":
                continue
            verb = self._chaired_before(k, sent)  # "chaired by", "chaired for its first two years by"
            if verb is None or self._unnamed_board_before(verb, sent):
                continue
            subjects = self.ents.within(sent.start, verb, "ORG")
            first = next((t for t in span_tokens(sent) if not t.is_space), sent[0])
            body = subjects[0].entity if subjects else (
                self.topic_before(sent) if first.lower_ in {"it", "its"} else  # "Its board is chaired by X"
                self._subject_before_of_its_kind(sent, first) if first.lower_ == "the" else None)
            if body:
                title = {"chaired": "Chair", "led": "Lead", "headed": "Head"}[toks[verb].lower_]
                if verb - 2 >= sent.start and toks[verb - 1].text == "-" and toks[verb - 2].lower_ == "co" \
                        or any(t.lower_ == "jointly" for t in toks[verb:k]):
                    title = "Co-" + title  # "co-chaired by", "chaired jointly by"
                committee = self._committee_chaired(first, subjects, verb)
                title += committee
                named_as = " ".join(subjects[0].text.split()) if subjects and not committee else body
                if named_as != body:  # "the Harford Frailty Programme Board, chaired by X": the board the
                    title = self._board_of_a_named_body(title, named_as)[0]  # programme's name stands for
                if committee and not subjects and first.lower_ in {"its", "their"} \
                        and self.ents.orgs[body].kind != "Partnership":
                    # "Its steering group is chaired by X": a group of the partnership the text is
                    # about, though another body was named in the sentence before
                    body = partnership_named_most_before(self.doc, self.ents, sent.start_char) or body
                elif not subjects and first.lower_ in {"it", "its"}:
                    body = self.partnership_for_office(body, title, sent)  # "It is co-chaired by X"
                self.add(pm.entity, body, title, False, sent, 0.7)
                held = (body, title, pm.end) if title.startswith("Co-") else None  # the other co-chair may follow
                if not committee:  # "chaired by A, with B, the CCG's clinical lead, as vice chair": B's at the body
                    self.deputy_with(sent, pm.end, body)

    def _by_before_a_descriptor(self, k: int, sent: Span) -> int:
        """Where 'by' stands when up to three words that describe a person come between it and the
        name ('by Crieff GP Dr X', 'by local councillor X', 'by the retired headteacher X'), else `k`."""
        toks = self.toks
        for j in range(k, max(sent.start, k - 4), -1):
            if toks[j].lower_ == "by":
                words = toks[j + 1:k + 1]
                if words and all(t.is_alpha and t.lower_ not in {"and", "or", "with", "by"} and t.pos_ not in
                                 {"VERB", "AUX", "ADP", "PRON", "CCONJ"} for t in words) \
                        and not any(self.ents.at(t.i) is not None for t in words):
                    return j
                return k
        return k

    def _committee_chaired(self, first, subjects: list[Mention], verb: int) -> str:
        """' of the CHP Committee' for 'The CHP committee ... is chaired by X' (the committee of
        the body the subject names), ' of the Committee' for 'The committee will be chaired by X',
        else nothing: the body's own chair."""
        toks = self.toks
        named = self._committee_named_before(verb, subjects[0] if subjects else None)
        if named:
            return " of the " + named
        after = subjects[0].end if subjects else None
        owned = after is not None and after < verb and toks[after].text in {"'s", "’s"}
        if owned or (not subjects and first.lower_ in {"its", "their"}):
            # "The partnership's steering group is chaired by X", "Its steering group is chaired by X":
            # the chair of the body's group, not of the body
            start = after + 1 if owned else first.i + 1
            noun = self._committee_noun_after(start, verb)
            if noun is not None and toks[noun].is_lower and toks[noun].is_alpha:
                return " of the " + " ".join(t.text.capitalize() for t in toks[start:noun + 1])
            return ""
        noun = self._committee_noun_after(after, verb) if after is not None else None
        if noun is not None:
            # "The CHP committee", "The HCRS clinical governance group ... is chaired by X"
            words = tokens_text(self.doc, subjects[0].start, after).split()
            words = words[1:] if words[0].lower() == "the" else words
            return " of the " + " ".join(words + [t.text.capitalize() for t in toks[after:noun + 1]])
        if not subjects and first.lower_ == "the" and first.i + 1 < verb and toks[first.i + 1].lower_ in COMMITTEE_NOUNS:
            return " of the " + toks[first.i + 1].text.capitalize()
        return ""

    def _committee_noun_after(self, start: int, verb: int) -> int | None:
        """Where a committee noun stands within four tokens of `start` (before `verb`), when only
        lower-case words come before it ('steering group', 'clinical governance group'), else None."""
        toks = self.toks
        noun = next((j for j in range(start, min(start + 4, verb)) if toks[j].lower_ in COMMITTEE_NOUNS), None)
        return noun if noun is not None and all(t.is_lower and t.is_alpha for t in toks[start:noun]) else None

    def _unnamed_board_before(self, verb: int, sent: Span) -> bool:
        """'a joint management board chaired by X': a board the text names only with 'a' is none
        of the bodies named; its chair holds no post at them."""
        toks = self.toks
        k = verb - 1 if toks[verb - 1].text == "," else verb
        if k - 1 < sent.start or toks[k - 1].lower_ not in COMMITTEE_NOUNS | {"board"}:
            return False
        j = k - 1
        while j > sent.start and toks[j - 1].is_lower and toks[j - 1].is_alpha and toks[j - 1].pos_ != "DET" \
                and k - j < 6:
            j -= 1
        return j > sent.start and toks[j - 1].lower_ in {"a", "an"}

    def _committee_named_before(self, verb: int, body: Mention | None = None) -> str:
        """'Audit Committee' for 'an Audit Committee, chaired by X' and 'the Clinical and Care
        Governance Committee, chaired by X': a committee named, not a body, right before 'chaired'
        (or before ', which is chaired'). A group the tagger took for a body ('the ICF Steering
        Group, chaired by X') and a board after the body's possessive ('the STP's partnership
        board, which is chaired by X') are the body's too."""
        toks = self.toks
        k = verb - 2 if verb >= 2 and toks[verb - 1].lemma_ == "be" and toks[verb - 2].lower_ == "which" else verb
        k = k - 1 if k > 0 and toks[k - 1].text == "," else k
        last = k - 1
        if last < 0:
            return ""
        named = self.ents.at(last)
        if named is not None and named.kind == "ORG" and named.end == last + 1 and body is not None \
                and named.entity != body.entity and toks[last].lower_ in COMMITTEE_NOUNS:
            words = tokens_text(self.doc, named.start, named.end).split()
            return " ".join(words[1:] if words[0].lower() == "the" else words)
        if body is not None and toks[last].lower_ in COMMITTEE_NOUNS | {"board"} and last - 1 > body.end - 1 \
                and toks[body.end].text in {"'s", "’s"} and last - body.end <= 4 \
                and all(t.is_lower and t.is_alpha for t in toks[body.end + 1:last + 1]):
            return capitalised_words(tokens_text(self.doc, body.end + 1, last + 1))  # "the STP's partnership board"
        if toks[last].lower_ not in COMMITTEE_NOUNS or not toks[last].text[:1].isupper() \
                or self.ents.at(last) is not None:
            return ""
        first = last
        while first > 0 and (toks[first - 1].text[:1].isupper() and toks[first - 1].is_alpha
                             or toks[first - 1].lower_ in {"and", "&", ","} and toks[first - 2].text[:1].isupper()):
            first -= 1
        if first == last or self.ents.at(first) is not None:
            return ""
        return tokens_text(self.doc, first, last + 1)

    def _chaired_before(self, by: int, sent: Span) -> int | None:
        """The 'chaired' ('led', 'headed') whose agent the 'by' at `by` opens: right before it, or
        before a phrase of time in between ('chaired for its first two years by')."""
        toks = self.toks
        for k in range(by - 1, max(sent.start - 1, by - 8), -1):
            if toks[k].lower_ in {"chaired", "led", "headed"}:
                return k
            if toks[k].pos_ not in {"ADP", "DET", "ADJ", "NUM", "NOUN", "PRON"} and toks[k].lower_ != "jointly" \
                    or toks[k].text in {",", ";"} or self.ents.at(k) is not None:
                return None
        return None

    def shared_post(self, sent: Span, people: list[Mention]) -> None:
        """'The three organisations will also share a director of transformation, Kieran Walsh':
        the post is at each body of the last group of bodies named together."""
        doc = self.doc
        toks = self.toks
        share = next((t for t in span_tokens(sent) if t.lemma_ == "share" and t.pos_ == "VERB"), None)
        if share is None or share.i + 2 >= sent.end or toks[share.i + 1].lower_ not in {"a", "an", "one", "their"}:
            return
        person = next((m for m in people if m.start > share.i), None)
        if person is None:
            return
        comma = self._before_honorifics(person, sent)  # "..., Dr Mary Oak"
        if toks[comma].text != ",":
            return
        title, former = clean_title(list(doc[share.i + 2:comma]), self.lex)
        # "A and B already share a joint director of public health, X": the sentence's own subject
        here = coordinated_groups(self.doc, self.ents.within(sent.start, share.i, "ORG"))
        relative = any(c.dep_ == "nsubj" and c.lower_ in {"which", "that", "who"} for c in share.children)
        if not here and relative:
            return  # "all three CCGs, which share an accountable officer": bodies this text does not list
        group = list(dict.fromkeys(m.entity for m in here[-1])) if here else (
            self._bodies_of_a_plural_kind(sent.start, share.i) or self.last_group(sent.start))
        for org in group:
            self.add(person.entity, org, title, former, sent, 0.6)

    def acts_as(self, sent: Span, people: list[Mention]) -> None:
        """'B, currently Area Manager for Newry, will act as Assistant Director until ...' after 'A,
        the Housing Executive's Assistant Director of Housing Services, retires': B holds the acting
        post, under the full title a post named in the sentences just before begins with, at its
        body (else at the body the text is about)."""
        for pm in people:
            hit = ACTS_AS.match(doc_text(self.doc), self.toks[pm.end - 1].idx + len(self.toks[pm.end - 1]))
            if hit is None or hit.start() >= sent.end_char or not has_title(hit.group("title"), self.lex):
                continue
            title = hit.group("title").strip()
            window = {s.start_char for s in self.sentences_before(sent, 2)}
            held = next((p for p in reversed(self.posts) if p.person != pm.entity and p.evidence.start in window
                         and p.title.lower().startswith(title.lower() + " ")), None)
            org = held.organisation if held else self.ents.most_mentioned()
            if org:
                self.add(pm.entity, org, "Acting " + (held.title if held else title), False, sent, 0.6)

    def funded_post(self, sent: Span, people: list[Mention]) -> None:
        """'A, whose post as Adaptations Liaison Officer is jointly funded by X and Y, tracks ...':
        a post the text says two bodies fund together is held at each of them."""
        for pm in people:
            hit = FUNDED_POST.match(doc_text(self.doc), self.toks[pm.end - 1].idx + len(self.toks[pm.end - 1]))
            if hit is None or not has_title(hit.group("title"), self.lex):
                continue
            by = self.char_token(hit.end())
            group = next(iter(coordinated_groups(self.doc, self.ents.within(by, sent.end, "ORG"))), [])
            if group and group[0].start <= by + 1:
                for org in dict.fromkeys(m.entity for m in group):
                    self.add(pm.entity, org, hit.group("title"), False, sent, 0.7)

    def _bodies_of_a_plural_kind(self, start: int, end: int) -> list[str]:
        """'Both primary care trusts share a chief executive': the bodies of the kind the plural
        subject names, the last two (three, four) of them named before, whichever others were
        named between."""
        words = [t.lower_ for t in self.toks[start:end] if not t.is_space]
        count = next((NUMBER_WORDS[w] for w in words[:3] if w in NUMBER_WORDS), None)
        if count is None or not words or not words[-1].endswith("s"):
            return []
        singular = words[:-1] + [words[-1][:-1]]
        kind = next((GENERIC_NOUNS[" ".join(singular[-n:])] for n in (3, 2, 1)
                     if len(singular) >= n and " ".join(singular[-n:]) in GENERIC_NOUNS), None)
        if kind is None:
            return []
        pcts = singular[-1] == "pct" or singular[-3:] == ["primary", "care", "trust"]
        named = [m.entity for m in self.ents.mentions if m.kind == "ORG" and m.start < start
                 and self.ents.orgs[m.entity].kind == kind and (not pcts or _named_like_a_pct(m.entity))]
        last = list(dict.fromkeys(reversed(named)))[:count]
        return list(reversed(last)) if len(last) == count else []

    def announced_post(self, sent: Span, people: list[Mention]) -> None:
        """'Ashwell Care Partnership has appointed its first managing director. Tom Reilly ...
        will take up the post in May': the post is the one announced in the two sentences
        before, at the body that announced it."""
        text = doc_text(self.doc)[sent.start_char:sent.end_char]
        hit = TAKES_UP.search(text)
        if hit is None:
            return
        trigger = self.char_token(sent.start_char + hit.start())
        person = next((m for m in people if m.start < trigger), None)
        if person is None:
            return
        named = self._post_named_after(sent, sent.start_char + hit.end())
        for prev in reversed(self.sentences_before(sent)):
            found = self._announcement(prev)
            if found:  # "... will take up the post of corporate director of adult care": that title
                self.add(person.entity, found[1], named or found[0], False, sent, 0.6)
                return
        body = self.org_named_in_title(named, trigger) if named else None
        if body:  # "who takes up the new post of alliance manager": the alliance named before
            self.add(person.entity, body, named, False, sent, 0.6)

    def _post_named_after(self, sent: Span, char: int) -> str | None:
        """The title in 'the post of TITLE' from character `char` (just after 'the post'), if any."""
        k = self.char_token(char)
        if k >= sent.end or self.toks[k].lower_ != "of":
            return None
        end = self._noun_phrase_end(k + 1, sent.end)
        title, _ = clean_title(list(self.doc[k + 1:end]), self.lex)
        return title if title and has_title(title, self.lex) and not self.ents.within(k + 1, end, "ORG") else None

    def _announcement(self, sent: Span) -> tuple[str, str] | None:
        """(title, body) of 'X has appointed / is recruiting / named a(n)|its [new] TITLE', or of
        'The collaborative's first joint post is a head of bereavement services'."""
        toks = self.toks
        post_is = POST_IS.match(span_text(sent))
        owner = self.ents.at(sent.start + (1 if toks[sent.start].lower_ == "the" else 0)) if post_is else None
        if owner is not None and owner.kind == "ORG":
            title = post_is.group("title").strip()
            if has_title(title, self.lex):
                return title, owner.entity
        for t in span_tokens(sent):
            if t.lemma_ not in ANNOUNCING or t.pos_ != "VERB" or t.i + 1 >= sent.end \
                    or toks[t.i + 1].lower_ not in {"its", "their", "a", "an", "the"}:
                continue
            end = t.i + 2
            while end < sent.end and end - t.i < 10 and toks[end].text not in {",", "."} and (
                    toks[end].pos_ in {"NOUN", "PROPN", "ADJ"} or toks[end].dep_ in {"amod", "compound"}
                    or toks[end].lower_ in {"of", "for", "and"}):  # "its first managing director"
                end += 1
            words = [toks[k] for k in range(t.i + 2, end) if toks[k].lower_ not in VACANCY_WORDS]
            title, _ = clean_title(words, self.lex)
            body = self.its_referent(sent, t.i)
            if title and body and has_title(title, self.lex) and not self.ents.within(t.i + 1, end, "ORG"):
                return title, body
        return None

    def plural_possessive(self, sent: Span) -> None:
        """'Mr Scarsbrook, the CCGs' joint chief finance officer, ...', 'The trusts' joint chair,
        Jo Bell, ...': a title after a plural possessive is held at each body of the last
        coordination of that kind."""
        text = doc_text(self.doc)[sent.start_char:sent.end_char]
        for m in PLURAL_POSSESSIVE.finditer(text):
            kind = GENERIC_NOUNS[m.group(1).lower().rstrip("s")]  # "ccgs" -> the kind "the ccg" refers to
            at = self.char_token(sent.start_char + m.end())
            end = at
            while end < sent.end and self.toks[end].text not in {",", ".", ";", "(", "\n"} and end - at < 8 \
                    and self.toks[end].pos_ not in {"AUX", "VERB"}:  # "... finance officer post has been held by"
                end += 1
            title, former = clean_title(list(self.doc[at:end]), self.lex)
            title = re.sub(r"\s+(?:post|role|position|job)$", "", title or "")
            if not title or not has_title(title, self.lex):
                continue
            start = self.char_token(sent.start_char + m.start())
            named = self.ents.within(sent.start, sent.end, "PERSON")
            people = [p for p in named if 0 < start - p.end <= 2 or 0 <= p.start - end <= 2]  # the apposition either side
            if not people and len(named) == 1 and named[0].start > at and HELD_BY.search(
                    tokens_text(self.doc, at, named[0].start)):  # "the CCGs' finance officer post is held by X"
                people = named
            for person in people[:1]:
                for org in self.last_group(sent.end, kind):
                    self.add(person.entity, org, title, former, sent, 0.6)

    def last_group(self, before: int, kind: str | None = None) -> list[str]:
        """The bodies of the last coordination ('A, B and C have signed ...') or bulleted list of
        bodies before token `before`; with `kind`, of the last one with two bodies of that kind or
        more, those bodies."""
        found: list[str] = []
        groups = [g for g in self._coordinated_bodies if g[0] < before]
        if kind:
            groups += [g for g in self._bulleted_bodies if g[0] < before]
        for _, group in sorted(groups, key=lambda g: g[0]):
            names = [n for n in dict.fromkeys(group) if kind is None or self.ents.orgs[n].kind == kind]
            if len(names) >= (2 if kind else 1):
                found = names
        return found

    @cached_property
    def _coordinated_bodies(self) -> list[tuple[int, list[str]]]:
        """Each coordination of bodies ('A, B and C have signed ...'): where its sentence starts and
        the bodies (read once: last_group asks for the ones before many a sentence)."""
        return [(sent.start, [m.entity for m in group]) for sent in self.sents
                for group in coordinated_groups(self.doc, self.ents.within(sent.start, sent.end, "ORG"))]

    @cached_property
    def _bulleted_bodies(self) -> list[tuple[int, list[str]]]:
        """Each run of bullets that open with a body ('- Harford CCG', '- Luton CCG'): where the
        run starts and the bodies, one per line (read once, as _coordinated_bodies)."""
        runs: list[tuple[int, list[str]]] = []
        last = -2
        for si, sent in enumerate(self.sents):
            text = span_text(sent).lstrip()
            orgs = self.ents.within(sent.start, sent.end, "ORG")
            if not text[:1] or text[0] not in BULLETS or not orgs or tokens_text(self.doc, sent.start, orgs[0].start).strip(
                    BULLETS + " \t\n").lower() not in {"", "the"}:
                continue
            if si == last + 1:
                runs[-1][1].append(orgs[0].entity)
            else:
                runs.append((sent.start, [orgs[0].entity]))
            last = si
        return runs

    def title_over_a_kind(self, sent: Span) -> None:
        """'X, who is also the joint accountable officer of the three CCGs': a post whose title the
        sentence gives right before a count of one kind of body is held at each body of the last
        group of that kind (the count, when given, must match)."""
        text = doc_text(self.doc)[sent.start_char:sent.end_char]
        for m in OVER_A_KIND.finditer(text):
            kind = GENERIC_NOUNS.get(m.group("noun").lower().rstrip("s"))
            group = self.last_group(sent.end, kind) if kind else []
            count = NUMBER_WORDS.get((m.group("count") or "").lower())
            if len(group) < 2 or (count and count != len(group)):
                continue
            before = text[:m.start()].rstrip().lower()
            for post in [p for p in self.posts if sent.start_char <= p.evidence.start < sent.end_char
                         and p.title and before.endswith(p.title.lower())]:
                for org in group:
                    self.add(post.person, org, post.title, post.former, sent, 0.6)

    def group_of(self, org: str) -> list[str]:
        """The other bodies named with `org` in one coordination ('A and B will share a chair')."""
        for sent in self.sents:
            orgs = self.ents.within(sent.start, sent.end, "ORG")
            for group in coordinated_groups(self.doc, orgs):
                names = list(dict.fromkeys(m.entity for m in group))
                if org in names:
                    return [n for n in names if n != org]
        return []

    def _anonymous_lede(self, sent: Span) -> bool:
        """Whether a sentence names no one but describes who was appointed ('A Portstewart GP has
        been named as the new chair of X'): the next sentence names that person."""
        words = [t for t in span_tokens(sent) if not t.is_space]
        return len(words) > 4 and words[0].lower_ in {"a", "an"} and words[0].head.dep_ in {"nsubj", "nsubjpass"} \
            and any(_is_trigger(t) for t in words[2:12])  # not "A former director of X, he was ..."

    def _opens_with(self, sent: Span, pm: Mention) -> bool:
        """Whether person `pm` opens the sentence (after honorifics)."""
        first = next((t for t in span_tokens(sent) if not t.is_space), None)
        return first is not None and first.i <= pm.start \
            and all(self.lex.is_honorific(t.text) for t in self.toks[first.i:pm.start])

    def run(self) -> list[Post]:
        last_person: str | None = None
        recent: list[str] = []
        seen: list[str] = []
        aside: set[str] = set()  # people named as another's predecessor ("her predecessor, X"): no later 'she'
        for si in range(len(self.sents)):
            self.rule = "rule:people_list"
            self.people_list(si)
        lede: Span | None = None  # "A Portstewart GP has been named as the new chair of X", no one named yet
        for sent in self.sents:
            people = [m for m in self.ents.mentions if m.kind == "PERSON" and sent.start <= m.start < sent.end]
            if people and lede is not None and self._opens_with(sent, people[0]):
                self.rule = "rule:named_after_lede"  # "Dr Conal Reid, who has practised ..., takes over from ..."
                self.predicate(lede, None, people[0].entity)
                self.ledes.append(lede)
            lede = sent if not people and self._anonymous_lede(sent) else None
            for pm in people:
                for shape in ("after_name", "before_name", "appointed_by", "inverted_copula", "councillor_of",
                              "one_of_plural", "bracketed_after_title", "body_dash_name_title", "appointed_its"):
                    self.rule = f"rule:{shape}"  # the shape's name is a feature of the post it finds
                    getattr(self, shape)(sent, pm)
                self.rule = "rule:joins_as"
                self.joins_as(sent, pm.entity, pm.end)
            if people:
                for shape in ("respectively", "shared_post", "funded_post", "acts_as", "chaired_by", "title_colon_line", "announced_post",
                              "counted_titles", "interim_cover"):
                    self.rule = f"rule:{shape}"
                    getattr(self, shape)(sent, people)
                self.rule = "rule:where_clause"
                self.where_clause(sent, people[0].entity, people)
                self.rule = "rule:predicate"
                for pm in people:  # "A will be chair of X and B will be acting chair of Y"
                    if self._replaced_as(sent, pm):
                        self.replaced_as(sent, pm, self._successor_before(sent, pm, people, seen, recent, aside))
                    else:
                        self.predicate(sent, pm, pm.entity)
                self.rule = "rule:pronoun_predicate"
                self.pronoun_clause_after_a_semicolon(sent, people)
                self.pronoun_clause_before_a_name(sent, people, seen, recent, aside)
                seen.extend(m.entity for m in people)
                last_person = people[-1].entity
                recent = [m.entity for m in people]
                aside.update(m.entity for m in people if _named_as_anothers_relation(self.doc, m, self.lex))
            pronoun = pronoun_of(sent)
            self.rule = "rule:fronted_former"
            self.fronted_former_post(sent, seen[:-len(people)] if people else seen)
            if not people and seen:
                last_person = referent_not_aside(self.ents, pronoun, seen, recent, aside)
            if not people and last_person and any(t.lower_ in OBJECT_PRONOUNS for t in span_tokens(sent)):
                self.rule = "rule:pronoun_object"
                self.pronoun_object(sent, last_person)
            self.rule = "rule:shared_over"
            self.shared_over(sent)
            self.rule = "rule:plural_possessive"
            self.plural_possessive(sent)
            self.rule = "rule:title_over_a_kind"
            self.title_over_a_kind(sent)
            if people:
                self.rule = "rule:predecessor"
                self.predecessor(sent, people, pronoun_referent(self.ents, pronoun, seen[:-len(people)] or seen))
                self.rule = "rule:successor_named"
                self.successor_named(sent, people, seen[:-len(people)])
                self.succeeded_by(sent, people, seen[:-len(people)])
                self.rule = "rule:deputy_named"
                self.deputy_named(sent, people, seen[:-len(people)])
                self.rule = "rule:vice_chair_named"
                self.vice_chair_named(sent, people, seen[:-len(people)])
            if not people and last_person:
                self.rule = "rule:aged_apposition"
                self.aged_apposition(sent, last_person)
            if not people and last_person and any(t.lower_ in {"he", "she"} for t in span_tokens(sent)[:8]):
                self.rule = "rule:joins_as"
                self.joins_as(sent, last_person, sent.start)
            if not people and last_person and (AGED_SUBJECT.match(span_text(sent)) or any(
                    t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"} and (
                    t.i - sent.start < 10 or (t.i - sent.start < 20 and t.nbor(-1).text == ","))
                    for t in span_tokens(sent))):  # "Before joining the council she was ...", "The 46-year-old is ...",
                # "A former managing director of a Corby engineering firm, he was ..."
                self.rule = "rule:pronoun_predicate"
                self.predicate(sent, None, last_person)
                self.rule = "rule:where_clause"
                self.where_clause(sent, last_person)
        self.rule = "rule:councillor_honorific"
        self.councillors_without_a_post()
        return self.posts

    def councillors_without_a_post(self) -> None:
        """'Cllr Simon Fifield-Weir (Ind, Furze Platt) asked why ...': a councillor by honorific who
        holds no post the text gives at a council is a councillor of the council the text is
        about (the one it names most). A weak rule: annotators give the bare post about two times
        in three, so the learned scorer weighs it."""
        councils = Counter(m.entity for m in self.ents.mentions
                           if m.kind == "ORG" and self.ents.orgs[m.entity].kind == "LocalAuthority")
        heading = self.ents.heading
        if not councils or (heading is not None and self.ents.orgs[heading].kind != "LocalAuthority"):
            return  # another body's own page (a board's minutes): its councillors sit for councils it may not name
        council = councils.most_common(1)[0][0]
        at_councils = {p.person for p in self.posts if self.ents.orgs.get(p.organisation) is not None
                       and self.ents.orgs[p.organisation].kind == "LocalAuthority"}
        for name, person in self.ents.people.items():
            if name in at_councils or not any(is_council_honorific(h) for h in person.prefixes):
                continue
            mention = next((m for m in self.ents.mentions if m.kind == "PERSON" and m.entity == name), None)
            if mention is not None:
                self.add(name, council, "Councillor", False, self.doc[mention.start:mention.end].sent, 0.5)


def _until_a_date(toks, start: int, end: int) -> int | None:
    """Where 'until September 2007,' (a date, then a comma) ends a title, if it does."""
    k = next((k for k in range(start + 1, end) if toks[k].lower_ in {"until", "till"}), None)
    comma = next((c for c in range(k + 1, end) if toks[c].text == ","), None) if k is not None else None
    rest = list(toks[k + 1:comma]) if comma is not None else []
    return k if rest and all(t.ent_type_ == "DATE" or t.like_num or t.text in MONTHS for t in rest) else None


def _named_like_a_pct(name: str) -> bool:
    """'X Primary Care Trust', 'X PCT', or 'NHS X' with no trust in its name (PCTs' names from 2008)."""
    return name.endswith(("Primary Care Trust", "PCT")) or (name.startswith("NHS ") and "Trust" not in name)


#: The shapes that give the post a story announces ("X has appointed a new T. Y will start in May").
ANNOUNCING_RULES = {"rule:announced_post", "rule:named_after_lede"}
#: "the retirement of X", "the departure of X": X leaves the post the next person named takes.
LEAVING_NOUNS = {"retirement", "departure", "resignation", "death", "retiral", "leaving"}
#: ", the partnership in Kirkwall run by ...": a description of a body, saying who runs or formed it.
RUN_BY_DESCRIPTION = re.compile(r"^\s*,\s+(?:a|an|the)\s+[^,.;]{0,80}?\b(?:run|formed|set up|owned|hosted|established|"
                                r"created|made up)\s+(?:jointly\s+)?(?:by|of)\b")
#: "The 46-year-old is currently ...": a sentence about the person named before, by their age.
AGED_SUBJECT = re.compile(r"^\W*the\s+\d{2}-year-old\b(?!\s+(?:man|woman|boy|girl|son|daughter)\b)", re.I)


def pronoun_referent(ents: Entities, pronoun: str | None, seen: list[str], recent: list[str] = ()) -> str | None:
    """The person a pronoun points back to: of the people the last sentence naming people named
    (`recent`), the one whose honorific says the pronoun's sex ('Ms Grant replaces Tom Shaw, who
    left in May. Before that, she was ...'); else the last one named (`seen`) whose honorific
    does not say otherwise ('She is ...' after 'Ms Grant will succeed Mr Shaw')."""
    unlike = MALE if pronoun in {"she", "her"} else FEMALE if pronoun in {"he", "him", "his"} else set()
    like = FEMALE if pronoun in {"she", "her"} else MALE if pronoun in {"he", "him", "his"} else set()
    for name in reversed(recent):
        person = ents.people.get(name)
        if person and like & set(person.prefixes):
            return name
    for name in reversed(seen):
        person = ents.people.get(name)
        if not person or not unlike & set(person.prefixes):
            return name
    return seen[-1] if seen else None


#: "her predecessor, X", "his successor X", "their deputy, X": a person named as another's relation.
ANOTHERS_RELATION = re.compile(r"\b(?:her|his|their)\s+(?:\w+\s+)?(?:predecessor|successor|deputy|"
                               r"replacement|stand-in)\s*,?\s*$", re.I)


def _named_as_anothers_relation(doc: Doc, m: Mention, lex: Lexicon) -> bool:
    """Whether the person `m` is named as someone's predecessor (or successor, deputy) with a
    possessive pronoun: the pronoun is the other person's, and so are the pronouns that follow."""
    toks = doc_tokens(doc)
    start = m.start
    while start > 0 and lex.is_honorific(toks[start - 1].text):
        start -= 1
    before = doc_text(doc)[max(0, toks[start].idx - 40):toks[start].idx]
    return bool(ANOTHERS_RELATION.search(before))


def referent_not_aside(ents: Entities, pronoun: str | None, seen: list[str], recent: list[str],
                       aside: set[str]) -> str | None:
    """pronoun_referent among the people not named as another's relation ('her predecessor, X'),
    or among all those seen when every one was."""
    return pronoun_referent(ents, pronoun, [n for n in seen if n not in aside] or seen,
                            [n for n in recent if n not in aside])


def pronoun_of(sent: Span) -> str | None:
    """The personal pronoun a sentence opens with, if any, near its start."""
    return next((t.lower_ for t in span_tokens(sent)[:10] if t.lower_ in {"he", "she", "him", "her"}), None)


def find_posts(doc: Doc, ents: Entities, lex: Lexicon) -> list[Post]:
    return PostFinder(doc, ents, lex).run()


def find_posts_with_rules(doc: Doc, ents: Entities, lex: Lexicon) -> list[tuple[Post, str]]:
    """Each post with the name of the shape that found it."""
    finder = PostFinder(doc, ents, lex)
    return list(zip(finder.run(), finder.rules))
