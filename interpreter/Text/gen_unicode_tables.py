#!/usr/bin/env python3
"""Generate UnicodeData.g.cs: the Basic Multilingual Plane tables behind str's case mapping and classification.

The tables follow the Unicode database of the CPython that runs this script (3.11: Unicode 14.0), so str.upper(),
str.isalpha()... give CPython's answers for every BMP code point. Code points above U+FFFF are handled by simple rules
in UnicodeData.cs (no case mapping, StrUtil's letter rule).

Encodings (every value is a UTF-16 code unit):
* map tables (Lower, Upper, Fold): triples (first, last, delta). delta is (target - source) mod 0x10000; delta 0 marks
  an alternating run: first, first+2... map to their neighbour (+1 in Lower, -1 in Upper), the others are already
  in the target case. Fold has no alternating runs: there delta 0 means the code point folds to itself.
* range tables: pairs (first, last), sorted.
* the title rule: the titlecase of c is its uppercase when that is one unit, else the first unit of the uppercase
  followed by the lowercase of the rest; TitleMap and TitleSpecial list the exceptions.
* special tables (mappings to several code units): Keys is the sorted list of sources, Ends[i] the end offset of
  the i-th target inside Values.

Usage: python3 interpreter/Text/gen_unicode_tables.py   (rewrites interpreter/Text/UnicodeData.g.cs)
"""

import os
import sys
import unicodedata

BMP = [c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]


def simple_map(fn):
    """{c: target} for chars whose mapping is one different code unit."""
    m = {}
    for c in BMP:
        t = fn(chr(c))
        if len(t) == 1 and t != chr(c) and ord(t) < 0x10000:
            m[c] = ord(t)
    return m


def map_triples(m, alt_sign):
    out = []
    keys = sorted(m)
    i = 0
    while i < len(keys):
        c = keys[i]
        d = m[c] - c
        # Alternating run: c, c+2, c+4... each mapping to its neighbour.
        k = c
        while k in m and m[k] == k + alt_sign:
            k += 2
        alt_last = k - 2
        k = c
        while k in m and m[k] - k == d:
            k += 1
        run_last = k - 1
        if alt_sign and d == alt_sign and alt_last > c and (alt_last - c) // 2 + 1 > run_last - c + 1:
            out.append((c, alt_last, 0))
            last = alt_last
        else:
            out.append((c, run_last, d & 0xFFFF))
            last = run_last
        while i < len(keys) and keys[i] <= last:
            i += 1
    return out


def check_map(triples, m, alt_sign):
    def look(c):
        for a, b, d in triples:
            if a <= c <= b:
                if d == 0 and alt_sign:
                    return c + alt_sign if (c - a) % 2 == 0 else c
                return (c + d) & 0xFFFF
        return c
    for c in BMP:
        assert look(c) == m.get(c, c), hex(c)


def ranges(pred):
    out = []
    for c in BMP:
        if pred(c):
            if out and out[-1][1] == c - 1:
                out[-1][1] = c
            else:
                out.append([c, c])
    return out


def specials(fn, keep):
    keys, values, ends = [], [], []
    for c in BMP:
        t = fn(chr(c))
        if keep(c, t):
            keys.append(c)
            values.extend(ord(x) for x in t)
            ends.append(len(values))
    return keys, values, ends


def split_values(values, ends):
    out, start = [], 0
    for e in ends:
        out.append("".join(chr(u) for u in values[start:e]))
        start = e
    return out


def verify(lower, upper, fold, title_map, up_sp, ti_sp, lo_sp, cf_sp):
    """Checks the rules UnicodeData.cs applies against CPython for every BMP code point."""
    def lo(c):
        return lo_sp.get(c) or chr(lower.get(c, c))

    def up(c):
        return up_sp.get(c) or chr(upper.get(c, c))

    for c in BMP:
        ch = chr(c)
        assert lo(c) == ch.lower(), hex(c)
        assert up(c) == ch.upper(), hex(c)
        u = up(c)
        t = ti_sp.get(c) or (chr(title_map[c]) if c in title_map else (u[0] + "".join(lo(ord(x)) for x in u[1:])))
        assert t == ch.title(), hex(c)
        if c in cf_sp:
            f = cf_sp[c]
        elif c in fold:
            f = chr(fold[c])
        elif c in up_sp:
            f = "".join(lo(ord(x)) for x in up_sp[c])
        else:
            f = lo(c)
        assert f == ch.casefold(), hex(c)


def literal(units):
    return "".join("\\u%04X" % u for u in units)


def emit(name, doc, units):
    lines = ["        /// <summary>%s</summary>" % doc]
    text = literal(units)
    chunks = [text[i:i + 96] for i in range(0, len(text), 96)] or [""]
    lines.append("        internal const string %s =" % name)
    for j, ch in enumerate(chunks):
        end = ";" if j == len(chunks) - 1 else " +"
        lines.append('            "%s"%s' % (ch, end))
    return "\n".join(lines)


