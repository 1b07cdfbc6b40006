"""The words a lead sentence is cut at, or never cut after, when it becomes a title: clause
and phrase markers in order of preference, function words, auxiliaries, reporting verbs and the
words that take an infinitive. Data only; ``generate`` does the cutting.
"""

from __future__ import annotations

STRONG = (
    ", which",
    ", who",
    ", where",
    " — ",
    " – ",
    " -- ",
    "; ",
    ": ",
    ", according",
    ", said",
    ", after",
    ", as ",
    ", following",
    ", while",
    ", but",
    ", and",
    ", with",
    ", amid",
    ", ",
)
# Subordinate-clause openers: the text before them is a whole clause (longest one wins).
CLAUSE = (
    " that ",
    " which ",
    " who ",
    " after ",
    " following ",
    " amid ",
    " because ",
    " as ",
    " while ",
    " when ",
    " despite ",
    " since ",
    " before ",
    " until ",
)
# Prepositions, in order of preference: cutting before them drops a modifier, not the object.
PREP = (
    " with ",
    " including ",
    " about ",
    " for ",
    " from ",
    " to ",
    " by ",
    " over ",
    " in ",
    " on ",
    " at ",
)
# fmt: off
SMALL = frozenset([
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "with", "that", "which", "who", "its", "their",
])
# fmt: on
# Words a title cannot stop on: auxiliaries and modals want their verb ("Gordon Brown is"),
# "able" wants its infinitive.
# fmt: off
AUX = frozenset([
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
    "did", "not", "able",
])
# fmt: on
# Words a title cannot stop on besides function words and auxiliaries: a reporting verb wants
# its quote ("... the ministry said"), a comparison, determiner or pronoun what follows it.
# fmt: off
OPEN_END = frozenset([
    "said", "says", "told", "tells", "added", "adds", "than", "such", "like", "because", "this",
    "these", "those", "he", "she", "they", "we", "i", "you", "whose", "whether", "if", "so", "very",
    "both", "either", "each", "every", "some", "any", "no", "our", "your", "his", "her", "my",
    "mr", "mrs", "ms", "dr", "against", "between", "among", "amid", "during", "under",
    "without", "within", "towards", "toward", "across", "behind", "despite", "beyond",
    "through", "upon", "onto", "compared", "including", "according", "due", "after", "before",
    "but", "what", "when", "where", "while", "until", "unless", "although", "though", "&",
])
# fmt: on
PRONOUNS = frozenset(["it", "he", "she", "they", "we", "i", "there", "you"])
# Verbs that take a whole clause after them ("reckons it will …").
# fmt: off
CLAUSE_VERBS = frozenset([
    "says", "said", "reckons", "believes", "believed", "thinks", "thought", "warned", "warns",
    "hopes", "hoped", "expects", "expected", "fears", "feared", "claims", "claimed", "insists",
    "insisted", "argues", "argued", "admits", "admitted", "added", "told", "knows", "know",
    "think", "believe", "said",
])
# fmt: on
REPORTING = frozenset(["said", "says", "told", "tells", "added", "adds"])

MID_ADVERBS = frozenset(
    ["soon", "also", "already", "still", "now", "never", "just", "even", "ever", "again", "yet"]
)

# Words after which only a clause can follow (not an object: "warned Michael Howard" is whole).
CLAUSE_ONLY = frozenset(
    ["that", "whether", "reckons", "believes", "thinks", "claims", "insists", "argues"]
)
DETERMINERS = frozenset(["a", "an", "the", "its", "his", "her", "their", "this", "these"])

# Prepositions that open a subject's modifier ("The former chief at US firm WorldCom has …").
SUBJECT_PREP = frozenset(["at", "in", "from", "for", "with", "on", "against", "across", "inside"])
ANY_PREP = SUBJECT_PREP | {"of", "by", "to", "over", "about"}

OBJECT_START = frozenset(["a", "an", "the", "its", "their", "his", "her", "more", "about"])

# Words that take "to + verb" after them: a title cut before that "to" stops mid-thought
# ("... websites appears", "... countries have failed").
# fmt: off
TAKES_INFINITIVE = frozenset([
    "appear", "appears", "appeared", "seem", "seems", "seemed", "set", "expected", "likely",
    "unlikely", "due", "going", "able", "unable", "about", "poised", "ready", "trying", "tried",
    "plan", "plans", "planned", "want", "wants", "wanted", "aim", "aims", "aimed", "hope",
    "hopes", "hoped", "fail", "fails", "failed", "agree", "agreed", "decide", "decided",
    "refuse", "refused", "threaten", "threatened", "vow", "vowed", "pledge", "pledged",
    "promise", "promised", "continue", "continues", "began", "begin", "start", "started",
    "need", "needs", "needed", "used", "tend", "tends", "forced", "allowed", "asked", "told",
    "urged", "called", "moved", "managed", "sought", "seeks", "seek", "intends", "intend",
    # "up to 30%", "close to", "next to", "prior to": the "to" phrase is the point
    "up", "close", "next", "prior", "thanks", "owing",
])
# fmt: on
