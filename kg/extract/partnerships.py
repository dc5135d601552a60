"""Partnerships: organisations working together, named or not.

- A named partnership (an organisation whose name makes it one: "... Alliance", "Walsall
  Together", "... Integrated Care System") is always recorded, and gains members from a
  sentence that names it with a membership cue ("unites A with B", "a partnership of A, B
  and C", "A is a key partner in X", "brings together", "joint venture between").
- Coordinated organisations acting together form an unnamed partnership: "A and B, working
  alongside C, won ...", "a partnership between A and B", "joint winner ... with A and B",
  "A and B have merged".
- One person holding one title at two organisations ("joint chief officer for A and B")
  is a joint post, and a partnership of the two.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..facts import NOT_PARTNER_KINDS, Evidence, Partnership, Post
from .awards import ENTRY_OPENING
from .entities import Entities, Mention
from .organisations import NAMED_SERVICE, SERVICE_NOUN_AFTER, SET_UP_BY_PHRASE
from . import lexicon
from .lexicon import Lexicon
from .tokens import DASHES, doc_sents, doc_text, doc_tokens, line_bounds, span_text, span_tokens, text_after, text_between, tokens_text

#: "X became the alliance's first housing member", "Y will become a full partner": a member cue.
BECAME_A_MEMBER = r"(?:became|becomes|become|will become|making it|makes it|made it) (?:the|a|an|its) (?:\w+['’]s )?(?:[\w-]+ ){0,2}?(?:member|partner)"
#: Phrases after which a named partnership's members are listed ("X, which unites A with B").
MEMBER_CUES = re.compile(
    r"\b(unites?|uniting|(?:brings?|brought|bringing) together(?! [£$€\d])|partnership (?:of|between)|alliance of|made up of|"
    r"compris(?:es|ing)|consists? of|consisting of|members? of|members include|partners? in|key partner|"
    + BECAME_A_MEMBER + r"|"  # "... the alliance's first housing member"
    r"(?:is|are|was|were) (?:now )?part of(?= the (?-i:[A-Z])[^,.;]{0,40}? cluster\b)|"  # "is part of the X cluster with Y"
    r"(?:formed|set up|established|launched|created|owned)(?:\s+\w+){0,3}?\s+by|joint venture (?:of|between)|"
    # "was pulled together in less than a week at the start of the first lockdown by A, B and C"
    r"(?:was|were|had been|has been) (?:pulled together|put together|set up|formed|established|founded|started)"
    r"(?:\s+[\w'’-]+){0,12}?(?:\s*,[^,;.]{1,100},)?\s+by|"  # (", ahead of the launch of X in February, by")
    r"collaboration between|includ(?:es|ing) (?:representatives|members|leaders) (?:from|of)|"
    r"(?:collaborative|consortium|group|network|committee) of|which includes?|(?:has|have) (?:also |now )?joined|"
    r"(?:has|had) (?:since |also |now ){0,2}been joined by|"  # "It has since been joined by A and B"
    r"(?:agreed|voted|decided) (?:unanimously )?to admit|"  # "The X Partnership agreed to admit the charity"
    r"(?:partnership|alliance|board|collaborative|network) (?:(?:now|also|currently) ){0,2}includes?|(?:has|have|had|holds?|hold) (?:had )?(?:a )?seats? on|"
    r"sits? on (?:the|its) [\w ]{0,40}?through|(?:be|is|are|was|were) represented on|"
    # "Both organisations sit on the X Partnership, alongside A" (bodies, not a person, sit on it)
    r"(?:organisations|bodies|councils|trusts|partners|they) (?:also |both |all )?(?:sit|sat) on (?:the|its) (?-i:(?=[A-Z]))|"
    r"(?:(?<=members )|(?<=representatives ))(?:are|were|will be) drawn from|"  # "The IJB's voting members are drawn from A"
    r"whose (?:members|partners|member organi[sz]ations) (?:are|include)|"  # "X, whose members are: (a) A; (b) B"
    # "X, which the council leads with the trust, the PHA and the Housing Executive"
    r"which (?:the )?[\w'’ -]{1,40}? (?:leads|runs|hosts|chairs|co-?ordinates|manages|delivers) (?:jointly )?with|"
    # "X, which A formed last year with B and C"
    r"which (?:the )?[\w'’ -]{1,40}? (?:formed|founded|set up|established|created|launched)"
    r"(?: (?:last|this|in|early|late) \w+)? (?:jointly )?with|(?:will host|hosts|is hosting|to host)(?= (?:the|this) "
    r"(?:partnership|alliance|collaborative|network)\b))\b", re.I)
#: A negation just before a cue: "X, which is not a member of the RPB", "no longer part of".
NEGATED_BEFORE = re.compile(r"\b(?:not|no longer|never|neither|nor)\s+(?:[\w-]+\s+){0,2}$", re.I)


#: A person's seat before "member of": "an independent member of X", "a lay member of X".
PERSON_MEMBER_BEFORE = re.compile(r"\b(?:independent|lay|board|non-executive|executive|elected|co-opted|associate|"
                                  r"voting|officer|committee|staff|partner|clinical|specialist)\s+$", re.I)


def member_cue(text: str) -> re.Match | None:
    """The first cue of membership in `text` that no negation turns round ('is not a member of')
    and that is no person's seat ('an independent member of X')."""
    return next((m for m in MEMBER_CUES.finditer(text) if not NEGATED_BEFORE.search(text[:m.start()])
                 and not (m.group(0).lower().startswith("member") and PERSON_MEMBER_BEFORE.search(text[:m.start()]))),
                None)


#: Phrases that list a partnership's members without naming it: "Its partners are A, B and C",
#: "Members include ...", "A and B are all members".
MEMBER_LIST_CUE = re.compile(
    r"\b(?:its|their)\s+(?:\w+\s+)?(?:partners|members)\b|\b(?:members|partners) (?:are|include|includes|comprise)\b"
    r"|\b(?:members|partners) (?:were|included|comprised) (?=(?:the )?(?-i:[A-Z]))"  # (not "were elected")
    # "The statutory partners on the regional board are A, B and C"; "B and C also have seats"
    r"|\b(?:members|partners) (?:on|of) (?:the|its|this) (?:[\w-]+ ){0,3}?(?:board|partnership|committee|alliance|group)"
    r" (?:are|include|comprise)\b|\b(?:also |each )?(?:has|have) (?:also )?(?:accepted |taken (?:up )?)?(?:a )?seats?(?! on\b)\b"
    r"|\b(?:co-?chairs?|co-?chaired|leads?|led|runs?|ran|hosts?|hosted) it (?:jointly )?with\b"  # "The council co-chairs it with B"
    r"|\bjoined as (?:a |an )?(?:full |founding |associate |equal )?(?:partner|member)\b"
    r"|\bare (?:all |also |both )?(?:statutory |full |founding |founder |core |equal )?(?:members|partners)\b|\bare the (?:[\w-]+ ){1,2}?(?:members|partners)\b"
    r"|\bis (?:also )?(?:one of the |a |an |the )?(?:\w+ )?(?:member|partner)s?\b(?! of\b)"  # "one of the founding partners"
    r"|\b(?:have|has) (?:also )?(?:joined|signed up)\b|^\s*(?:they|the (?:other )?(?:partners|members)) are\b"
    r"|^\s*so (?:has|have|did)\b|\bpartner in its own right\b|\bcompletes? the line-up\b"
    r"|\b(?:is|are|will be|was|were) represented by\b|\btakes? part through\b|\bjoined it\b"
    r"|\b(?:joined|signed up)(?: together| jointly| too)? (?:in|last|this|that|later|earlier|at|on|soon|the following) \w+"
    # "The GP federation, X, joined in the spring", "X joined that autumn", "A and B signed up together in January"
    r"|\bjoined (?:a|one|two|three|four|six|\w+) (?:year|years|month|months|week|weeks) later\b"  # "X joined a year later"
    r"|\b(?:came|comes|come|has come|have come) on board\b"  # "Y came on board this spring"
    r"|\bjoined (?:the|this) (?:scheme|partnership|alliance|network|programme|collaborative|consortium|project|initiative)\b"
    r"|\bjoined (?:the|this) (?:service|team)\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:partner|member)\b"  # "... as a third partner"
    r"|\b" + BECAME_A_MEMBER + r"\b"
    r"|\b(?:has|have|had) been (?:a |an )?(?:[\w-]+ )?(?:member|partner)s? (?:since|from|for)\b", re.I)  # "... since 2009"
#: Phrases that say the organisations on either side work together ("A, working side by side with B and C").
WORK_WITH = re.compile(
    r"\b(?:work(?:s|ing|ed)?|collaborat(?:e|es|ing|ed)|partner(?:s|ing|ed)?|merg(?:e|es|ing|ed)|"
    r"join(?:s|ing|ed)? forces|team(?:s|ing|ed)? up)(?:\s+(?:side by side|closely|together|jointly|"
    r"in partnership|hand in hand))?\s+(?:with|alongside)\b"
    # "has signed a concordat with B", "agreed a section 75 agreement with B", "a pooled budget with B"
    r"|\b(?:sign(?:s|ed)?|agree(?:s|d)?|enter(?:s|ed)? into|struck|ha(?:s|ve)|formed|set up)\s+(?:a|an)\s+"
    r"(?:[\w£-]+\s+){0,3}(?:concordat|agreement|memorandum of understanding|contract|deal|pooled budget|"
    r"joint venture|partnership)\s+with\b"
    r"|\bjointly\s+(?:appoint|fund|commission|run|deliver)\w*\s+(?:[\w-]+\s+){0,5}?with\b"
    r"|\bpool(?:s|ed|ing)?\s+(?:[\w£$.,-]+\s+){0,6}?with\b"  # "will pool £12m of funding with B"
    r"|\b(?:agreed|agrees|agree|reached|signed)\s+terms\s+with\b", re.I)  # "we have agreed terms with B"
