#!/usr/bin/env python3
"""Record the golden tables of package pyfmt from CPython 3.11 itself.

Run by `go test ./runtime/pyfmt -run Golden -update` (or directly:
`python3 gen.py OUTDIR`). The output is deterministic (fixed seeds), so a
regeneration with the same CPython changes nothing and a diff shows exactly
what a different CPython does differently.

Every table is JSON Lines, one case per line. A result is "=" followed by
the value, or "!" followed by "ExceptionClass: message". Floats are written
as the 16 hex digits of their IEEE bits (exact, nan and -0.0 included);
ints as Python hex() literals (exempt from the 4300-digit limit).
"""

import itertools
import json
import math
import os
import random
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"


def fbits(x):
    return struct.pack(">d", x).hex()


def run(f, *args):
    try:
        return "=" + f(*args)
    except Exception as e:  # the message is what is being recorded
        return "!%s: %s" % (type(e).__name__, e)


class Out:
    def __init__(self, outdir, name):
        self.f = open(os.path.join(outdir, name), "w", encoding="utf-8")
        self.n = 0

    def add(self, *rec):
        self.f.write(json.dumps(list(rec), ensure_ascii=False) + "\n")
        self.n += 1

    def close(self):
        self.f.close()


def random_doubles(rng, n):
    out = []
    for _ in range(n):
        kind = rng.randrange(6)
        if kind == 0:  # any bit pattern
            x = struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0]
            if math.isnan(x) or math.isinf(x):
                continue
        elif kind == 1:  # a short decimal, the kind people type
            x = round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
        elif kind == 2:  # any magnitude
            x = rng.uniform(1, 10) * 10.0 ** rng.randrange(-30, 30)
        elif kind == 3:  # near the repr exponent switch points
            x = rng.choice([1e16, 1e-4, 1e15, 1e-5]) * rng.uniform(0.5, 2)
        elif kind == 4:  # subnormals
            x = rng.getrandbits(52) * 5e-324
        else:  # integers, halves
            x = rng.randrange(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 1000])
        out.append(x)
    return out


FLOAT_POOL = [
    0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5,
    -2.5, 0.125, 0.375, 1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23,
    1e-4, 1e-5, 0.0001234, 123456.789, 1234567.0, 12345678.9, -1234.5678,
    5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e300, 1e-300,
    0.3, 2 / 3, 100.0, 99.99, 9.995, 0.9999999, 999999.5, 0.05, 0.045, 1e100,
    123e-20, 1234.5, -0.0001, 0.000123456, 9.5, 10.5, 0.95, 1e-7, 12.0,
    3.14159265358979, -9876543.21, 65536.0, 1048576.125,
]

INT_POOL = [
    0, 1, -1, 7, 42, -42, 255, -255, 1000, 1234, 12345, -12345, 123456789,
    -987654321, 2**31, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 10**20,
    -10**30, 2**100, 65, 0x10ffff, 0x110000, 10**4299, 10**4300 - 1,
    10**4300, -10**4300, 2**1024, 2**1024 - 2**970, 2**1024 - 2**970 - 1,
    2**53 + 1, 2**53 + 3, 127, 0x2603, 0x1F600, 10**15, 10**16 + 1,
]

STR_POOL = [
    "", "a", "abc", "hello world", "é", "naïve", "日本語", "😀x", "a\u0301",
    "tab\there", "0123456789" * 3, "Ünïcödé ßtring", "\x00\x01",
]


def gen_float_repr(outdir, rng):
    out = Out(outdir, "float_repr.jsonl")
    vals = list(FLOAT_POOL) + random_doubles(rng, 20000)
    for k in range(-330, 310):  # every power of ten and its neighbours
        v = float("1e%d" % k)
        vals += [v, math.nextafter(v, 0), math.nextafter(v, math.inf)]
    for k in range(-1074, 1024, 7):
        vals.append(2.0 ** k)
    for x in vals:
        out.add(fbits(x), repr(x))
    out.close()


