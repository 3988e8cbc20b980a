#!/usr/bin/python3
"""Derives parley's WordNet lists from WordNet 3.0 (Debian `wordnet-base`), once; the output is
committed with WordNet's licence (ontology/gazetteer/sources/wordnet/LICENSE).

    python3 scripts/wordnet/derive_wordnet_lists.py [/usr/share/wordnet]

writes
  ontology/gazetteer/wordnet-places.tsv   named places WordNet knows (regions, islands, seas,
      rivers, mountain ranges, deserts, peninsulas, districts, towns) that countries.tsv,
      cities.tsv and places.tsv do not name, with the country each lies in where WordNet's
      part-of links reach one countries.tsv knows.
  ontology/lexicon/named-things.tsv       proper names of things that are no person and no place:
      wars, battles and revolutions, holidays and eras, treaties and scriptures; with the holidays
      of named-things-supplement.tsv that WordNet lacks ("Eid al-Fitr", "Diwali").
  ontology/lexicon/common-nouns.txt       the one-word common nouns of English, less those that are
      also the surname of a person WordNet knows ("bush", "rice", "brown"): one per line in byte
      order, which knowledge/sorted_words.hpp searches as it is.

WordNet writes proper names capitalized ("Cold_War", "South_China_Sea"). Kept are names of one
sense only in these files' sense, so a word that is also a person's name ("Lincoln",
"Washington") or a word of the language ("Reading", "Nice") is left to the article's context.
"""
import os
import re
import sys

WORDNET = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# WordNet's lexicographer files (lexnames(5WN)) that this script reads.
LOCATION, OBJECT, PERSON = 15, 17, 18
ACT, COMMUNICATION, TIME = 4, 10, 28
# One-word names of time kept: feasts and fasts, not months, weekdays or geological periods.
SINGLE_WORD_TIMES = {"holiday", "feast_day", "season", "Islamic_calendar_month", "equinox"}
THING_FILES = {ACT: "act", 11: "event", 26: "state", TIME: "time", COMMUNICATION: "communication"}
# Heavenly bodies are noun.object instances too: no place on Earth.
NOT_ON_EARTH = {"celestial_body", "constellation", "asterism", "star", "planet", "satellite",
                "asteroid", "crater", "galaxy", "comet"}
# Kinds of named communication that news names as things, not the books of a scripture or prayers.
COMMUNICATION_KINDS = {"treaty", "peace", "convention", "amendment", "sacred_text", "declaration",
                       "document", "charter", "accord", "agreement", "pact"}
# Cities and towns are GeoNames' (cities.tsv, read with the article's context), states countries.tsv's;
# signs of the zodiac and soil horizons are no places news names.
NOT_KEPT_INSTANCES = {"city", "town", "port", "national_capital", "state_capital", "port_of_entry",
                      "provincial_capital", "village", "capital", "seaport", "suburb", "borough",
                      "country", "Baltic_State", "sign_of_the_zodiac", "soil_horizon", "urban_area"}
NAME = re.compile(r"^[A-Z][A-Za-z'.-]*(?: (?:[A-Z][A-Za-z'.-]*|of|the|and|de|del|la|du|des|al|el|on|upon))*$")