#: "A contract under which A will invest ... has been approved by B": the two sides of a contract.
CONTRACT_UNDER_WHICH = re.compile(r"\b(?:contract|agreement|deal)\s+under\s+which\b.*?\b(?:approved|agreed|signed|"
                                  r"awarded|let)\s+by\b", re.I)
JOINT_VERBS = re.compile(
    r"\b(?:jointly|joint|pooled|pool|merge[ds]?|merger|merging|signed|sign|agreement|concordat|"
    r"brought together|bring together|formed|form|launched|established|set up|together|partners?|"
    r"integrat\w+|shared?|alongside|between|consortium|collaborat\w+|alliance|venture|committee)\b", re.I)
#: Verbs a coordinated subject does together: "A and B won ...", "A and B agreed ...".
TOGETHER_VERBS = {"agree", "sign", "merge", "form", "launch", "establish", "pool", "share", "commission", "fund",
                  "win", "appoint", "create", "develop", "deliver", "run", "host", "combine", "integrate", "join",
                  "collaborate", "partner", "bid", "submit", "set", "publish", "approve", "lead"}
PARTNERSHIP_NOUN = re.compile(r"\b(?:partnership|joint venture|alliance|collaboration)\b")
#: Words that may stand between coordinated organisation names.
LINKS = lexicon.words("links")
NOT_MEMBERS = NOT_PARTNER_KINDS


def _evidence(sent: Span) -> Evidence:
    return Evidence.of(sent)


#: What a description between spaced dashes opens with when it says what the name before it is
#: part of: " - the arm of NHS X which runs community services - ".
PART_OF = re.compile(r"^\s*(?:the|a|an)?\s*(?:\w+\s+){0,2}?(?:arm|part|division|branch|subsidiary|wing|department|"
                     r"directorate|committee)\s+of\b", re.I)


def _dashed_asides(doc: Doc, orgs: list[Mention]) -> list[range]:
    """The token ranges of descriptions set between spaced dashes among the mentions that say
    what a body is part of: the body named inside is no item of the list around it."""
    toks = doc_tokens(doc)
    if len(orgs) < 2:
        return []
    dashes = [k for k in range(orgs[0].end, orgs[-1].start)
              if toks[k].text in DASHES and toks[k].whitespace_ and toks[k - 1].whitespace_]
    out: list[range] = []
    for a, b in zip(dashes, dashes[1:]):
        if b - a <= 30 and not (out and a in out[-1]) and PART_OF.match(tokens_text(doc, a + 1, b)):
            out.append(range(a, b + 1))
    return out


#: After a body: the text says it is no member ("X, which is not a partner.", "X ... but is not a member").
SAID_NOT_A_MEMBER = re.compile(r"(?:\s*,\s*which|\s+(?:but|and))?\s+(?:is|was|are|were)\s+not\s+(?:a|an|one)\s+"
                               r"(?:of\s+the\s+)?(?:full\s+)?(?:member|partner)s?\b", re.I)


def bodies_said_not_to_be_members(doc: Doc, ents: Entities) -> dict[str, str | None]:
    """The bodies the text says are not members or partners ('met by X, which is not a partner'; 'X pays
    for the project manager but is not a partner'), each with the partnership in view there (the last
    one named up to the end of that sentence, None when none is): no member of that one, though they
    may be of another."""
    text, toks = doc_text(doc), doc_tokens(doc)
    out: dict[str, str | None] = {}
    for sent in doc_sents(doc):
        for hit in SAID_NOT_A_MEMBER.finditer(span_text(sent)):
            at = sent.start_char + hit.start()
            before = [m for m in ents.within(sent.start, sent.end, "ORG") if toks[m.end - 1].idx < at and not m.generic]
            if not before:
                continue
            last = toks[before[-1].end - 1]
            if re.match(r"\s+(?:but|and)\b", text[at:]):
                if before[0].start > sent.start + 1:
                    continue  # (the subject is no body the text names: "FareShare supplies ... with Y but is not")
                body = before[0]  # "X pays for the manager under an agreement with Y but is not a member": X
            elif not text[last.idx + len(last):at].strip(" ,"):
                body = before[-1]  # "met by X, which is not a partner", "X is not a member"
            else:
                continue
            # the partnership the sentence names ("sends an officer to the X Partnership's steering group"), else the last before
            in_view = [m.entity for m in ents.mentions if m.kind == "ORG" and m.start < sent.end
                       and ents.orgs[m.entity].kind == "Partnership" and m.entity != body.entity]
            out[body.entity] = in_view[-1] if in_view else None
    return out


def bodies_named_only_aside(doc: Doc, ents: Entities) -> set[str]:
    """The bodies the text names only inside a dashed aside that says what another body is part of
    ('- the arm of NHS X which runs community services -'): no member, nor a partner of the others."""
    inside, outside = set(), set()
    for sent in doc_sents(doc):
        orgs = ents.within(sent.start, sent.end, "ORG")
        asides = _dashed_asides(doc, orgs)
        for m in orgs:
            (inside if any(m.start in r for r in asides) else outside).add(m.entity)
    return inside - outside


def coordinated_groups(doc: Doc, orgs: list[Mention]) -> list[list[Mention]]:
    """Runs of organisation mentions separated only by linking words (a description between
    dashes of what one of them is part of, and the body it names, aside)."""
    groups: list[list[Mention]] = []
    asides = _dashed_asides(doc, orgs)
    for m in orgs:
        if any(m.start in r for r in asides):
            continue
        if groups:
            prev = groups[-1][-1]
            between = _without_place_after_in(doc[prev.end:m.start])
            if asides:
                between = [t for t in between if not any(t.i in r for r in asides)]
            between = _without_a_description_before(list(between))
            if m.start < prev.end:  # names sharing one span: "North and South Ayrshire Councils"
                groups[-1].append(m)
                continue
            if m.entity == prev.entity and [t.text for t in between if not t.is_space] == ["("]:
                groups[-1].append(m)  # "B (BHSCT) and the PHA": the acronym in brackets keeps the list going
                continue
            if m.generic and [t.text for t in between if not t.is_space] == [","]:
                groups.append([m])  # "As well as A and B, the partnership includes ...": the clause's subject
                continue
            if len(between) <= 4 and all(t.lower_ in LINKS or t.is_space or
                                         (t.is_upper and t.text.isalpha()) for t in between) \
                    and any(t.lower_ in {"and", ",", "&", "with", "alongside", "plus"} for t in between):
                groups[-1].append(m)
                continue
            if _relative_clause_then_and(between):  # "A, which represents 45 practices, and B have each ..."
                groups[-1].append(m)
                continue
            if _a_counted_kind_then_colon(between):  # "A and two providers: B and C"
                groups[-1].append(m)
                continue
        groups.append([m])
    return [g for g in groups if len({m.entity for m in g}) >= 2]


#: What an agreement does right after naming its second side: "... with B to set up the".
TO_SET_UP = re.compile(r"^\s*,?\s*(?:to|and|,)\s+(?:jointly\s+)?(?:set up|establish|create|form|launch|run)\s+"
                       r"(?:the|a|an)?\s*(?:new\s+)?$", re.I)


def _formed_by_the_agreement(doc: Doc, sent: Span, orgs: list[Mention], after_group: list[Mention],
                             ents: Entities) -> str | None:
    """'A agreed to enter into an agreement with B to set up the X partnership': the partnership
    named right after the agreement's purpose, whose members its two sides are."""
    end = after_group[-1].end
    nxt = next((m for m in orgs if m.start >= end), None)
    if nxt is None or ents.orgs[nxt.entity].kind not in FORMED_KINDS:
        return None
    return nxt.entity if TO_SET_UP.match(text_between(doc, end, nxt.start)) else None


def _without_a_description_before(between: list) -> list:
    """'A, the charity B and C', 'A and the housing association B': what the next body is, said in
    lower case after 'the' right before its name, does not part the list."""
    words = [t for t in between if not t.is_space]
    for n in (1, 2):
        tail = words[-n - 1:]
        if len(words) > n + 1 and tail[0].lower_ == "the" and all(t.is_lower and t.is_alpha and t.pos_ == "NOUN"
                                                                  for t in tail[1:]):
            return words[:-n - 1]
    return between


def _a_counted_kind_then_colon(between) -> bool:
    """'A and two providers: B and C': a number, a kind of body in the plural and a colon between two
    names carry one list on."""
    words = [t for t in between if not t.is_space]
    return 2 <= len(words) <= 5 and words[-1].text == ":" and any(t.like_num for t in words) \
        and all(t.lower_ in LINKS or t.like_num or t.tag_ == "NNS" or t.pos_ == "ADJ" for t in words[:-1])


def _relative_clause_then_and(between: Span) -> bool:
    """', which represents all 45 practices in the city, and ': a relative clause about the first
    name, closed by a comma, then 'and' before the second (no verb of the sentence between)."""
    words = [t for t in between if not t.is_space]
    return 5 <= len(words) <= 25 and words[0].text == "," and words[1].lower_ in {"which", "who"} \
        and words[-2].text == "," and words[-1].lower_ == "and" and not any(t.text in {";", ":", "(", ")"} for t in words)