FLOAT_FIXED_SPECS = [
    "", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".3", ".17",
    ".0e", ".3e", ".20e", ".0f", ".2f", ".10f", ".0g", ".1g", ".3g", ".17g",
    ".0%", ".1%", "#", "#.0", "#.3", "#g", "#.0e", "#.0f", "#.3g", "+", " ",
    "-", "z", "z.1f", "+z.2e", "10", "<10", "^10", "=10", "010", "*>12.3f",
    ",", "_", ",.2f", "_.3e", "020,.2f", "015_", "0=12,g", "z010.1%",
    "+015,.3f", "#015.0f", "n", "015n", ".5n", ".0n",
]


def float_spec_parts():
    return [
        ["", "<", ">", "^", "=", "*>", "*^", "0=", "😀<", " =", "x="],
        ["", "+", "-", " "],
        ["", "z"],
        ["", "#"],
        ["", "0"],
        ["", "1", "8", "15", "25"],
        ["", ",", "_"],
        ["", ".0", ".1", ".3", ".6", ".12", ".17", ".25"],
        ["", "e", "E", "f", "F", "g", "G", "n", "%"],
    ]


def random_specs(rng, parts, n):
    return ["".join(rng.choice(p) for p in parts) for _ in range(n)]


def gen_format_float(outdir, rng):
    out = Out(outdir, "format_float.jsonl")
    vals = list(FLOAT_POOL) + random_doubles(rng, 120)
    for x in vals:
        for spec in FLOAT_FIXED_SPECS:
            out.add(fbits(x), spec, run(format, x, spec))
    for spec in random_specs(rng, float_spec_parts(), 6000):
        for x in rng.sample(vals, 2):
            out.add(fbits(x), spec, run(format, x, spec))
    # Every type x sign x grouping x alternate, zero-padded and not.
    for t, s, g, a, w in itertools.product(
            ["", "e", "E", "f", "F", "g", "G", "n", "%"], ["", "+", " "],
            ["", ",", "_"], ["", "#"], ["", "012", "<12", "^13", "x=14"]):
        spec = s + a + w + g + t
        for x in [1234567.891, -0.000123, 0.0, -math.inf, math.nan]:
            out.add(fbits(x), spec, run(format, x, spec))
    # Large precisions: the exact decimal expansion.
    for x, spec in [(1e300, ".400f"), (5e-324, ".1100f"), (0.1, ".60f"),
                    (0.1, ".800e"), (5e-324, ".770e"), (1.7976931348623157e308, "f"),
                    (0.1, ".100g"), (0.1, "#.100g"), (0.1, ".100"), (2 / 3, ".1000g"),
                    (1e-300, ".330f"), (1e23, ".30g"), (0.1, ".100000000g"),
                    (1.5, ".2000e"), (123.456, "#.900"), (1e22, ".2000f")]:
        out.add(fbits(x), spec, run(format, x, spec))
    # Errors.
    for spec in ["abc", "d", "x", "c", "s", "b", "o", "X", ".", ".f", ",_",
                 "_,", ",b", "_x", ",n", "_n", "\x01", ",\x01", "é", ",é",
                 "😀", "10.3.f", "<<<", "=+=", "999999999999999999999",
                 ".99999999999999999999", ".3000000000", ".2147483648f",
                 ".2147483647z", "++", "zz", "##", ",,", "__", "1,2",
                 "10_000", ".1_", "=", "0.1.1", "\x00", ",\x00", ">8\x00",
                 "٣", "٣.٣f", "\u0301>5", "𝟙𝟚", ".𝟙"]:
        out.add(fbits(1.5), spec, run(format, 1.5, spec))
    out.close()


INT_FIXED_SPECS = [
    "", "d", "b", "o", "x", "X", "n", "c", "e", "E", "f", "F", "g", "G", "%",
    "#b", "#o", "#x", "#X", "#d", "+d", " d", "-d", "10", "<10", "^10",
    "=10", "010", "0=10", "*^11", ",", "_", ",d", "_d", "_b", "_o", "_x",
    "_X", "#_b", "#_x", "#020_b", "020_x", "010,", "08,", "09,", "+012,",
    " 015_", "#012x", "#012X", "x<012", "05c", "^5c", ".3e", ".0f", ",.2f",
    "020,.3f", "#.0e", ".0%", "15n", "015n", "#015_o",
]


def int_spec_parts():
    return [
        ["", "<", ">", "^", "=", "*>", "0=", "😀^", "x<"],
        ["", "+", "-", " "],
        ["", "#"],
        ["", "0"],
        ["", "1", "7", "12", "30"],
        ["", ",", "_"],
        ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g",
         "G", "%"],
    ]


