// Package pyfmt reproduces CPython 3.11's text formatting of numbers and
// strings, independently of the interpreter's value types.
//
// # Model
//
// CPython formats numbers in two stages, and so does this package:
//
//  1. A digit generator turns a value into a bare ASCII string such as
//     "-1234.5e+07": for floats this is PyOS_double_to_string (pystrtod.c),
//     itself built on David Gay's dtoa in one of three modes (shortest
//     round-trip, N significant digits, N digits after the point); for ints
//     it is the base conversion of the absolute value. Here the exact digits
//     come from strconv (which rounds correctly, half to even, like dtoa)
//     and are then laid out by a line-for-line port of format_float_short,
//     so that the places where a decimal point, an exponent or padding
//     zeros appear follow CPython's code rather than a re-derivation of it.
//  2. A layout step (formatter_unicode.c: calc_number_widths, fill_number
//     and _PyUnicode_InsertThousandsGrouping) splits that string into
//     sign, prefix, digits, decimal point and "remainder", then adds the
//     sign option, grouping separators, zero padding ("=" alignment with a
//     "0" fill grows the digit run, separators included) and fill.
//
// The format-spec mini-language ([[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]) is parsed by [ParseSpec] into a [Spec]
// that records only what was written; the defaults that depend on the
// value's type (type 'd' for int, none for float, 's' for str; right
// alignment for numbers, left for strings; "0" meaning "=" alignment only
// for numbers) are applied by the Format functions, in the same order as
// CPython so that the first error reported is CPython's.
//
// printf-style formatting ("%5.2f" % x) shares the digit generator but not
// the layout: [PercentSpec] and the FormatXxxPercent functions port
// unicodeobject.c's formatfloat, _PyUnicode_FormatLong and
// unicode_format_arg_output.
//
// The reverse direction is here too: [ParseInt] (int(str, base)) and
// [ParseFloat] (float(str)), with CPython's whitespace, underscore, prefix
// and Unicode digit rules, and the 3.11 limit of [IntMaxStrDigits] decimal
// digits in both directions ([CheckIntStrDigits]). [QuoteStr] and
// [BytesRepr] are repr() of str and bytes.
//
// # Strings
//
// A Python str is a Go string holding UTF-8. Widths, precisions and
// padding count code points, never bytes. Lone surrogates, which UTF-8
// cannot hold, are accepted in their WTF-8 form (the 3-byte generalised
// UTF-8 encoding, ED A0 80 for U+D800): format(0xD800, 'c') produces
// it and [QuoteStr] prints it as '\ud800'. Any other invalid byte counts
// as one code point and is treated as U+FFFD.
//
// # Errors and limits
//
// Every failure is an [*Error] naming the Python exception class CPython
// raises ([ValueError], [OverflowError], ...) and its exact message;
// nothing here panics, whatever the input. CPython accepts any width up to
// sys.maxsize and then fails to allocate; the playground must not try, so
// a width or precision above [MaxWidth] that would make the result that
// long is reported as a [MemoryError] (a documented difference).
//
// The package is pure and deterministic: no clocks, randomness, I/O,
// goroutines or mutable package state, so it behaves the same natively
// and in WebAssembly. Only the C locale exists ('n' formats like 'd' or
// 'g'), as in a CPython that never called locale.setlocale.
package pyfmt
