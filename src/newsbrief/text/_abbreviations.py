"""Word lists that decide whether a period ends a sentence: abbreviations, sentence starters, speech verbs.

Each abbreviation is listed without its final period, as it is written in cased
news text; `lowercase_forms` gives the forms safe to match in text with no capitals.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "FINAL_CAPABLE",
    "NEVER_FINAL",
    "NUMBER_PREFIXES",
    "SPEECH_VERBS",
    "STARTERS",
    "TIME_FOLLOWERS",
    "TITLES",
    "is_dotted",
    "is_initial",
    "lowercase_forms",
]

# Titles and ranks: always followed by a name, so never the end of a sentence.
TITLES = frozenset(
    """Mr Mrs Ms Mx Messrs Mme Mlle Dr Drs Prof Profs Gen Gens Lt Col Maj Capt Cmdr Cdr Adm Sgt Cpl Pvt Brig
    Gov Govs Sen Sens Rep Reps Rev Revs Hon Pres Supt Insp Det Atty Fr Msgr Cllr Amb Lieut Sec Secy Spc Ens""".split()
)

# Before a number they never end a sentence ("No. 10", "Jan. 5", "pp. 3-4"); elsewhere they are plain words.
NUMBER_PREFIXES = frozenset(
    """No Nos Nr Art Arts Fig Figs Vol Vols p pp Ch ch Para Op op vol no nos approx ca c est Jan Feb Mar
    Apr Jun Jul Aug Sep Sept Oct Nov Dec Rs Ex Mk Pt""".split()
)

# Abbreviations that may close a sentence ("... of Acme Inc."): they end one only when a sentence starter follows.
FINAL_CAPABLE = frozenset(
    """Inc Corp Co Cos Ltd Plc plc Bros Assn Dept Univ Intl Govt Jr Sr Snr Jnr Esq etc al St Ste Ave Av Rd Blvd
    Ln Hwy Rte Sq Mt Ft Pt Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs
    Fri Sat Sun Ala Ariz Ark Calif Cal Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo Alta Ont Que Sask Qld Vic Tas cm km
    kg mg ml lb lbs oz ft yd mi mph hr hrs min mins sec secs yr yrs mo mos""".split()
)

# Abbreviations that never end a sentence in news text.
NEVER_FINAL = frozenset("vs v viz cf e.g i.e eg ie incl esp ibid".split())

# Lowercase forms that are also everyday words; in text without capitals they are read as words.
_EVERYDAY = frozenset(
    """no nos art arts fig figs sec secs ex mar sat sun wed mon fri del ill ind mass miss wash pa mo mos ore
    co la ga cal penn vic tas gen rep det fr min mins""".split()
)

# Capitalized words that often open a sentence but rarely follow an abbreviation inside a name.
STARTERS = frozenset(
    """A An The This That These Those It Its He She They We I You His Her Their Our My Your Him Them Us
    But And Or So Yet Nor In On At For From With Without By To Of As After Before When While Where Why How
    What Which Who Whom Whose If Although Though Because Since Until Unless Once There Here Then Now Still
    Also However Meanwhile Instead Indeed Moreover Furthermore Nevertheless Otherwise Thus Hence Both Each
    Every All Some Many Most Much More Less Few Several Such Other Another No Not None Nobody Nothing One Two
    Three Four Five Last Next First Earlier Later Today Tonight Yesterday Tomorrow This Under Over About
    Around Among Despite During Even Just Only Asked Police Officials Authorities Witnesses Residents Experts
    Analysts Critics Researchers Scientists Shares Sales Prices Mr Mrs Ms Dr Prof Sen Rep Gov Gen""".split()
)

# Capitalized words that go on a sentence after "a.m." or "p.m." ("at 9 a.m. Monday").
TIME_FOLLOWERS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun January
    February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
    Sep Sept Oct Nov Dec Eastern Central Pacific Mountain Greenwich Local""".split()
)

# Verbs of saying: a capitalized name and one of these after '?"' is an attribution, not a new sentence.
SPEECH_VERBS = frozenset(
    """said says asked asks added adds told tells replied replies shouted shouts yelled yells wrote writes
    tweeted tweets exclaimed wondered wonders cried cries insisted insists explained explains continued
    recalled recalls joked jokes warned warns argued argues noted notes whispered whispers demanded demands
    declared declares laughed laughs screamed screams snapped snaps""".split()
)


def lowercase_forms(words: frozenset[str]) -> frozenset[str]:
    """The lowercase forms of `words` that cannot be mistaken for everyday words."""
    return frozenset(word.lower() for word in words if word.lower() not in _EVERYDAY)


# Every abbreviation whose period belongs to it, in any text ("no" is left out: "he said no.").
ABBREVIATIONS = frozenset(
    w for w in TITLES | NUMBER_PREFIXES | FINAL_CAPABLE | NEVER_FINAL if w[0].isupper() or w not in _EVERYDAY
)


def is_initial(word: str) -> bool:
    """A single letter, as in "J. R. R. Tolkien"."""
    return len(word) == 1 and word.isalpha()


def is_dotted(word: str) -> bool:
    """ "U.S", "a.m", "Ph.D": letters in groups of one to three, joined by periods."""
    return "." in word and all(0 < len(part) <= 3 and part.isalpha() for part in word.split("."))