def random_ints(rng, n):
    out = []
    for _ in range(n):
        bits = rng.choice([3, 8, 16, 31, 40, 63, 64, 65, 100, 200, 1000])
        v = rng.getrandbits(bits)
        out.append(-v if rng.random() < 0.4 else v)
    return out


def gen_format_int(outdir, rng):
    out = Out(outdir, "format_int.jsonl")
    vals = list(INT_POOL) + random_ints(rng, 60)
    huge = [x for x in vals if x.bit_length() > 1100]
    small = [x for x in vals if x.bit_length() <= 1100]
    for x in small:
        for spec in INT_FIXED_SPECS:
            out.add(hex(x), spec, run(format, x, spec))
    for x in huge:  # the digit limit and float overflow, not bulk
        for spec in ["", "d", "n", ",", "020", "x", "#_o", "e", ".3%", "c"]:
            out.add(hex(x), spec, run(format, x, spec))
    for spec in random_specs(rng, int_spec_parts(), 5000):
        for x in rng.sample(small, 2):
            out.add(hex(x), spec, run(format, x, spec))
    for t, s, g, a, w in itertools.product(
            ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%"],
            ["", "+", " "], ["", ",", "_"], ["", "#"],
            ["", "016", "<16", "^17", "x=18"]):
        spec = s + a + w + g + t
        for x in [0, 97, -1234567, 2**70]:
            out.add(hex(x), spec, run(format, x, spec))
    for spec in ["abc", "s", "z", "zd", ".2", ".2d", ".", ",_", ",c", "_c",
                 ",n", "_n", ",x", ",b", ",o", ",X", "+c", " c", "-c", "#c",
                 "z.2f", "\x01", "é", "😀", "<<<", "999999999999999999999",
                 ".99999999999999999999", ".2147483648f", "=c", "0c", "\x00",
                 ",\x00", "٣", "\u0301>5", "𝟙𝟚"]:
        for x in [65, -1, 2**70]:
            out.add(hex(x), spec, run(format, x, spec))
    out.close()


def gen_format_str(outdir, rng):
    out = Out(outdir, "format_str.jsonl")
    parts = [
        ["", "<", ">", "^", "=", "*>", "*^", "😀<", "x^", "0<"],
        ["", "", "", "+", " "],
        ["", "", "#", "z"],
        ["", "0"],
        ["", "1", "3", "8", "20"],
        ["", "", ","],
        ["", ".0", ".1", ".2", ".5", ".50"],
        ["", "s", "s", "d"],
    ]
    specs = sorted(set(random_specs(rng, parts, 4000)))
    for spec in specs:
        for x in rng.sample(STR_POOL, 2):
            out.add(x, spec, run(format, x, spec))
    for x in STR_POOL:
        for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "*^11",
                     ".2", "10.2", "05", "<05", "=5", "+", "-", " ", "#",
                     "z", ",", "_", "d", "abc", ".", "😀^9", "x>3.1s", "c",
                     "r", "\x01", "999999999999999999999", ".1000000000000",
                     "\x00", "٣", "٣.٣", "\u0301>5"]:
            out.add(x, spec, run(format, x, spec))
    out.close()