def read_synsets():
    synsets = {}
    with open(os.path.join(WORDNET, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence at the top of the file
            fields = line.split("|")[0].split()
            offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
            p = 4 + 2 * count
            pointers = [(fields[p + 1 + 4 * i], fields[p + 2 + 4 * i]) for i in range(int(fields[p]))]
            synsets[offset] = (lexfile, lemmas, pointers)
    return synsets


def words_of_the_language():
    """Every lemma WordNet writes in lower case, of any part of speech: "Reading" is also "reading".
    (The index files fold case; the data files print each lemma as it is written.)"""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(WORDNET, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split()
                for i in range(int(fields[3], 16)):
                    lemma = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
                    if lemma[0].islower():
                        words.add(lemma)
    return words


def read_tsv_names(path, columns):
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            for c in columns:
                if c < len(fields):
                    names.update(n.strip() for n in fields[c].split("|") if n.strip())
    return names


def hypernym_closure(synsets, offset):
    seen, todo = set(), [offset]
    while todo:
        for kind, target in synsets[todo.pop()][2]:
            if kind in ("@", "@i") and target not in seen:
                seen.add(target)
                todo.append(target)
    return {lemma for o in seen for lemma in synsets[o][1]}


def is_instance(synset):
    return any(kind == "@i" for kind, _ in synset[2])


def printed(lemma):
    return lemma.replace("_", " ")


def main():
    synsets = read_synsets()
    language = words_of_the_language()
    gazetteer = os.path.join(ROOT, "ontology", "gazetteer")
    countries = {}  # printed name -> iso2
    with open(os.path.join(gazetteer, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            for name in [fields[1]] + fields[2].split("|"):
                if name:
                    countries[name] = fields[0]
    with open(os.path.join(gazetteer, "country-aliases.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(fields) == 3 and fields[1] == "name":
                for name in fields[2].split("|"):
                    countries[name] = fields[0]
    known = set(countries) | read_tsv_names(os.path.join(gazetteer, "countries.tsv"), [3, 4])
    known |= read_tsv_names(os.path.join(gazetteer, "cities.tsv"), [0, 1])
    known |= read_tsv_names(os.path.join(gazetteer, "places.tsv"), [0, 1])
    known |= read_tsv_names(os.path.join(gazetteer, "organizations.tsv"), [0, 1])

    # Which lexicographer files each printed name has senses in.
    files_of = {}
    for lexfile, lemmas, _ in synsets.values():
        for lemma in lemmas:
            files_of.setdefault(printed(lemma), set()).add(lexfile)

    def usable(name):
        if not NAME.match(name) or name in known:
            return False
        if " " not in name and name.lower() in language:
            return False  # "Reading", "Nice": words of the language too
        return PERSON not in files_of.get(name, set())

    def country_of(offset, depth=0):
        """The country WordNet's part-of links ("Crimea" is part of "Ukraine") reach."""
        if depth > 6:
            return ""
        for kind, target in synsets[offset][2]:
            if kind == "#p":
                for lemma in synsets[target][1]:
                    if printed(lemma) in countries and hypernym_closure(synsets, target) & {"country", "state"}:
                        return countries[printed(lemma)]
                found = country_of(target, depth + 1)
                if found:
                    return found
        return ""

    places = {}
    things = {}
    for offset, synset in synsets.items():
        lexfile, lemmas, _ = synset
        names = [printed(l) for l in lemmas if l[0].isupper()]
        if not names:
            continue
        if lexfile in (LOCATION, OBJECT) and is_instance(synset):
            if hypernym_closure(synsets, offset) & NOT_ON_EARTH:
                continue
            kinds = {synsets[t][1][0] for k, t in synset[2] if k == "@i"}
            if kinds & NOT_KEPT_INSTANCES or any(k.endswith("_country") for k in kinds):
                continue
            kept = [n for n in names if usable(n) and files_of[n] <= {LOCATION, OBJECT}]
            if kept:
                places.setdefault(kept[0], (set(), country_of(offset)))[0].update(kept[1:])
        elif lexfile in THING_FILES:
            # Named wars, treaties and scandals are instances ("Cold_War" is one hostility); of time,
            # holidays and eras are not ("Christmas"). Abbreviations (diseases, time zones) stay out.
            if lexfile != TIME and not is_instance(synset):
                continue
            if lexfile == COMMUNICATION and not (hypernym_closure(synsets, offset) & COMMUNICATION_KINDS):
                continue
            kinds = hypernym_closure(synsets, offset)
            for n in names:
                if not usable(n) or len(n) < 4 or n.isupper() or files_of[n] & {LOCATION, OBJECT}:
                    continue
                if " " not in n:
                    # One word: battles are named for their towns ("Verdun"), months and weekdays
                    # are read as dates, and a plural of a word of the language ("Laws") is that word.
                    if lexfile == ACT or n[:-1].lower() in language:
                        continue
                    if lexfile == TIME and not kinds & SINGLE_WORD_TIMES:
                        continue
                things.setdefault(n, THING_FILES[lexfile])

    # Holidays WordNet lacks or spells otherwise ("Id al-Fitr"): news prints "Eid al-Fitr".
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "named-things-supplement.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, kind = line.rstrip("\n").split("\t")
                things.setdefault(name, kind)

    licence = ("# Derived from WordNet 3.0 by scripts/wordnet/derive_wordnet_lists.py. WordNet 3.0 Copyright 2006 by\n"
               "# Princeton University. All rights reserved. Licence: ontology/gazetteer/sources/wordnet/LICENSE.\n")
    with open(os.path.join(gazetteer, "wordnet-places.tsv"), "w", encoding="utf-8") as out:
        out.write(licence)
        out.write("# Named places of WordNet that the other files do not name: regions, islands, seas, rivers,\n"
                  "# mountains, deserts, districts, towns. The country is WordNet's part-of link, where it reaches one.\n")
        out.write("# name\taliases (|)\tcountry (iso2 or empty)\n")
        for name in sorted(places):
            aliases, iso2 = places[name]
            out.write(f"{name}\t{'|'.join(sorted(aliases))}\t{iso2}\n")
    with open(os.path.join(ROOT, "ontology", "lexicon", "named-things.tsv"), "w", encoding="utf-8") as out:
        out.write("# parley-lexicon: named-things\n")
        out.write(licence)
        out.write("# Proper names of things that are neither persons nor places: wars, battles, revolutions and\n"
                  "# scandals (act, event, state), holidays and eras (time), treaties and scriptures (communication);\n"
                  "# with the holidays WordNet lacks from scripts/wordnet/named-things-supplement.tsv (\"Eid al-Fitr\").\n"
                  "# A run of capitalized words that is one of these names no one.\n")
        out.write("word\tkind\n")
        for name in sorted(things):
            out.write(f"{name}\t{things[name]}\n")
    # Surnames: the last word of every person's name WordNet knows ("George_Bush", "Park").
    surnames = {lemma.split("_")[-1].lower() for lexfile, lemmas, _ in synsets.values() if lexfile == PERSON
                for lemma in lemmas if lemma[0].isupper()}
    nouns = sorted({lemma for lexfile, lemmas, _ in synsets.values() for lemma in lemmas
                    if lemma.isascii() and lemma.isalpha() and lemma.islower()} - surnames)
    with open(os.path.join(ROOT, "ontology", "lexicon", "common-nouns.txt"), "w", encoding="utf-8") as out:
        out.write("# common-nouns: one word per line, in byte order (a binary search reads the file as it is)\n")
        out.write(licence)
        out.write("# The one-word common nouns of English (WordNet's noun lemmas written in lower case), less those\n"
                  "# that are the surname of a person WordNet knows. A run of capitalized words ending in one\n"
                  "# (\"Universal Studios\", \"Air Force\") is no person's name by its shape alone.\n")
        out.write("word\n")
        for noun in nouns:
            out.write(noun + "\n")
    print(f"{len(places)} places, {len(things)} named things, {len(nouns)} common nouns", file=sys.stderr)


if __name__ == "__main__":
    main()
