"""Recognising products in what owners actually type: "FortiGate 60F firewall",
"Staff iPhones", "Veeam B&R backups", "Micosoft Teams".

One line is read in pieces (the words outside brackets, each bracketed part, each part
between "/" or ","), and each piece is tried in turn, most certain first:

1. a known name or alias, or a device named instead of its software (iPhone -> iOS),
   as the longest run of words that is one (so "Windows 11 laptops" is Windows);
2. a maker's name, then which of its products the other words point to (the vendor
   is named, the product is described: "Draytek router");
3. a product's own distinctive words with the maker left out ("Tomcat server");
4. the same again after correcting misspelt words to the nearest known word (rapidfuzz).

Each way carries a confidence. At or above ``THRESHOLD`` the identities count as matched;
below it nothing is matched and the best guesses are offered as "Did you mean ...?".
Descriptive words (where, by whom, what kind of device) never identify a product alone;
model numbers and versions ("60F", "2019", "DS220+") never have to match anything.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from smeshield.domain.products.vocabulary import Vocabulary

THRESHOLD = 0.8
MAX_PHRASE = 6
FUZZY_CUTOFF = 85  # rapidfuzz ratio (0-100) for a typed word to count as a known one
MIN_FUZZY_LENGTH = 5

_WORD = re.compile(r"[a-z0-9+]+")
_BRACKETS = re.compile(r"\(([^)]*)\)?")
_PIECES = re.compile(r"\s*[/,;]\s*")
_PARTS = re.compile(r"[a-z]+|[0-9]+")


class VocabularyError(ValueError):
    """A vocabulary or recognition file that would make names mean two things."""


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "os", "is")):
        return word[:-1]
    return word


def words_of(text: str) -> list[str]:
    """Lower case words, "&" read as "and", plurals made singular ("iPhones" -> "iphone")."""
    return [_singular(w) for w in _WORD.findall(text.lower().replace("&", " and "))]


def _is_model_number(word: str) -> bool:
    return any(c.isdigit() for c in word)


@dataclass(frozen=True, slots=True)
class Device:
    """A device or family people name instead of the software it runs."""

    names: tuple[str, ...]
    platforms: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The general knowledge of how people write product names (a content file)."""

    descriptive: frozenset[str]
    vendor_suffixes: frozenset[str] = frozenset()
    everyday_vendors: frozenset[str] = frozenset()
    devices: tuple[Device, ...] = ()


def lexicon_from(document: Mapping[str, Any]) -> Lexicon:
    """Read the recognition file; refuse a device without a source or names used twice."""

    def word_set(key: str) -> frozenset[str]:
        return frozenset(w for entry in document.get(key, ()) for w in words_of(str(entry)))

    devices = []
    seen: dict[str, tuple[str, ...]] = {}
    for number, entry in enumerate(document.get("devices", ()), start=1):
        names = tuple(str(n) for n in entry.get("names", ()))
        platforms = tuple(str(p) for p in entry.get("platforms", ()))
        source = str(entry.get("source", "")).strip()
        if not names or not platforms or not source:
            raise VocabularyError(f"device {number} needs names, platforms and a source")
        for name in names:
            key = " ".join(words_of(name))
            if key in seen and seen[key] != platforms:
                raise VocabularyError(f"device name {name!r} points at two sets of platforms")
            seen[key] = platforms
        devices.append(Device(names, platforms, source))
    everyday = frozenset(
        " ".join(words_of(str(n))) for n in document.get("everyday_vendor_names", ())
    )
    return Lexicon(
        descriptive=word_set("descriptive_words"),
        vendor_suffixes=word_set("vendor_suffixes"),
        everyday_vendors=everyday,
        devices=tuple(devices),
    )


@dataclass(frozen=True, slots=True)
class Recognition:
    """What one typed line was recognised as.

    ``identities`` are matched (confidence at or above the threshold); otherwise they are
    empty and ``suggestions`` holds the best guesses to ask the owner about. ``how`` is a
    code for the way it was recognised: alias, device, vendor, product, fuzzy, or none.
    """

    text: str
    identities: tuple[str, ...]
    confidence: float
    how: str
    suggestions: tuple[str, ...] = ()

    @property
    def recognised(self) -> bool:
        return bool(self.identities)


_NOTHING: dict[str, tuple[float, str]] = {}