def gen_percent(outdir, rng):
    out = Out(outdir, "percent.jsonl")
    flags = ["".join(c) for n in range(0, 6)
             for c in itertools.combinations("-+ 0#", n)]
    widths = [-1, 0, 1, 6, 12]
    precs = [-1, 0, 1, 3, 8]

    def fmt(fl, w, p, verb):
        return "%" + fl + ("" if w < 0 else str(w)) + \
            ("" if p < 0 else "." + str(p)) + verb

    ints = [0, 5, -5, 255, -255, 123456789, 2**70, -2**70]
    for x in [10**4300 - 1, 10**4300, -10**4300]:
        for verb in "dxfe":
            out.add("i", hex(x), "", -1, -1, verb, run(lambda: ("%" + verb) % x))
    for _ in range(6000):
        fl, w, p = rng.choice(flags), rng.choice(widths), rng.choice(precs)
        verb = rng.choice("diuoxX")
        x = rng.choice(ints)
        out.add("i", hex(x), fl, w, p, verb, run(lambda: fmt(fl, w, p, verb) % x))
    floats = list(FLOAT_POOL)
    for _ in range(8000):
        fl, w, p = rng.choice(flags), rng.choice(widths), rng.choice(precs)
        verb = rng.choice("eEfFgG")
        x = rng.choice(floats)
        out.add("f", fbits(x), fl, w, p, verb, run(lambda: fmt(fl, w, p, verb) % x))
    for x in ints:  # ints under float verbs
        for verb in "eEfFgG":
            out.add("i", hex(x), "", -1, -1, verb, run(lambda: fmt("", -1, -1, verb) % x))
    for _ in range(1500):
        fl, w, p = rng.choice(flags), rng.choice(widths), rng.choice(precs)
        verb = rng.choice("sr")
        x = rng.choice(STR_POOL + ["it's", 'say "hi"', "\n"])
        out.add("s", x, fl, w, p, verb, run(lambda: fmt(fl, w, p, verb) % x))
    for x in ["a", "é", "😀", "\n"]:
        for fl, w in [("", -1), ("-", 4), ("0", 4), ("", 3)]:
            out.add("s", x, fl, w, -1, "c", run(lambda: fmt(fl, w, -1, "c") % x))
    out.close()


def gen_parse_int(outdir, rng):
    out = Out(outdir, "parse_int.jsonl")

    def parse(s, base):
        return hex(int(s, base))

    cases = [
        "0", "-0", "+0", "00", "0_0", "010", "0_1", "1", "-1", "+-1", "- 1",
        " 1 ", "\t\n1\x0b\x0c\r", "\x1c1", "1\x1c", "\x851", "\u20281",
        "\u30001\u3000", "1\x00", "\x00", "", " ", "_", "_1", "1_", "1__0",
        "1_0", "1_000_000", "0x_f", "0x__f", "0_x1", "0x", "0b", "0o", "0b1",
        "0B101", "0o17", "0O17", "0xFF", "0Xff", "-0x1f", "  -0x1f  ",
        "0b102", "0o8", "z", "Z", "zz", "٣", "١٢٣", "𝟙𝟚", "1é", "é", "12a",
        "9" * 20, "-" + "9" * 40, "1" * 4300, "1" * 4301, "0" * 5000,
        "1_" * 4300 + "1", "1" * 5000 + "x", "1" * 5000 + "__",
        "f" * 5000, "0x" + "f" * 5000, "z" * 300, "\ufeff1", "1\u0301",
        "0x1.5", "1e5", "1.0", "ⅷ", "²", "\u0e51",
    ]
    for s in cases:
        for base in [0, 2, 8, 10, 16, 36, 7]:
            out.add(s, base, run(parse, s, base))
    for base in [-1, 1, 37, 100]:
        out.add("1", base, run(parse, "1", base))
    alphabet = list("0179afzxobXOB_ +-\t") + ["٣", "\u2003", "é", "\x00"]
    for _ in range(6000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 7)))
        base = rng.choice([0, 0, 2, 8, 10, 10, 16, 16, 36, 7])
        out.add(s, base, run(parse, s, base))
    out.close()