def _without_place_after_in(between: Span) -> Span:
    """'A Hospice in Penwick, B Hospice in Marbury and C': where each body is, said after 'in',
    does not part the list; what follows the place is what links the names."""
    if len(between) < 3 or between[0].lower_ != "in" or not between[1].text[:1].isupper():
        return between
    k = 1
    while k < len(between) and k <= 3 and between[k].text[:1].isupper():
        k += 1
    return between[k:]


#: "a partnership of four organisations:", "an alliance of local charities," before the list.
PARTNERSHIP_OF_BEFORE = re.compile(r"\b(?:partnership|alliance|collaboration|consortium|coalition)\s+(?:of|between)\s+"
                                   r"(?:the\s+)?(?:\w+\s+){0,3}?(?:organisations|bodies|partners|agencies|charities)?\s*[:,]?\s*$",
                                   re.I)


def acts_together(doc: Doc, sent: Span, group: list[Mention]) -> bool:
    """A coordinated group that is a subject, or follows 'between'/'with'/'of'."""
    first, last = group[0], group[-1]
    lead = doc[max(sent.start, first.start - 3):first.start]
    if any(t.lower_ in {"between", "with", "by", "of"} for t in lead):
        return True
    if PARTNERSHIP_OF_BEFORE.search(text_between(doc, sent.start, first.start)):
        return True  # "The scheme is a partnership of four organisations: A, B, C and D"
    if _a_joint_entry(doc, sent, group):
        return True
    if JOINT_VERBS.search(_outside_names(doc, sent, group)):
        return any(t.pos_ in {"VERB", "AUX"} for t in doc[last.end:sent.end][:12])
    for t in doc[last.end:sent.end][:12]:  # "A and B have agreed ...": a verb they do together
        if t.text in {".", ";", ":"}:
            break
        if t.pos_ == "VERB":
            return t.lemma_ in TOGETHER_VERBS
    return False


#: What ends a joint entry's names on an awards line: the project's dash, or the line's end.
ENTRY_NAMES_END = re.compile(r"[ \t]*(?:[-–—:][ \t]|\n|$)")


def _a_joint_entry(doc: Doc, sent: Span, group: list[Mention]) -> bool:
    """'Winner: A and B - project', 'Finalist: A with B Council - project': bodies named together
    right after an outcome label and before the project's dash entered together (as partners), though
    one of them has "Partnership" in its name."""
    before = doc_text(doc)[max(line_bounds(doc, group[0].start)[0], sent.start_char):doc_tokens(doc)[group[0].start].idx]
    last = doc_tokens(doc)[group[-1].end - 1]
    return bool(ENTRY_OPENING.fullmatch(before)) and len(group) >= 2 \
        and bool(ENTRY_NAMES_END.match(doc_text(doc), last.idx + len(last)))


def _outside_names(doc: Doc, sent: Span, group: list[Mention]) -> str:
    """The sentence without the group's names: cue words inside a name are not cues."""
    inside = {i for m in group for i in range(m.start, m.end)}
    return " ".join(t.text for t in span_tokens(sent) if t.i not in inside)


#: Cues after which the partnership is named, its members around it: "X is a partner in P, with
#: A and B", "both are members of P".
CUE_BEFORE_PARTNERSHIP = re.compile(r"^(?:(?:members?|partners?) (?:of|in)|.*\bseats? on)$", re.I)
#: "has a seat on": the body the seat is on is named after the cue, or is the one named before.
SEAT_CUE = re.compile(r"\bseats? on$", re.I)


def _named_after_cue(named: list[Mention], cue: re.Match, sent: Span, toks) -> str | None:
    """The named partnership right after 'a partner in' / 'members of': the one the sentence
    gives members to, though the subject before the cue is a partnership too ("The group is a
    partner in Integrated Care X, with the ICB, A and B")."""
    if not CUE_BEFORE_PARTNERSHIP.match(cue.group(1)):
        return None
    end = sent.start_char + cue.end()
    return next((m.entity for m in named if 0 <= toks[m.start].idx - end <= 12), None)


def _after_a_later_cue(orgs: list[Mention], target: str, cue_at: int, toks, text: str) -> list[Mention]:
    """'Recommendations from A will go to X, which brings together B and C': when the cue (starting
    at character `cue_at`) opens a relative clause on the partnership, its members are the bodies
    from the cue on (A is not one); else all of them ('As well as A and B, the partnership includes C')."""
    named = [m for m in orgs if m.entity == target and toks[m.end - 1].idx < cue_at]
    if not named:
        return orgs
    end = toks[named[-1].end - 1].idx + len(toks[named[-1].end - 1])
    if not re.match(r"^\s*,?\s*(?:which|that|who)\b", text[end:cue_at]):
        return orgs
    return [m for m in orgs if toks[m.start].idx >= cue_at or m.entity == target]


def _unnegated_list_cue(text: str) -> re.Match | None:
    """MEMBER_LIST_CUE's first hit that no negation turns round ('has not joined the partnership')."""
    return next((m for m in MEMBER_LIST_CUE.finditer(text) if not NEGATED_BEFORE.search(text[:m.start()])), None)


def _back_reference(doc: Doc, m: Mention) -> bool:
    """'the partnership's outreach workers' after the body a sentence is about: a name used again by
    its generic noun, which names no second body of the sentence."""
    words = tokens_text(doc, m.start, m.end).split()
    return len(words) >= 2 and words[0].lower() in {"the", "its", "their"} and words[1][:1].islower()


