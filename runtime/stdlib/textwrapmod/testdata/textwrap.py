import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, used to show fonts "
        "and test keyboards; it contains every letter of the English alphabet at least once.")
for w in [10, 20, 35, 70]:
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=30))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", width=11))
print(textwrap.wrap("a" * 25, width=10), textwrap.wrap("a-very-long-hyphenated-word here", width=8))
print(textwrap.wrap("short", width=10), textwrap.wrap("", width=10), textwrap.wrap("  leading and trailing  ", width=8))
print(repr(textwrap.dedent("""
    def f():
        return 1

    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n      y\n   \n    z")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)))
print(textwrap.fill("one two three four five six", width=12, max_lines=2))
print(textwrap.wrap("Tab\there and\nnewline", width=12))
w = textwrap.TextWrapper(width=15, break_long_words=False)
print(w.wrap("supercalifragilistic word"))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print(e)