def gen_parse_float(outdir, rng):
    out = Out(outdir, "parse_float.jsonl")

    def parse(s):
        return fbits(float(s))

    cases = [
        "0", "-0", "+0.0", "1", "1.", ".5", ".", "-.5", "1e5", "1E5",
        "1e+5", "1e-5", "1e", "1e+", "e5", "1.5e3.2", "inf", "-inf", "+inf",
        "Inf", "INFINITY", "infinity", "-Infinity", "infinit", "infinityy",
        "nan", "-nan", "+NaN", "nan ", " nan", "nana", "in", "", " ", "  1  ",
        "\t1.5\n", "\x1c1", "\x851.5", "\u20281", "1.5\x00", "1_000.5",
        " 1_000.5 ", "1_e5", "1e_5", "1e5_0", "_1", "1_", "1__0", "1_0.0_1",
        "1._5", "1_.5", "0x10", "0b1", "١.٥", "𝟏𝟐", "1é", "1e400", "-1e400",
        "1e-400", "-1e-400", "1e99999999999999999999", "1e-99999999999999999999",
        "0e99999999999", "4.9406564584124654e-324", "2.4703282292062327e-324",
        "2.4703282292062328e-324", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.7976931348623159e308",
        "9007199254740993", "9007199254740993.0000000000000000001",
        "0." + "0" * 400 + "1", "1" * 400, "1" * 400 + "e-400",
        "x" * 300, "--1", "+-1", "1-", "1.5e+-3", ". 5", "1 .5", "٣_٣",
    ]
    for x in random_doubles(rng, 3000):
        cases.append(repr(x))
        cases.append("%.25e" % x)
    for _ in range(1500):  # long mantissas near rounding boundaries
        x = random_doubles(rng, 1)
        if x:
            a = x[0]
            b = math.nextafter(a, math.inf)
            from decimal import Decimal
            mid = (Decimal(a) + Decimal(b)) / 2
            cases.append(str(mid))
            cases.append(format(mid, ".40e"))
    alphabet = list("0159.eE+-_ infatyNI") + ["٣", "\u2003", "x"]
    for _ in range(4000):
        cases.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8))))
    for s in cases:
        out.add(s, run(parse, s))
    out.close()


def gen_repr(outdir, rng):
    out = Out(outdir, "repr.jsonl")
    pools = [
        [chr(c) for c in range(0, 128)],
        [chr(c) for c in range(128, 256)],
        ["'", '"', "\\", "\n", "\t", "\r", "a"],
    ]

    def rand_cp():
        while True:
            k = rng.randrange(4)
            if k == 0:
                c = rng.randrange(0, 0x300)
            elif k == 1:
                c = rng.randrange(0x300, 0x10000)
            elif k == 2:
                c = rng.randrange(0x10000, 0x110000)
            else:
                c = rng.choice([0x85, 0xa0, 0xad, 0x200b, 0x2028, 0xfeff,
                                0xe000, 0xfffd, 0x1f600, 0x10ffff, 0x3000])
            if not 0xd800 <= c <= 0xdfff:
                return chr(c)

    strs = ["", "'", '"', "'\"", "it's", 'say "hi"', "\\", "a\x00b"]
    for _ in range(4000):
        n = rng.randrange(0, 8)
        if rng.random() < 0.5:
            p = rng.choice(pools)
            strs.append("".join(rng.choice(p) for _ in range(n)))
        else:
            strs.append("".join(rand_cp() for _ in range(n)))
    for s in strs:
        out.add("s", s, repr(s))
    byts = [b"", b"'", b'"', b"'\"", bytes(range(256))]
    for _ in range(1500):
        byts.append(bytes(rng.randrange(256) for _ in range(rng.randrange(0, 10))))
    for _ in range(300):
        byts.append(bytes(rng.choice(b"'\"\\ax\n") for _ in range(rng.randrange(0, 6))))
    for b in byts:
        out.add("b", b.hex(), repr(b))
    out.close()


def ranges(cps):
    out = []
    for c in cps:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def gen_unicode(outdir):
    printable, space, decimal = [], [], []
    for c in range(0x110000):
        ch = chr(c)
        if ch.isprintable():
            printable.append(c)
        if ch.isspace():
            space.append(c)
        d = unicodedata.decimal(ch, -1)
        if d >= 0:
            # [first, last, value of first], values counting up by one.
            if decimal and decimal[-1][1] == c - 1 and \
                    decimal[-1][2] + c - decimal[-1][0] == d:
                decimal[-1][1] = c
            else:
                decimal.append([c, c, d])
    with open(os.path.join(outdir, "unicode.json"), "w") as f:
        json.dump({"unidata_version": unicodedata.unidata_version,
                   "printable": ranges(printable), "space": space,
                   "decimal": decimal}, f, separators=(",", ":"))
        f.write("\n")


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    gen_float_repr(outdir, random.Random(1))
    gen_format_float(outdir, random.Random(2))
    gen_format_int(outdir, random.Random(3))
    gen_format_str(outdir, random.Random(4))
    gen_percent(outdir, random.Random(5))
    gen_parse_int(outdir, random.Random(6))
    gen_parse_float(outdir, random.Random(7))
    gen_repr(outdir, random.Random(8))
    gen_unicode(outdir)


if __name__ == "__main__":
    main()