def find_partnerships(doc: Doc, ents: Entities, lex: Lexicon, posts: list[Post]) -> list[Partnership]:
    toks = doc_tokens(doc)
    found: list[Partnership] = []
    named_members: dict[str, list[str]] = {n: [] for n, o in ents.orgs.items() if o.kind == "Partnership"}
    named_evidence: dict[str, Evidence] = {}

    previous: Span | None = None
    for sent in doc_sents(doc):
        orgs = [m for m in ents.within(sent.start, sent.end, "ORG")]
        service = _service_named_after(doc, sent, orgs, ents, found, previous)
        previous = sent
        if service:  # "The new service, Safe Home Fife, will ...": the partnership the sentence before formed
            name, members = service
            _name_members(named_members, named_evidence, name, members, sent)
        nested = _members_in_a_relative_clause(doc, orgs, ents)
        if nested:  # "set up by X, which brings together A and B, and C": A and B are X's, not C's partners
            body, inner, members = nested
            ents.orgs[body].kind = "Partnership"
            _name_members(named_members, named_evidence, body, members, sent)
            orgs = [m for m in orgs if m not in inner]
        owner = _owner_of_the_members_listed(doc, orgs, ents)
        if owner is not None:  # "The report advised that the Network's members are: - A - B": the Network's
            ents.orgs[owner.entity].kind = "Partnership"
            named_members.setdefault(owner.entity, [])
            _add_members(ents, named_members, named_evidence, owner.entity, [m for m in orgs if m.start > owner.end], sent)
            continue
        run = run_by_the_body_before(doc, orgs)
        orgs = [m for m in orgs if m not in run]  # "C, which runs A Hospice and B Hospice, joined": C alone joins
        named = _outside_a_later_clause(doc, sent, orgs)  # ("X joined in April, when the collaborative began ...")
        # "X signed up in January, and its advisers visit households referred by the partnership's
        # workers": the partnership named again by its noun is the one X joins, no second body
        back = [m for m in named[1:] if _back_reference(doc, m) and m.entity in named_members]
        named = [m for m in named if m not in back]
        if len({m.entity for m in named}) == 1 and _unnegated_list_cue(span_text(sent)) \
                and (named[0].entity not in named_members or _opens_its_sentence(doc, named[0])):
            # "So has X Council", "X completes the line-up"; "The X Partnership joined in May": a
            # partnership that joins the one named before is its member
            earlier = next((m.entity for m in back if m.entity != named[0].entity), None) \
                or _partnership_before(ents, named_members, sent, but=named[0].entity)
            if earlier:
                _add_members(ents, named_members, named_evidence, earlier, named, sent)
                continue
            if named[0].entity not in named_members:
                continue
        launched = _the_scheme_set_up_by(doc, sent, orgs, ents, named_members)
        if launched:  # "The programme was launched in 2008 by A and B": the scheme named just before
            name, members = launched
            ents.orgs[name].kind = "Partnership"
            _name_members(named_members, named_evidence, name, members, sent)
            continue
        joined = _joined_by(doc, orgs, named_members) or _set_up_with(doc, orgs, named_members)
        if joined:  # "C signed up later, and D joined the programme board last year"
            target, members = joined
            _add_members(ents, named_members, named_evidence, target, members, sent)
            continue
        if len({m.entity for m in orgs}) < 2:
            continue
        groups = coordinated_groups(doc, orgs)
        bracketed = _named_with_their_list(doc, orgs, groups, ents)
        for name, members in bracketed:
            ents.orgs[name].kind = "Partnership"
            _name_members(named_members, named_evidence, name, members, sent)
        if bracketed:
            continue
        venture = _new_joint_body(doc, sent, orgs, groups, ents) or _launched_by(doc, sent, orgs, groups, ents) \
            or _set_up_in_a_relative_clause(doc, sent, orgs, groups, ents) \
            or _led_by_one_with_another(doc, sent, orgs, ents) or _described_as_a_partnership(doc, orgs, groups, ents) \
            or _jointly_owned(doc, sent, orgs, groups, ents) or _run_together_by(doc, orgs, groups, ents) \
            or _run_jointly_with(doc, orgs, groups, ents) or _operating_as(doc, orgs, groups, ents)
        if venture:
            name, members = venture
            if ents.orgs[name].kind != "Voluntary":  # (a charity the bodies set up stays a charity)
                ents.orgs[name].kind = "Partnership"
            _name_members(named_members, named_evidence, name, members, sent)
            continue
        grouped = {m.entity for g in groups for m in g}
        cue = member_cue(span_text(sent))
        cue_at = sent.start_char + cue.end() if cue else None
        # a named partnership right after the cue is the target even inside a coordination:
        # "a key partner in the X Alliance, alongside Y"
        named_here = [m for m in orgs if m.entity in named_members and (
            m.entity not in grouped or (cue_at is not None and 0 <= toks[m.start].idx - cue_at <= 12))]
        if not named_here and MEMBER_LIST_CUE.search(span_text(sent)):
            # "Its partners are A, B and C", "Members include ...": the partnership named just before
            earlier = _partnership_before(ents, named_members, sent)
            if earlier:
                _add_members(ents, named_members, named_evidence, earlier, orgs, sent)
                continue
        if not named_here and cue and PARTNERSHIP_NOUN.search(span_text(sent)):
            # "The partnership project launched by the council and the trust is X Ltd"
            named = [m for m in orgs if not m.generic]
            if len({m.entity for m in named}) == 1 and len({m.entity for m in orgs}) >= 3 \
                    and ents.orgs[named[0].entity].kind in FORMED_KINDS:  # not a trust listed with 'the council
                named_members.setdefault(named[0].entity, [])
                named_here = named
        if cue and IT_LISTS_MEMBERS.match(span_text(sent)):
            # "It brings together HSCM, Moray Council and C": 'it' is the partnership named just
            # before, though a partnership opens the list
            earlier = _partnership_before(ents, named_members, sent)
            if earlier:
                _add_members(ents, named_members, named_evidence, earlier, orgs, sent)
                continue
        if named_here and cue:
            target = _named_after_cue(named_here, cue, sent, toks) \
                or (_partnership_before(ents, named_members, sent) if SEAT_CUE.search(cue.group(1)) else None) \
                or min(named_here, key=lambda m: abs(toks[m.start].idx - sent.start_char - cue.start())).entity
            members = _after_a_later_cue(orgs, target, sent.start_char + cue.start(), toks, doc_text(doc))
            if cue.group(1).lower().endswith(" by"):  # "was formed, ahead of the launch of X, by A and B": after 'by'
                members = [m for m in members if toks[m.start].idx >= sent.start_char + cue.end() or m.entity == target]
            _add_members(ents, named_members, named_evidence, target, members + _counted_bodies(doc, ents, sent), sent)
            continue
        contract = CONTRACT_UNDER_WHICH.search(span_text(sent))
        if contract:  # the body the contract binds, then the body that approved it
            under, by = sent.start_char + contract.start(), sent.start_char + contract.end()
            sides = [next((m for m in orgs if under <= toks[m.start].idx < by), None),
                     next((m for m in orgs if toks[m.start].idx >= by), None)]
            entities = list(dict.fromkeys(m.entity for m in sides if m is not None
                                          and ents.orgs[m.entity].kind not in NOT_MEMBERS))
            if len(entities) == 2:
                found.append(Partnership(None, entities, _evidence(sent), confidence=0.6))
                continue
        work = WORK_WITH.search(span_text(sent))
        if work:
            at = sent.start_char + work.start()
            before = [m for m in orgs if toks[m.start].idx < at]
            if before:  # the whole coordinated group before the cue, not just its last name
                before = next((g for g in groups if before[-1] in g), [before[-1]])
            after_group = next((g for g in groups if toks[g[0].start].idx > at), None) or \
                [m for m in orgs if toks[m.start].idx > at][:1]
            members = list(before) + list(after_group)
            entities = list(dict.fromkeys(m.entity for m in members if ents.orgs[m.entity].kind not in NOT_MEMBERS))
            formed = _formed_by_the_agreement(doc, sent, orgs, after_group, ents) if after_group else None
            if formed and len(entities) >= 2:  # "A agreed an agreement with B to set up the X partnership"
                _name_members(named_members, named_evidence, formed, [m for m in entities if m != formed], sent)
                continue
            if len(entities) >= 2:
                found.append(Partnership(None, entities, _evidence(sent), confidence=0.65))
                continue
        for group in groups:
            members = list(dict.fromkeys(m.entity for m in group
                                         if ents.orgs[m.entity].kind not in NOT_MEMBERS))
            if len(members) >= 2 and acts_together(doc, sent, group):
                found.append(Partnership(None, members, _evidence(sent), confidence=0.6))

    # joint posts: one person, one title, two organisations
    by_title: dict[tuple[str, str], list[Post]] = {}
    for post in posts:
        by_title.setdefault((post.person, post.role.lower()), []).append(post)
    for (_, role), same in by_title.items():
        orgs = list(dict.fromkeys(p.organisation for p in same if p.organisation))
        if len(orgs) >= 2 and all(ents.orgs.get(o) and ents.orgs[o].kind not in NOT_MEMBERS for o in orgs):
            found.append(Partnership(None, orgs, same[0].evidence, confidence=0.55))

    for sent in doc_sents(doc):
        for member, name in _joiners_of_partnerships(doc, sent, ents, named_members):
            _name_members(named_members, named_evidence, name, [member], sent)
    for name, members in named_members.items():
        evidence = named_evidence.get(name) or _first_mention_evidence(doc, ents, name)
        found.append(Partnership(name, members, evidence, confidence=0.8 if members else 0.9))
    return _merge(found)


#: After a body (and an apposition between commas at most): it left the partnership. "SEQOL left.",
#: "X, which ran that service from 2021, left the network on 31 December", "X, a partner since
#: 2004, withdrew at the end of March", "X took part in the first year but left in 2022" (a clause in
#: lower case, so no other body's), "X stepped down as a partner in April"; not "left a gap" or
#: "withdrew its funding".
LEFT_AFTER = re.compile(r"(?:\s*,[^,;]{1,120},)?\s+(?:(?-i:[a-z0-9][a-z0-9 -]{0,60}?)\s+(?:but|and|before)\s+)?"
                        r"(?:has\s+|had\s+|have\s+|then\s+|later\s+|since\s+)*"
                        r"(?:left|withdrew|withdrawn|pulled\s+out|dropped\s+out|stepped\s+(?:down|away|back)\s+from|"
                        r"stepped\s+down\s+as\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:partner|member))"
                        r"(?=\s*[.,;]|\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:alliance|partnership|network|board|"
                        r"consortium|collaborative)\b|\s+(?:from|on|in|at|last|this|that|when|"
                        r"after|before|during|early|late|earlier|later)\b)", re.I)


def bodies_that_left(doc: Doc, ents: Entities) -> set[str]:
    """The bodies the text says left or withdrew from the partnership: former members, not members."""
    text, toks = doc_text(doc), doc_tokens(doc)
    return {m.entity for m in ents.mentions if m.kind == "ORG"
            and LEFT_AFTER.match(text, toks[m.end - 1].idx + len(toks[m.end - 1]))}


def without_bodies_that_left(found: list[Partnership], left: set[str]) -> list[Partnership]:
    """The partnerships with their former members taken out (an unnamed one needs two members still)."""
    out = []
    for part in found:
        members = [m for m in part.members if m not in left]
        if part.name or len(members) >= 2:
            out.append(replace(part, members=members))
    return out


JOINT_BODY = re.compile(r"\b(?:joint venture|joint company|new company|joint committee|provider collaborative)"
                        r"(?:\s+company)?\s*(?:,|called|named|known as)\s*(?:the\s+)?$", re.I)


#: "A, B and C were already working together as the X Partnership", "came together to form X".
TOGETHER_AS = re.compile(r"\b(?:together as|together to form|joined forces as|to form|formed|forming|form|operate as|"
                         r"(?:agreed|agree|agrees|decided|voted|plan|plans|planning) to (?:set up|establish|create|launch)|"
                         r"operating as|known collectively as|(?:which |that |who )?make up|made up|"
                         r"setting up|establishing|creating)\s*(?:the\s+|a\s+|an\s+)?$",  # "signed an MoU setting up X"
                         re.I)
#: Kinds a body formed by others can be: not a merged trust or council ("merge to form X NHS Trust").
FORMED_KINDS = {"Partnership", "Other", "CCG", "Voluntary"}


def _new_joint_body(doc: Doc, sent: Span, orgs: list[Mention], groups: list[list[Mention]],
                    ents: Entities | None = None):
    """'A and B have set up a joint venture company, X Ltd, ...', 'A, B and C were working
    together as the X Partnership': X is a partnership of A, B (and C). Returns (X, members) or None."""
    toks = doc_tokens(doc)
    for m in orgs:
        before = doc_text(doc)[sent.start_char:toks[m.start].idx]
        partnership = ents is not None and ents.orgs[m.entity].kind in FORMED_KINDS
        banner = partnership and re.search(r"\bunder\s+(?:the\s+)?$", before) and re.match(
            r"\s*(?:banner|umbrella|brand|name)\b", doc_text(doc)[toks[m.end - 1].idx + len(toks[m.end - 1]):])
        if not (JOINT_BODY.search(before) or (partnership and TOGETHER_AS.search(before)) or banner):
            continue  # "A and B, which have shared a chief executive under the X banner"
        group = next((g for g in groups if g[-1].end <= m.start and m not in g), None)
        members = list(dict.fromkeys(x.entity for x in (group or []) if x.entity != m.entity))
        if len(members) >= 2:
            return m.entity, members
    return None