def main():
    lower = simple_map(str.lower)
    upper = simple_map(str.upper)
    lower_t = map_triples(lower, 1)
    upper_t = map_triples(upper, -1)
    check_map(lower_t, lower, 1)
    check_map(upper_t, upper, -1)

    # casefold where it differs from lower() and is a single unit; longer folds come from the full upper mapping.
    fold = {}
    for c in BMP:
        f = chr(c).casefold()
        if len(f) == 1 and f != chr(c).lower():
            fold[c] = ord(f)
    fold_t = map_triples(fold, 0)
    check_map(fold_t, fold, 0)

    up_keys, up_values, up_ends = specials(str.upper, lambda c, t: len(t) > 1)
    def title_rule(c):
        u = chr(c).upper()
        return u[0] + u[1:].lower() if len(u) > 1 else u

    title_map = {}
    for c in BMP:
        t = chr(c).title()
        if len(t) == 1 and t != title_rule(c):
            title_map[c] = ord(t)
    title_t = map_triples(title_map, 0)
    check_map(title_t, title_map, 0)
    ti_keys, ti_values, ti_ends = specials(str.title, lambda c, t: len(t) > 1 and t != title_rule(c))
    lo_keys, lo_values, lo_ends = specials(str.lower, lambda c, t: len(t) > 1)
    cf_keys, cf_values, cf_ends = specials(str.casefold, lambda c, t: len(t) > 1 and t != chr(c).upper().lower())

    # UnicodeData.cs handles these two by hand instead of through tables.
    assert lo_keys == [0x130] and cf_keys == [0x1E9E], (lo_keys, cf_keys)
    verify(lower, upper, fold, title_map, dict(zip(up_keys, split_values(up_values, up_ends))),
           dict(zip(ti_keys, split_values(ti_values, ti_ends))), dict(zip(lo_keys, split_values(lo_values, lo_ends))),
           dict(zip(cf_keys, split_values(cf_values, cf_ends))))

    def has_upper(c):
        return chr(c).upper() != chr(c)

    def has_lower(c):
        return chr(c).lower() != chr(c)

    lower_fix = ranges(lambda c: chr(c).islower() != has_upper(c))
    upper_fix = ranges(lambda c: chr(c).isupper() != has_lower(c))
    title = ranges(lambda c: unicodedata.category(chr(c)) == "Lt")
    alpha = ranges(lambda c: chr(c).isalpha())
    decimal = ranges(lambda c: chr(c).isdecimal())
    digit = ranges(lambda c: chr(c).isdigit() and not chr(c).isdecimal())
    numeric = ranges(lambda c: chr(c).isnumeric() and not chr(c).isdigit())
    nonprint = ranges(lambda c: not chr(c).isprintable())

    flat = lambda rs: [x for r in rs for x in r]
    parts = [
        emit("LowerMap", "Simple lowercase mapping (map table, alternating runs map +1).", flat(lower_t)),
        emit("UpperMap", "Simple uppercase mapping (map table, alternating runs map -1).", flat(upper_t)),
        emit("FoldMap", "casefold() where it is one unit and differs from lower() (map table, no alternating runs).", flat(fold_t)),
        emit("UpperSpecialKeys", "Sources whose uppercase is several units.", up_keys),
        emit("UpperSpecialValues", "Their uppercase texts.", up_values),
        emit("UpperSpecialEnds", "End offsets into UpperSpecialValues.", up_ends),
        emit("TitleMap", "Single-unit titlecase where it differs from the title rule (map table, no alternating runs).",
             flat(title_t)),
        emit("TitleSpecialKeys", "Sources whose titlecase is several units and differs from the title rule.", ti_keys),
        emit("TitleSpecialValues", "Their titlecase texts.", ti_values),
        emit("TitleSpecialEnds", "End offsets into TitleSpecialValues.", ti_ends),
        emit("LowerFix", "Ranges where islower() differs from 'has an uppercase mapping'.", flat(lower_fix)),
        emit("UpperFix", "Ranges where isupper() differs from 'has a lowercase mapping'.", flat(upper_fix)),
        emit("TitleCase", "Titlecase letters (category Lt).", flat(title)),
        emit("Alpha", "isalpha() ranges.", flat(alpha)),
        emit("Decimal", "isdecimal() ranges.", flat(decimal)),
        emit("Digit", "isdigit() ranges that are not decimal.", flat(digit)),
        emit("Numeric", "isnumeric() ranges that are not digits.", flat(numeric)),
        emit("NonPrintable", "Ranges where isprintable() is false.", flat(nonprint)),
    ]
    out = """// <auto-generated>
// Generated by interpreter/Text/gen_unicode_tables.py from the Unicode %s database of CPython %d.%d. Do not edit.
// </auto-generated>

namespace NanoPython.Text
{
    internal static partial class UnicodeData
    {
%s
    }
}
""" % (unicodedata.unidata_version, sys.version_info[0], sys.version_info[1], "\n\n".join(parts))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "UnicodeData.g.cs")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    total = sum(len(p) for p in parts)
    print("wrote", path, "tables:", len(lower_t), len(upper_t), len(fold_t), len(up_keys), len(ti_keys), len(cf_keys),
          len(alpha), len(nonprint))


if __name__ == "__main__":
    main()
