"""Web addresses, e-mail addresses and @handles of a source, and whether a translation keeps
them: a reader types them as written, so a translated path or mailbox leads nowhere."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz.distance import Indel

# What a URL runs on to: no space, quote or bracket, and not its sentence's final mark.
_TAIL = r"[^\s<>\"'`«»“”„‘’()\[\]{}]*[^\s<>\"'`«»“”„‘’()\[\]{}.,;:!?]"
_URL = re.compile(
    rf"\b(?:https?|ftp)://{_TAIL}|\bwww\.{_TAIL}"
    # a domain with a path ("example.com/register"): a word of the text is no domain
    rf"|(?<![\w@./-])(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|info|io|dev|app|[a-z]{{2}})/{_TAIL}",
    re.IGNORECASE,
)
_MAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}\b", re.IGNORECASE)
# "@nordlys": lowercase, as social networks print them; "@FILE", "@Options" are syntax of
# command lines and manuals, which catalogues translate
_HANDLE = re.compile(r"(?<![\w@./-])@[a-z0-9_][A-Za-z0-9_]{2,}\b(?![@\w-])")
_SCHEME = re.compile(r"^(?:https?|ftp)://(?:www\.)?|^www\.", re.IGNORECASE)
# example.com, example.org: a placeholder address, localised freely (not a host under the
# reserved top-level domain, "bank.example", which stands for one site)
_EXAMPLE = "example"
_ALIKE = 0.8  # how alike an address the translation changed and the source's are


@dataclass(frozen=True, slots=True)
class Address:
    kind: str  # "url", "mail" or "handle"
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """What must agree: "http://www.a.org/x/" is "https://a.org/x"."""
        return _SCHEME.sub("", self.text).rstrip("/").lower()

    @property
    def site(self) -> str:
        """The host of a URL, the domain of an e-mail address, "" for a handle."""
        if self.kind == "mail":
            return self.key.rpartition("@")[2]
        return self.key.partition("/")[0] if self.kind == "url" else ""


def addresses(text: str) -> list[Address]:
    """The addresses of ``text`` in order; cheap when it has no "@" and no "/"."""
    found: list[Address] = []
    if "/" in text or "www." in text:
        found += [Address("url", m.group(), m.start(), m.end()) for m in _URL.finditer(text)]
    if "@" in text:
        taken = [(a.start, a.end) for a in found]
        for kind, pattern in (("mail", _MAIL), ("handle", _HANDLE)):
            for m in pattern.finditer(text):
                if not any(s <= m.start() < e for s, e in taken):  # "user@" inside a URL
                    found.append(Address(kind, m.group(), m.start(), m.end()))
                    taken.append(m.span())
    return sorted(found, key=lambda a: a.start)


def altered(source: str, target: str, lang: str) -> Iterator[tuple[Address, Address | None]]:
    """Each address of the source the target does not keep, with the target's address that
    stands for it (same site, or the one other handle), or None when the target has none
    left in its place. A page in the target's language ("gethelp.fr.html", "/fr/") and a
    placeholder address ("you@example.com") are the translator's to localise; an address
    the source does not have (the translator's team, a local site) stands for a lost one."""
    theirs = addresses(source)
    if not theirs:
        return
    lowered = target.lower()
    if "://" in source and ("http" in lowered or "ftp" in lowered):
        yield from _broken_schemes(theirs, target)
    mine = addresses(target)
    if "?" in target or "#" in target:
        yield from _extended(theirs, mine, source)
    kept = {a.key for a in mine}
    lost = [a for a in theirs if a.key not in kept and a.key not in lowered]
    if not lost:
        return
    known = {a.key for a in theirs}
    extra = [b for b in mine if b.key not in known and b.key not in source.lower()]
    language_part = re.compile(rf"(?<![a-z]){re.escape(lang.split('-')[0].lower())}(?![a-z])")
    for address in lost:
        partner = next(
            (b for b in extra if b.kind == address.kind and b.site == address.site),
            None,
        ) or next(  # a slip in the host ("brightwod.org" for "brightwood.org")
            (
                b
                for b in extra
                if b.kind == address.kind and Indel.normalized_similarity(b.key, address.key) >= _ALIKE
            ),
            None,
        )
        if partner is not None:
            extra.remove(partner)
            path = partner.key[len(partner.site) :]
            if _EXAMPLE in address.site.split(".")[:-1] or (
                partner.kind == "url" and language_part.search(path) and not language_part.search(address.key)
            ):
                continue
            yield address, partner
        elif not extra:
            yield address, None


def _broken_schemes(theirs: list[Address], target: str) -> Iterator[tuple[Address, Address]]:
    """Each URL of the source that the target writes with its scheme's marks broken
    ("https:/shop…", "https//shop…", "http:://shop…"): the rest kept, the link leads nowhere."""
    for address in theirs:
        scheme = _SCHEME.match(address.text)
        if address.kind != "url" or scheme is None or "://" not in scheme.group():
            continue
        written = re.compile(
            rf"\b(?:https?|ftp)(?P<marks>[:/;]+)(?:www\.)?{re.escape(address.key)}", re.IGNORECASE
        ).search(target)
        if written is not None and written.group("marks") != "://":
            end = written.end() + (len(target) > written.end() and target[written.end()] == "/")
            yield address, Address("url", target[written.start() : end], written.start(), end)


def _extended(theirs: list[Address], mine: list[Address], source: str) -> Iterator[tuple[Address, Address]]:
    """Each URL of the source that the target runs on with a query or a fragment the source
    does not write ("…/care?utm_source=mail", "…/care#prices"): a tracking parameter or an
    anchor of MT's own, the address the reader types is not the author's."""
    lowered = source.lower()
    for address in theirs:
        if address.kind != "url" or "?" in address.key or "#" in address.key:
            continue
        for partner in mine:
            rest = partner.key[len(address.key) :] if partner.key.startswith(address.key) else ""
            if rest.lstrip("/")[:1] in ("?", "#") and rest not in lowered:
                yield address, partner
                break