#: "... was launched on Tuesday by", "has been set up by": the bodies after "by" made the subject.
SET_UP_BY = re.compile(r"^(?:\s*\([A-Za-z&]{2,10}\))?" + SET_UP_BY_PHRASE + r"(?:the\s+)?$")  # "X (XS), run jointly by"


def _launched_by(doc: Doc, sent: Span, orgs: list[Mention], groups: list[list[Mention]], ents: Entities):
    """'Home Together Harford was launched on Tuesday by A, B and C': the body that opens the
    sentence is a partnership of the bodies that set it up. Returns (X, members) or None."""
    first = orgs[0]
    if not _opens_the_sentence(doc, sent, first) or ents.orgs[first.entity].kind not in FORMED_KINDS:
        return None
    group = next((g for g in groups if g[0].start > first.end), None)
    if group is None or not SET_UP_BY.match(text_between(doc, first.end, group[0].start)):
        return None
    members = _listed_members(group, first.entity, ents)
    return (first.entity, members) if len(members) >= 2 else None


#: "X, which was set up in 2011 by A and B": the bodies after "by" made X, wherever X stands.
WHICH_WAS_SET_UP_BY = re.compile(r"^\s*,\s*which\s+(?:was|were|has been|had been)\s+(?:jointly\s+)?(?:set up|established|"
                                 r"created|founded|formed|launched)\s+(?:[\w-]+\s+){0,6}?by\s+(?:the\s+)?$", re.I)
#: "that the X service, run jointly by A and B, had been", "X, which is run by A and B": the bodies after
#: "by" run X together, wherever X stands.
RUN_BY = re.compile(r"^" + SERVICE_NOUN_AFTER + r"\s*,\s*"
                    r"(?:which\s+(?:is|are|was|were|has been|had been)\s+)?(?:jointly\s+)?(?:run|owned|managed|delivered|"
                    r"operated)(?:\s+jointly)?\s+by\s+(?:the\s+)?$", re.I)
#: "X, which A and B set up in February": the bodies before the verb made X.
WHICH_OPENS = re.compile(r"^\s*,\s*which\s+(?:the\s+)?$", re.I)
THEY_SET_UP = re.compile(r"^\s+(?:(?:have|had)\s+)?(?:jointly\s+)?(?:set up|established|created|founded|formed|launched)\b",
                         re.I)


def _set_up_in_a_relative_clause(doc: Doc, sent: Span, orgs: list[Mention], groups: list[list[Mention]],
                                 ents: Entities):
    """'... owned by the Harford Care Board, which Harford Council and NHS Wexmoor set up in 2011'
    (or 'which was set up by A and B', 'the X service, run jointly by A and B'): the body before
    "which" (or the comma) is a partnership of the bodies that set it up or run it, wherever it
    stands in the sentence. Returns (X, members) or None."""
    for m in orgs:
        if ents.orgs[m.entity].kind not in FORMED_KINDS:
            continue
        group = next((g for g in groups if g[0].start > m.end), None)
        if group is None or any(o.start >= group[-1].end and o.entity not in {x.entity for x in group} for o in orgs):
            continue  # a body after the list: the list may go on past what was grouped, other rules read it
        between = text_between(doc, m.end, group[0].start)
        if WHICH_WAS_SET_UP_BY.match(between) or RUN_BY.match(between) or (WHICH_OPENS.match(between)
                                                   and THEY_SET_UP.match(text_after(doc, group[-1].end, 40))):
            members = _listed_members(group, m.entity, ents)
            if len(members) >= 2:
                return m.entity, members
    return None


#: "The programme was launched in 2008 by A and B", "The scheme is run jointly by A and B": a
#: piece of joint work the sentence names by its kind, then the bodies behind it.
THE_SCHEME_SET_UP_BY = re.compile(r"^\s*(?:The|This)\s+(?:new\s+|joint\s+)?(?:programme|scheme|service|project|partnership|"
                                  r"initiative|network|pilot|collaborative|hub)" + SET_UP_BY_PHRASE + r"(?:the\s+)?",
                                  re.I)


def _the_scheme_set_up_by(doc: Doc, sent: Span, orgs: list[Mention], ents: Entities,
                          named_members: dict[str, list[str]]) -> tuple[str, list[str]] | None:
    """'X is on the shortlist ... The programme was launched in 2008 by A and B': the scheme the
    sentence names by its kind is the body with no head word of its own (a partnership or one of
    kind Other) that opened a sentence last, within a few paragraphs ('The partnership': a headless
    body named after the last named partnership), unless the sentence's noun was resolved to a body
    already. Returns (X, members) or None."""
    cue = THE_SCHEME_SET_UP_BY.match(span_text(sent))
    if cue is None:
        return None
    toks = doc_tokens(doc)
    after = [m for m in orgs if toks[m.start].idx >= sent.start_char + cue.end() - 1]
    group = next((g for g in coordinated_groups(doc, after) if g[0] is after[0]), after[:1]) if after else []
    joined = {m for found in named_members.values() for m in found} | {g.entity for g in group}
    opener = next((m for m in orgs if m.generic and m.entity not in joined and ents.orgs[m.entity].kind == "Other"
                   and _opens_the_sentence(doc, sent, m)), None)
    if opener is not None:  # "The network was set up by ...": the network the text named, which its noun stands for
        members = _listed_members(group, opener.entity, ents)
        return (opener.entity, members) if len(members) >= 2 else None
    earlier = [m for m in ents.mentions if m.kind == "ORG" and not m.generic and sent.start - 400 < m.start < sent.start
               and ents.orgs[m.entity].kind in {"Partnership", "Other"} and m.entity not in joined
               and _opens_its_sentence(doc, m)]
    if re.match(r"\s*\w+\s+(?:new\s+|joint\s+)?partnership\b", cue.group(0), re.I):
        # "The partnership" is a named partnership's, unless a headless scheme came after the last one
        partnerships = [m.start for m in ents.mentions if m.kind == "ORG" and not m.generic and m.start < sent.start
                        and ents.orgs[m.entity].kind == "Partnership"]
        earlier = [m for m in earlier if ents.orgs[m.entity].kind == "Other" and m.start > max(partnerships, default=-1)]
    elif not earlier:  # "X became the fifth partner in the Y Partnership. The scheme was set up by A, B and C"
        earlier = [m for m in ents.mentions if m.kind == "ORG" and not m.generic and sent.start - 400 < m.start < sent.start
                   and ents.orgs[m.entity].kind == "Partnership" and m.entity not in joined][-1:]
    if not earlier:
        return None
    name = earlier[-1].entity
    members = _listed_members(group, name, ents)
    return (name, members) if len(members) >= 2 else None


def _before_in_sentence(doc: Doc, sent: Span, m: Mention) -> str:
    """The sentence's text before the mention `m`."""
    return doc_text(doc)[sent.start_char:doc_tokens(doc)[m.start].idx]


#: What may stand before the body a sentence opens with: "The", a list line's bullet or an item's
#: letter or number ("a)", "(iv)", "3.2") and "the".
OPENING_BEFORE_SUBJECT = re.compile(r"^(?:(?:[-–—•*·]|\(?(?:[a-z]|[ivx]+|\d+(?:\.\d+)*)[.)])\s*(?:the)?|The)?$")


def _opens_the_sentence(doc: Doc, sent: Span, m: Mention) -> bool:
    """Whether `m` opens its sentence (after 'The' at most): the subject a joint body's sentence is about."""
    return OPENING_BEFORE_SUBJECT.match(_before_in_sentence(doc, sent, m).strip()) is not None


#: "will be jointly owned by A and B": a body owned by two or more others is their joint venture.
JOINTLY_OWNED = re.compile(r"\b(?:jointly owned|co-owned|owned jointly)\s+by\s+(?:the\s+)?", re.I)


def _jointly_owned(doc: Doc, sent: Span, orgs: list[Mention], groups: list[list[Mention]], ents: Entities):
    """'X, the care company set up by A, will be jointly owned by A and B from December': the body
    the sentence opens with is a partnership of the bodies that own it. Returns (X, members) or None."""
    toks = doc_tokens(doc)
    owned = JOINTLY_OWNED.search(span_text(sent))
    first = orgs[0]
    if owned is None or ents.orgs[first.entity].kind not in FORMED_KINDS or not _opens_the_sentence(doc, sent, first):
        return None
    after = sent.start_char + owned.end()
    group = next((g for g in groups if toks[g[0].start].idx == after), None)
    members = _listed_members(group, first.entity, ents) if group else []
    return (first.entity, members) if len(members) >= 2 else None


#: "X (XRS), which A and B have run together since 2012": the group between 'which' and the verb.
RUN_TOGETHER_AFTER = re.compile(r"^\s*(?:\([A-Z][A-Za-z&]{1,9}\)\s*)?,\s*which\s+(?:the\s+)?$", re.I)
RUN_TOGETHER = re.compile(r"^\s*(?:have|has|had)?\s*(?:jointly\s+)?(?:run|ran|runs|led|lead|manage[ds]?|"
                          r"deliver(?:ed|s)?|host(?:ed|s)?|commission(?:ed|s)?|fund(?:ed|s)?|set up|established|"
                          r"founded|formed)\s+(?:together|jointly)\b", re.I)