@dataclass
class Recogniser:
    """Reads free text against one vocabulary. Build once; ``recognise`` is pure."""

    vocabulary: Vocabulary
    lexicon: Lexicon
    threshold: float = THRESHOLD
    # Refuse devices naming identities the vocabulary lacks (off for a vocabulary built
    # from part of the KEV catalogue, where some platforms are simply absent).
    strict: bool = True
    _phrases: dict[str, dict[str, tuple[float, str]]] = field(init=False, repr=False)
    _compact: dict[str, dict[str, tuple[float, str]]] = field(init=False, repr=False)
    _vendors: dict[str, set[str]] = field(init=False, repr=False)
    _product_words: dict[str, set[str]] = field(init=False, repr=False)
    _distinctive: dict[str, frozenset[str]] = field(init=False, repr=False)
    _by_word: dict[str, set[str]] = field(init=False, repr=False)
    _known_words: list[str] = field(init=False, repr=False)
    _cache: dict[str, Recognition] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:  # noqa: PLR0912 - one pass per index built
        self._phrases = defaultdict(dict)
        self._vendors = defaultdict(set)
        self._product_words = defaultdict(set)
        descriptive = self.lexicon.descriptive
        vendor_words: dict[str, set[str]] = defaultdict(set)
        for identity in self.vocabulary.identities:
            vendor_words[identity.id].update(words_of(identity.vendor))
        for (vendor, _product), identity_id in self.vocabulary.kev_names.items():
            vendor_words[identity_id].update(words_of(vendor))
            self._add_vendor(vendor, identity_id)
        for identity in self.vocabulary.identities:
            self._add_vendor(identity.vendor, identity.id)
            for name in (identity.name, f"{identity.vendor} {identity.product}", *identity.aliases):
                self._add_phrase(name, identity.id, 1.0, "alias")
            for name in (identity.product, *identity.aliases):
                self._product_words[identity.id].update(
                    w for w in words_of(name) if w not in vendor_words[identity.id]
                )
        for (_vendor, product), identity_id in self.vocabulary.kev_names.items():
            self._product_words[identity_id].update(
                w for w in words_of(product) if w not in vendor_words[identity_id]
            )
        # A word is distinctive when it is not descriptive, not a model number, and at most
        # two makers use it in their product names.
        makers: dict[str, set[str]] = defaultdict(set)
        for identity_id, words in self._product_words.items():
            for word in words:
                makers[word].add(identity_id.split(":", 1)[0])
        self._distinctive = {
            identity_id: frozenset(
                w
                for w in words
                if w not in descriptive
                and not _is_model_number(w)
                and len(w) > 2
                and len(makers[w]) <= 2
            )
            for identity_id, words in self._product_words.items()
        }
        self._by_word = defaultdict(set)
        for identity_id, distinctive in self._distinctive.items():
            for word in distinctive:
                self._by_word[word].add(identity_id)
        # A bare product name ("Tomcat", "WinRAR") when only one identity has it.
        bare: dict[str, set[str]] = defaultdict(set)
        for identity in self.vocabulary.identities:
            bare[" ".join(words_of(identity.product))].add(identity.id)
        for bare_key, owners in bare.items():
            parts = bare_key.split()
            single = len(parts) == 1 and parts[0] not in descriptive and len(parts[0]) > 3
            if len(owners) == 1 and (single or any(w in self._by_word for w in parts)):
                self._add_phrase(bare_key, next(iter(owners)), 1.0, "alias", only_new=True)
        for device in self.lexicon.devices:
            for name in device.names:
                for platform in device.platforms:
                    if self.vocabulary.get(platform) is None:
                        if not self.strict:
                            continue
                        raise VocabularyError(
                            f"device {name!r} names {platform!r}, which no vocabulary has"
                        )
                    self._add_phrase(name, platform, 0.95, "device")
        self._compact = defaultdict(dict)
        for phrase, meanings in self._phrases.items():
            squeezed = phrase.replace(" ", "")
            if len(squeezed) >= MIN_FUZZY_LENGTH:
                self._compact[squeezed].update(meanings)
        known = set(self._by_word) | {w for key in self._phrases for w in key.split()}
        known |= {w for key in self._vendors for w in key.split()}
        self._known_words = sorted(
            w for w in known if len(w) >= MIN_FUZZY_LENGTH and not _is_model_number(w)
        )

    def _add_phrase(
        self, name: str, identity_id: str, confidence: float, how: str, *, only_new: bool = False
    ) -> None:
        key = " ".join(words_of(name))
        if not key or (only_new and key in self._phrases):
            return
        current = self._phrases[key].get(identity_id)
        if current is None or current[0] < confidence:
            self._phrases[key][identity_id] = (confidence, how)

    def _add_vendor(self, vendor: str, identity_id: str) -> None:
        words = words_of(vendor)
        trimmed = list(words)
        while len(trimmed) > 1 and trimmed[-1] in self.lexicon.vendor_suffixes:
            trimmed.pop()
        for key in {" ".join(words), " ".join(trimmed), "".join(words)}:
            if key and key not in self.lexicon.descriptive | self.lexicon.everyday_vendors:
                self._vendors[key].add(identity_id)

    # --- reading ---------------------------------------------------------------------------

    def recognise(self, text: str) -> Recognition:
        cached = self._cache.get(text)
        if cached is None:
            cached = self._cache[text] = self._recognise(text)
        return cached

    def identities_for(self, text: str) -> tuple[str, ...]:
        return self.recognise(text).identities

    def _recognise(self, text: str) -> Recognition:
        pieces = _pieces(text)
        found = self._read(pieces)
        if not any(conf >= self.threshold for conf, _ in found.values()):
            corrected = [self._corrected(p) for p in pieces]
            fuzzy = self._read([words for words, _ in corrected])
            for identity_id, (conf, _how) in fuzzy.items():
                score = min(s for _, s in corrected) / 100
                if conf * score > found.get(identity_id, (0.0, ""))[0]:
                    found[identity_id] = (conf * score, "fuzzy")
        if not found:
            return Recognition(text, (), 0.0, "none")
        best = max(conf for conf, _ in found.values())
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))
        if best >= self.threshold:
            chosen = tuple(sorted(i for i, (conf, _) in found.items() if conf >= self.threshold))
            how = next(how for _, (conf, how) in ranked)
            return Recognition(text, chosen, round(best, 3), how)
        suggestions = tuple(i for i, _ in ranked[:3])
        return Recognition(text, (), round(best, 3), ranked[0][1][1], suggestions)

    def _corrected(self, words: list[str]) -> tuple[list[str], float]:
        """Each unknown word swapped for the nearest known word; the weakest score."""
        out, weakest = [], 100.0
        for word in words:
            if (
                len(word) < MIN_FUZZY_LENGTH
                or _is_model_number(word)
                or word in self.lexicon.descriptive
                or word in self._by_word
            ):
                out.append(word)
                continue
            best = process.extractOne(
                word, self._known_words, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if best is None or best[0] == word:
                out.append(word)
                continue
            out.append(best[0])
            weakest = min(weakest, float(best[1]))
        return out, weakest

    def _read(self, pieces: Iterable[list[str]]) -> dict[str, tuple[float, str]]:
        found: dict[str, tuple[float, str]] = {}
        for words in pieces:
            for identity_id, (conf, how) in self._piece(words).items():
                if conf > found.get(identity_id, (0.0, ""))[0]:
                    found[identity_id] = (conf, how)
        return found

    def _piece(self, words: list[str]) -> dict[str, tuple[float, str]]:
        if not words:
            return _NOTHING
        return self._phrases_in(words) or self._by_vendor(words) or self._by_product(words)

    def _phrases_in(self, words: list[str]) -> dict[str, tuple[float, str]]:
        descriptive = self.lexicon.descriptive
        used = [False] * len(words)
        found: dict[str, tuple[float, str]] = {}
        for size in range(min(len(words), MAX_PHRASE), 0, -1):
            for start in range(len(words) - size + 1):
                window = words[start : start + size]
                if any(used[start : start + size]):
                    continue
                alone = size == len(words)
                if not alone and (
                    all(w in descriptive for w in window) or all(map(_is_model_number, window))
                ):
                    continue
                squeezed = "".join(window)
                hits = self._phrases.get(" ".join(window)) or (
                    self._compact.get(squeezed) if len(squeezed) >= MIN_FUZZY_LENGTH else None
                )
                if not hits:
                    continue
                for identity_id, hit in hits.items():
                    if hit[0] > found.get(identity_id, (0.0, ""))[0]:
                        found[identity_id] = hit
                used[start : start + size] = [True] * size
        return found

    def _by_vendor(self, words: list[str]) -> dict[str, tuple[float, str]]:
        for size in range(min(len(words), 4), 0, -1):
            for start in range(len(words) - size + 1):
                window = words[start : start + size]
                ids = self._vendors.get(" ".join(window)) or self._vendors.get("".join(window))
                if ids:
                    rest = words[:start] + words[start + size :]
                    return self._vendor_product(ids, rest)
        return _NOTHING

    def _vendor_product(self, ids: set[str], rest: list[str]) -> dict[str, tuple[float, str]]:
        """Which of one maker's products the other words point to."""
        typed = set(rest) | {part for w in rest for part in _PARTS.findall(w)}
        overlap = {i: len(typed & self._product_words.get(i, set())) for i in ids}
        best = max(overlap.values())
        if best > 0:
            chosen = [i for i, n in overlap.items() if n == best]
            sure = any(typed & self._distinctive.get(i, frozenset()) for i in chosen)
            return dict.fromkeys(chosen, (0.9 if sure else 0.85, "vendor"))
        if len(ids) == 1:
            return dict.fromkeys(ids, (0.85, "vendor"))
        if len(ids) <= 3:
            return dict.fromkeys(ids, (0.8, "vendor"))
        return dict.fromkeys(ids, (0.6, "vendor"))

    def _by_product(self, words: list[str]) -> dict[str, tuple[float, str]]:
        """A product's own distinctive words, with its maker left out."""
        typed = set(words)
        candidates = {i for w in typed for i in self._by_word.get(w, ())}
        if not candidates:
            return _NOTHING
        share = {
            i: len(typed & self._distinctive[i]) / len(self._distinctive[i]) for i in candidates
        }
        best = max(share.values())
        chosen = [i for i, s in share.items() if s == best]
        makers = {i.split(":", 1)[0] for i in chosen}
        confidence = 0.8 + 0.15 * best if len(makers) <= 2 else 0.6
        return dict.fromkeys(chosen, (confidence, "product"))


def _pieces(text: str) -> list[list[str]]:
    """The words outside brackets, each bracketed part, each split at "/", "," and ";"."""
    inside = _BRACKETS.findall(text)
    outside = _BRACKETS.sub(" ", text)
    pieces = []
    for part in (outside, *inside):
        for piece in _PIECES.split(part):
            words = words_of(piece)
            if words:
                pieces.append(words)
    return pieces