def _run_together_by(doc: Doc, orgs: list[Mention], groups: list[list[Mention]], ents: Entities):
    """'the Vale Community Resource Service (VCRS), which A and B have run together since 2012':
    the body before 'which' is a partnership of the group that runs it. Returns (X, members) or None."""
    return _body_before_its_group(doc, orgs, groups, ents, RUN_TOGETHER_AFTER, then=RUN_TOGETHER, kinds=FORMED_KINDS)


#: "X, which the Trust delivers jointly with A and B": one body runs X together with others (the
#: text between X and the Trust is RUN_TOGETHER_AFTER's).
JOINTLY_WITH = re.compile(r"^\s*(?:run|runs|ran|deliver(?:s|ed)?|operate[sd]?|manage[sd]?|host(?:s|ed)?|lead|leads|led|"
                          r"provide[sd]?|commission(?:s|ed)?)\s+(?:jointly|together|in partnership)\s+with\s+(?:the\s+)?$",
                          re.I)


def _run_jointly_with(doc: Doc, orgs: list[Mention], groups: list[list[Mention]], ents: Entities):
    """'the Harford Navigator Service, which the Trust delivers jointly with A and B Council': the
    body before 'which' is a partnership of the one that runs it and those it runs it with.
    Returns (X, members) or None."""
    for x, a, b in zip(orgs, orgs[1:], orgs[2:]):
        if x.generic or not RUN_TOGETHER_AFTER.match(text_between(doc, x.end, a.start)) \
                or not JOINTLY_WITH.match(text_between(doc, a.end, b.start)):
            continue
        group = next((g for g in groups if g[0].start == b.start), [b])
        members = _listed_members([a] + group, x.entity, ents)
        if len(members) >= 2:
            return x.entity, members
    return None


#: What joins a group to the body it acts as: " - now operate as the ", ", which work together as ".
OPERATE_AS = re.compile(r"^\s*[-–—,]?\s*(?:which\s+|who\s+)?(?:now\s+|have\s+|had\s+)?(?:operate[sd]?|operating|"
                        r"work(?:s|ed)?\s+together|act(?:s|ed)?\s+jointly)\s+as\s+(?:the\s+|a\s+|one\s+)?$", re.I)


def _operating_as(doc: Doc, orgs: list[Mention], groups: list[list[Mention]], ents: Entities):
    """'A, B, C and D now operate as the X PCT cluster': the named group a coordinated group of
    bodies acts as is a partnership of them. Returns (X, members) or None."""
    for group in groups:
        after = next((m for m in orgs if m.start >= group[-1].end and not m.generic), None)
        if after is None or ents.orgs[after.entity].kind not in FORMED_KINDS \
                or not OPERATE_AS.match(text_between(doc, group[-1].end, after.start)):
            continue
        members = _listed_members(group, after.entity, ents)
        if len(members) >= 2:
            return after.entity, members
    return None


def _body_before_its_group(doc: Doc, orgs: list[Mention], groups: list[list[Mention]], ents: Entities,
                           joined_by: re.Pattern, then: re.Pattern | None = None, kinds: set[str] | None = None):
    """The first named body whose next coordinated group follows text `joined_by` matches (and, with
    `then`, comes before text `then` matches; with `kinds`, a body of one of them), as (X, the
    group's members), or None: X is a partnership of that group."""
    for m in orgs:
        group = next((g for g in groups if g[0].start > m.end), None)
        if group is None or m.generic or not joined_by.match(text_between(doc, m.end, group[0].start)) \
                or then is not None and not then.match(text_after(doc, group[-1].end, 60)):
            continue
        members = _listed_members(group, m.entity, ents)
        if len(members) >= 2 and (kinds is None or ents.orgs[m.entity].kind in kinds):
            return m.entity, members
    return None


#: What joins a body's name to the group it is a partnership of: ", a partnership between", " (GCPH),
#: an alliance of", ", the joint venture of".
PARTNERSHIP_OF_GROUP = re.compile(r"^\s*(?:\([A-Z][A-Za-z&]{1,9}\)\s*)?,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:partnership|alliance|collaboration|collaborative|joint venture|consortium)"
                                  r"\s+(?:between|of)\s+(?:the\s+)?$", re.I)


def _described_as_a_partnership(doc: Doc, orgs: list[Mention], groups: list[list[Mention]], ents: Entities):
    """'the Glasgow Centre for Population Health (GCPH), a partnership between A, B and C': the
    body named before the description is a partnership of the group after it. Returns (X, members)
    or None."""
    return _body_before_its_group(doc, orgs, groups, ents, PARTNERSHIP_OF_GROUP)


#: "X, led by A with B": a named body two others run together, on its own line or opening a sentence.
LED_BY_WITH = re.compile(r"^,?\s*(?:which is\s+|is\s+)?(?:jointly\s+)?(?:led|run|delivered|managed)\s+(?:jointly\s+)?by\s+$",
                         re.I)


def _led_by_one_with_another(doc: Doc, sent: Span, orgs: list[Mention], ents: Entities):
    """'Gold - Harford Ageing Better, led by Age UK Harford with Harford City Council: project':
    the body named first is a partnership of the one that leads it and the one it leads with;
    'Gold went to X, run jointly by A and B': with 'jointly', X may stand anywhere in the sentence.
    Returns (X, members) or None."""
    for i, (first, lead, partner) in enumerate(zip(orgs, orgs[1:], orgs[2:])):
        led = text_between(doc, first.end, lead.start)
        opens = i == 0 and (_opens_the_sentence(doc, sent, first)
                            or ENTRY_OPENING.fullmatch(_before_in_sentence(doc, sent, first)))
        joined = text_between(doc, lead.end, partner.start).strip().lower()
        if not LED_BY_WITH.match(led) or not (opens or "jointly" in led.lower()) \
                or ents.orgs[first.entity].kind not in FORMED_KINDS or joined not in {"with", "and", "in partnership with"}:
            continue
        members = [m.entity for m in (lead, partner) if m.entity != first.entity
                   and ents.orgs[m.entity].kind not in NOT_MEMBERS]
        return (first.entity, members) if len(members) == 2 else None
    return None


def _service_named_after(doc: Doc, sent: Span, orgs: list[Mention], ents: Entities, found: list[Partnership],
                         previous: Span | None) -> tuple[str, list[str]] | None:
    """'A has joined forces with B and C ... The new service, X, will ...': the service the
    sentence opens by naming (NAMED_SERVICE) is a partnership of the bodies the sentence before
    brought together. Returns (X, members) or None."""
    toks = doc_tokens(doc)
    named = NAMED_SERVICE.match(span_text(sent))
    if not named or previous is None:
        return None
    at = sent.start_char + named.start(1)
    name = next((m.entity for m in orgs if toks[m.start].idx == at), None)
    before = [p for p in found if p.name is None and p.evidence is not None
              and previous.start_char <= p.evidence.start < sent.start_char]
    if name is None or not before:
        return None
    return name, [m for m in before[-1].members if m != name]


def _members_in_brackets(doc: Doc, orgs: list[Mention], groups: list[list[Mention]],
                         ents: Entities) -> list[tuple[str, list[str]]]:
    """'Tri-borough Care (A, B and C) - shared adult social care', 'the Westvale Alliance (A, B
    and C)': a body followed by brackets that hold only a list of two or more bodies is a
    partnership of them. Returns (name, members) for each such body of the sentence."""
    toks = doc_tokens(doc)
    out = []
    for m in orgs:
        if m.end >= len(toks) or toks[m.end].text != "(" or ents.orgs[m.entity].kind not in FORMED_KINDS:
            continue
        group = next((g for g in groups if g[0].start == m.end + 1), None)
        if group is None or group[-1].end >= len(toks) or not toks[group[-1].end].text.startswith(")"):  # or "):"
            continue
        members = _listed_members(group, m.entity, ents)
        if len(members) >= 2:
            out.append((m.entity, members))
    return out


def _named_with_their_list(doc: Doc, orgs: list[Mention], groups: list[list[Mention]],
                           ents: Entities) -> list[tuple[str, list[str]]]:
    """Partnerships a line names beside the list of their bodies: 'X (A, B and C)', 'A, B and C
    (X)', 'X - A, B and C - project'. Returns (name, members) for each."""
    return _members_in_brackets(doc, orgs, groups, ents) + _named_after_members(doc, orgs, groups, ents) \
        + _members_between_dashes(doc, orgs, groups, ents)


#: What opens a relative clause listing a joint body's own members after its name: "X, which brings
#: together A and B, ...".
MEMBERS_CLAUSE = re.compile(r"^\s*,\s*which\s+(?:brings together|unites|is made up of|comprises|includes|"
                            r"is (?:a|the) (?:partnership|joint committee|joint board|joint venture) (?:of|between))\s+"
                            r"(?:the\s+)?$", re.I)


def _members_in_a_relative_clause(doc: Doc, orgs: list[Mention],
                                  ents: Entities) -> tuple[str, list[Mention], list[str]] | None:
    """'The partnership was set up by X, which brings together A and B, and C': the list in the
    clause, up to its 'and', is X's members (X is a joint body); the sentence's own list goes on
    past it. Returns (X, the clause's mentions, X's members) or None."""
    for i, (body, first) in enumerate(zip(orgs, orgs[1:])):
        if body.generic or ents.orgs[body.entity].kind not in FORMED_KINDS \
                or not MEMBERS_CLAUSE.match(text_between(doc, body.end, first.start)):
            continue
        inner = [first]
        for prev, m in zip(orgs[i + 1:], orgs[i + 2:]):
            joint = text_between(doc, prev.end, m.start)
            if not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", joint, re.I):
                break
            inner.append(m)
            if re.search(r"\b(?:and)\b|&", joint):
                break  # "A and B": the clause's list ends at its 'and'
        members = _listed_members(inner, body.entity, ents)
        return (body.entity, inner, members) if len(members) >= 2 else None
    return None


#: A body's possessive before the word for its members and a verb that lists them: "'s members are".
OWNERS_MEMBERS = re.compile(r"['’]s\s+(?:\w+\s+)?(?:members|partners|member organisations|partner organisations)\s+"
                            r"(?:are|were|include|includes|included|comprise|comprised)\b")


def _owner_of_the_members_listed(doc: Doc, orgs: list[Mention], ents: Entities) -> Mention | None:
    """'the Network's members are: ...': the body whose members the sentence goes on to list (one that
    others can form), when bodies follow in the sentence or on the lines after its colon."""
    text, toks = doc_text(doc), doc_tokens(doc)
    for i, m in enumerate(orgs):
        end = toks[m.end - 1].idx + len(toks[m.end - 1])
        cue = OWNERS_MEMBERS.match(text, end)
        if cue and ents.orgs[m.entity].kind in FORMED_KINDS \
                and (i < len(orgs) - 1 or re.match(r"[ \t]*:[ \t]*(?:\n|$)", text[cue.end():])):
            return m  # (the last body of its sentence when the list follows on the lines after the colon)
    return None


#: The opening of a relative clause whose objects a body runs: ", which runs", ", which also operates".
RUNS_CLAUSE = re.compile(r"^\s*,\s*which\s+(?:also\s+|now\s+|still\s+)?(?:runs|ran|operates|operated|manages|managed|owns)"
                         r"\s+(?:the\s+)?$", re.I)


#: An apposition naming the bodies a body was formed from: ", the housing association formed this
#: year by the merger of", ", formed from the merger of".
MERGED_FROM_CLAUSE = re.compile(r"^\s*,\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?)?(?:formed|created)\s+(?:[\w'’-]+\s+){0,3}?"
                                r"(?:by|from|through)\s+(?:the\s+|a\s+)?merger\s+(?:of|between)\b[^,;.()]*$", re.I)


def run_by_the_body_before(doc: Doc, orgs: list[Mention]) -> list[Mention]:
    """'C, which runs St Julia's Hospice in Hayle and X Hospice in Y, joined in 2023': the places
    and services a body runs, named in a relative clause after it, are its own, not members of
    what it joins; so are the bodies it was formed from ('B, the housing association formed by the
    merger of X and Y, joined'). The clause ends at its closing comma."""
    toks = doc_tokens(doc)
    named = [m for m in orgs if not m.generic]  # ("B, the housing association ...": the description is B's)
    for body, first in zip(named, named[1:]):
        between = text_between(doc, body.end, first.start)
        if not (RUNS_CLAUSE.match(between) or MERGED_FROM_CLAUSE.match(between)):
            continue
        close = next((k for k in range(first.end, len(toks)) if toks[k].text in {",", ";", ".", "(", ")"}
                      or toks[k].is_sent_start), len(toks))
        return [m for m in orgs if first.start <= m.start < close]
    return []


#: Between a body and the partnership it joins: "A has become the seventh member of the X", "A has
#: joined the X", "A, a university, has formally joined the X".
JOINED_BEFORE = re.compile(r"^\s*(?:,[^,;]{1,80},\s*)?(?:(?:has|have|had|will|recently|also|now|formally|officially)\s+)*"
                           r"(?:joined|join|become|became|becomes|been\s+admitted\s+to)\s+(?:(?:the|a|an|its)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:member|partner)\s+(?:of|in)\s+)?(?:the\s+)?$", re.I)


def _joiners_of_partnerships(doc: Doc, sent: Span, ents: Entities,
                             named_members: dict[str, list[str]]) -> list[tuple[str, str]]:
    """'A has become the seventh member of the X, which B and C set up in 2021': (A, X) for a body
    that joins a partnership the text names with members, whatever else the sentence says of it."""
    orgs = ents.within(sent.start, sent.end, "ORG")
    return [(a.entity, b.entity) for a, b in zip(orgs, orgs[1:]) if b.entity in named_members and a.entity != b.entity
            and ents.orgs[a.entity].kind not in NOT_MEMBERS and JOINED_BEFORE.match(text_between(doc, a.end, b.start))]


def _listed_members(group: list[Mention], name: str, ents: Entities) -> list[str]:
    """The bodies of a coordinated list that can be members of `name`, in order, once each."""
    return list(dict.fromkeys(x.entity for x in group
                              if x.entity != name and ents.orgs[x.entity].kind not in NOT_MEMBERS))


def _named_after_members(doc: Doc, orgs: list[Mention], groups: list[list[Mention]],
                         ents: Entities) -> list[tuple[str, list[str]]]:
    """'Highly commended: A, B, C and D (X Programme) - project': a body alone in brackets right
    after a list of bodies is the name they work under."""
    toks = doc_tokens(doc)
    out = []
    for group in groups:
        k = group[-1].end
        named = next((m for m in orgs if m.start == k + 1), None) if k < len(toks) and toks[k].text == "(" else None
        if named is None or named.end >= len(toks) or not toks[named.end].text.startswith(")") \
                or ents.orgs[named.entity].kind not in FORMED_KINDS or named.entity == group[-1].entity:
            continue  # (not "A, B and the Public Health Agency (PHA)": the last body's own acronym)
        members = _listed_members(group, named.entity, ents)
        if len(members) >= 2:
            out.append((named.entity, members))
    return out



def _members_between_dashes(doc: Doc, orgs: list[Mention], groups: list[list[Mention]],
                            ents: Entities) -> list[tuple[str, list[str]]]:
    """'Winner: X Programme - A, B, C and D - project': a body, a dash, a list of bodies and a dash
    before the project make the list the body's members."""
    toks = doc_tokens(doc)
    out = []
    for m in orgs:
        if m.end + 1 >= len(toks) or toks[m.end].text not in DASHES or ents.orgs[m.entity].kind not in FORMED_KINDS:
            continue
        group = next((g for g in groups if g[0].start == m.end + 1), None)
        after = group[-1].end if group else None
        if group is None or after >= len(toks) or toks[after].text not in DASHES:
            continue  # "Winner: X - A and B" alone: X may be their project ("Integrated Discharge Team")
        members = _listed_members(group, m.entity, ents)
        if len(members) >= 2:
            out.append((m.entity, members))
    return out


#: Verbs of setting up a body together: "A set up the X Partnership with B and C".
FORMING_VERBS = {"set", "form", "found", "establish", "launch", "create"}


def _set_up_with(doc: Doc, orgs: list[Mention], named_members: dict[str, list[str]]) -> tuple[str, list[Mention]] | None:
    """'On 20 March we set up the X Partnership with A and the B': the subject of a forming verb
    whose object is a named partnership, and the bodies after the 'with' that follows it, are its
    members (not a body named after the clause ends)."""
    toks = doc_tokens(doc)
    for m in orgs:
        if m.entity not in named_members or toks[m.end - 1].dep_ != "dobj":
            continue
        verb = toks[m.end - 1].head
        if verb.lemma_ not in FORMING_VERBS or verb.pos_ != "VERB" or m.end >= len(toks) or toks[m.end].lower_ != "with":
            continue
        subjects = [t for t in verb.children if t.dep_ == "nsubj"]
        founders = [o for o in orgs if o.entity != m.entity and any(o.start <= t.i < o.end for t in subjects)]
        with_list, last = [], m.end  # (the 'with' itself opens the list)
        for o in (o for o in orgs if o.start > m.end and o.entity != m.entity):
            between = [t.lower_ for t in toks[last:o.start]]
            # only linking words between the bodies, and no ", and the" opening a new clause
            if not set(between) <= {"and", ",", "&", "the", "with"} or _comma_and_then_more(between):
                break
            with_list.append(o)
            last = o.end
        if founders and with_list:
            return m.entity, founders + with_list
    return None


def _comma_and_then_more(words: list[str]) -> bool:
    """Whether a comma, 'and' and at least one more word stand among `words` (', and the ...')."""
    return any(w == "," and words[k + 1:k + 2] == ["and"] and len(words) > k + 2 for k, w in enumerate(words))


def _joined_by(doc: Doc, orgs: list[Mention], named_members: dict[str, list[str]]) -> tuple[str, list[Mention]] | None:
    """'D joined the programme board last year', 'A and B have joined the alliance': the bodies
    that are the subject of 'join' whose object is a named partnership (or a description of one)
    join it, and those after 'by' when it is the passive's subject ('the partnership has been joined
    by A and by B'); not a person who joined a board, nor the bodies named elsewhere in the sentence."""
    toks = doc_tokens(doc)
    for m in orgs:
        if m.entity not in named_members:
            continue
        verb = toks[m.end - 1].head
        if toks[m.end - 1].dep_ == "nsubjpass" and verb.lemma_ == "join":
            # "the partnership has been joined by A, whose ..., and by B": the bodies after 'by'
            joiners = [o for o in orgs if o.start > verb.i and o.entity != m.entity and not _in_relative_clause(doc, o)
                       and any(t.lower_ == "by" for t in toks[verb.i:o.start])]
            if joiners:
                return m.entity, joiners
            continue
        if toks[m.end - 1].dep_ != "dobj" or verb.lemma_ != "join" or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [t for t in verb.children if t.dep_ == "nsubj"]
        subjects += [c for t in subjects for c in t.conjuncts]
        members = [o for o in orgs if o.entity != m.entity and any(o.start <= t.i < o.end for t in subjects)]
        if members:
            return m.entity, members
    return None


#: A sentence whose subject 'it' lists a partnership's members: "It brings together A, B and C".
IT_LISTS_MEMBERS = re.compile(r"^\s*It\s+(?:now\s+|also\s+|will\s+)?(?:brings?|brought|unites|comprises|"
                              r"(?:has|had)\s+(?:since\s+|also\s+|now\s+){0,2}been\s+joined\s+by|"
                              r"is made up of|includes)\b")


#: A clause after a member's line that only says when or how: ", when the collaborative began ...".
LATER_CLAUSE = re.compile(r",\s+(?:when|as|after|while|since|before|until|where)\b", re.I)
#: A clause of purpose or result after a joining: ", so that ...", "in order to ...".
PURPOSE_CLAUSE = re.compile(r",?\s+so that\b|,\s+so\s+(?=[a-z])|\bin order to\b", re.I)


def _outside_a_later_clause(doc: Doc, sent: Span, orgs: list[Mention]) -> list[Mention]:
    """The mentions of a sentence but a body's short name ('the collaborative') after the first
    ', when', ', as' ... that opens a clause: 'C joined in April, when the collaborative began
    delivering food' names the partnership C joined again, not a second subject."""
    text = span_text(sent)
    purpose = PURPOSE_CLAUSE.search(text)
    if purpose is not None:  # "X joined in June, so that patients at the Y Centre are covered too": no joiner after it
        at = sent.start_char + purpose.start()
        orgs = [m for m in orgs if doc_tokens(doc)[m.start].idx < at]
    later = LATER_CLAUSE.search(text)
    if later is None:
        return orgs
    at = sent.start_char + later.start()
    return [m for m in orgs if not (m.generic and doc_tokens(doc)[m.start].idx > at)]


def _partnership_before(ents: Entities, named_members: dict[str, list[str]], sent: Span,
                        but: str | None = None) -> str | None:
    """The named partnership mentioned last before `sent` (within a few paragraphs), outside a
    relative clause when one is; not one that is itself a member of another ('X was launched by
    the Y Partnership, A and B. C has also signed up': C joins X)."""
    members = {m for found in named_members.values() for m in found}
    earlier = [m for m in ents.mentions if m.kind == "ORG" and m.entity in named_members and m.entity != but
               and m.entity not in members and sent.start - 400 < m.start < sent.start]
    # not one named in passing, in a relative clause ("B, which pays through the Y Partnership,
    # has a seat too. A and C are both partners": A and C join X)
    settled = [m for m in earlier if not _in_relative_clause(sent.doc, m) or _opens_its_sentence(sent.doc, m)]
    return (settled or earlier)[-1].entity if earlier else None


#: What may stand before a sentence's subject: a paragraph's number ("3.3", "(b)") and "The".
SUBJECT_OPENING = re.compile(r"^\s*(?:\(?[\divx]+(?:\.\d+)*[.)]?\s+)?(?:the\s+)?$", re.I)


def _opens_its_sentence(doc: Doc, m: Mention) -> bool:
    """'3.3 The APC has been chaired since 2014 by X': a body that opens its sentence, after a
    paragraph number at most, is its subject, whatever the parser makes of the clause."""
    sent = doc_tokens(doc)[m.start].sent
    return bool(SUBJECT_OPENING.match(_before_in_sentence(doc, sent, m)))


def _in_relative_clause(doc: Doc, m: Mention) -> bool:
    """Whether a mention stands in a relative clause ('which is paying through X')."""
    tok = doc_tokens(doc)[m.end - 1]
    return any(a.dep_ == "relcl" for a in [tok, *tok.ancestors])


#: "the two councils", "both trusts", "the three CCGs": bodies of one kind, counted, named before
#: (not "the three CCGs in X (A, B and C)", which names its own).
COUNTED_BODIES = re.compile(r"\b(?:the\s+(two|three|four|five|six)|both(?:\s+the)?)\s+(councils|local authorities|trusts|"
                            r"clinical commissioning groups|ccgs|health boards|organisations|bodies)\b"
                            r"(?=\s*(?:,|;|\.|$|and\b|with\b|sit\b|sat\b|are\b|were\b))", re.I)
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNTED_KINDS = {"councils": "LocalAuthority", "local authorities": "LocalAuthority", "trusts": "NHSTrust",
                 "health boards": "NHSTrust", "clinical commissioning groups": "CCG", "ccgs": "CCG",
                 "organisations": None, "bodies": None}  # "both organisations": the last two of any kind


def _counted_bodies(doc: Doc, ents: Entities, sent: Span) -> list[Mention]:
    """'made up of NHS X, the two councils and ...': the last N bodies of that kind the text named
    before the sentence, as mentions at the description's place (N: 'two', 'both', ...)."""
    out = []
    for hit in COUNTED_BODIES.finditer(span_text(sent)):
        n = COUNTS.get((hit.group(1) or "").lower(), 2)
        kind = COUNTED_KINDS.get(hit.group(2).lower())
        if kind is None:  # "both organisations": the last bodies named together
            recent = _last_group_named(doc, ents, sent, n)
        else:
            named = [m.entity for m in ents.mentions if m.kind == "ORG" and not m.generic and m.start < sent.start
                     and ents.orgs[m.entity].kind == kind]
            recent = list(dict.fromkeys(reversed(named)))[:n]
        span = doc.char_span(sent.start_char + hit.start(), sent.start_char + hit.end(), alignment_mode="expand")
        if len(recent) == n and span is not None:
            out.extend(Mention(span.start, span.end, hit.group(), "ORG", entity=e, generic=True) for e in recent)
    return out


def _last_group_named(doc: Doc, ents: Entities, sent: Span, n: int) -> list[str]:
    """The N bodies the nearest sentence before `sent` (of the last three) names together ('A and
    B'): who 'both organisations' or 'the two bodies' are."""
    before = [s for s in doc_sents(doc) if s.end <= sent.start][-3:]
    for prev in reversed(before):
        groups = coordinated_groups(doc, ents.within(prev.start, prev.end, "ORG"))
        for group in reversed(groups):
            bodies = list(dict.fromkeys(m.entity for m in group if ents.orgs[m.entity].kind not in NOT_MEMBERS))
            if len(bodies) == n:
                return bodies
    return []


def _name_members(named_members: dict[str, list[str]], named_evidence: dict[str, Evidence], name: str,
                  members: list[str], sent: Span) -> None:
    """Record `members` of the partnership `name` (each once, in order), the sentence as evidence
    unless an earlier one is."""
    found = named_members.setdefault(name, [])
    for m in members:
        if m not in found:
            found.append(m)
    named_evidence.setdefault(name, _evidence(sent))


def _add_members(ents: Entities, named_members: dict[str, list[str]], named_evidence: dict[str, Evidence],
                 target: str, orgs: list[Mention], sent: Span) -> None:
    """Every body the sentence names, save the partnership itself and bodies that cannot be
    partners, is a member of `target`; the sentence is the evidence. A new clause after the
    list (", and is part of the X Partnership") names no more of its members."""
    at = next((m.start for m in orgs if m.entity == target), None)
    stop = CLAUSE_AFTER_LIST.search(span_text(sent), doc_offset(sent, at)) if at is not None else None
    if stop is not None:
        orgs = [m for m in orgs if doc_offset(sent, m.start) < stop.start()]
    if at is not None and (semicolon := span_text(sent).find(";", doc_offset(sent, at))) >= 0:
        orgs = [m for m in orgs if doc_offset(sent, m.start) < semicolon]  # "...; a joint entry from Y": another item
    for m in orgs:
        if m.entity != target and ents.orgs[m.entity].kind not in NOT_MEMBERS and m.entity not in named_members[target]:
            named_members[target].append(m.entity)
    named_evidence.setdefault(target, _evidence(sent))


#: ", and is part of ...": a clause that starts after a list of members.
CLAUSE_AFTER_LIST = re.compile(r",\s+and\s+(?:is|are|was|were|has|have|will|also)\b", re.I)


def doc_offset(sent: Span, token: int) -> int:
    """The character offset of token `token` inside the sentence's text."""
    return sent.doc[token].idx - sent.start_char


def _first_mention_evidence(doc: Doc, ents: Entities, name: str) -> Evidence:
    toks = doc_tokens(doc)
    for m in ents.mentions:
        if m.entity == name:
            sent = toks[m.start].sent
            return _evidence(sent)
    return Evidence(doc_text(doc)[:200], 0, min(len(doc_text(doc)), 200))


def _merge(found: list[Partnership]) -> list[Partnership]:
    """One unnamed partnership per member set; named ones unchanged."""
    out: list[Partnership] = []
    seen: set[frozenset[str]] = set()
    for p in found:
        if p.name is None:
            key = frozenset(p.members)
            if key in seen or any(key <= frozenset(q.members) and q.name is None for q in out):
                continue
            seen.add(key)
        out.append(p)
    return out
