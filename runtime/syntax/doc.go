// Package syntax scans and parses Python 3.11 source into an abstract
// syntax tree that mirrors CPython's ast module node for node.
//
// # Model
//
// Parsing runs in two stages, as in CPython:
//
//  1. The scanner (scanner.go) turns the whole source into a slice of
//     tokens up front. It owns everything that is about characters: the
//     indentation stack that produces INDENT and DEDENT, implicit line
//     joining inside brackets, backslash continuations, comments, and the
//     raw extent of string and number literals. A scanning error does not
//     stop the parser at once: the scanner ends the token slice with an
//     ERRORTOKEN that carries the error, because CPython's tokenizer runs
//     lazily and a parse error found earlier in the file wins over it.
//
//  2. A hand-written recursive-descent parser (parse_*.go) consumes the
//     tokens. Each parsing function carries the grammar rule it implements
//     as its comment, written in the notation of CPython's Grammar/python.gram.
//     Where the PEG grammar needs unbounded lookahead (assignment targets,
//     parenthesised with-items), the parser parses the general form and
//     converts it, or saves the token index and retries.
//
// The tree (ast*.go) uses CPython's node names and field order with Go
// spelling: FunctionDef{Name, Args, Body, DecoratorList, Returns}. The one
// rename is the expression statement, ExprStmt, because Expr is the
// interface every expression node satisfies. Node, Expr and Stmt are sealed
// by unexported marker methods. Every node that CPython gives positions
// carries them in an embedded Pos: lines are 1-based, columns are 0-based
// UTF-8 byte offsets, exactly as ast.AST.lineno and col_offset.
//
// Constants hold Go values: None and Ellipsis (sentinels), bool, *big.Int
// for every int literal, float64, complex128 for imaginary literals, string
// for str and Bytes for bytes. Dump prints a tree exactly as CPython 3.11's
// ast.dump(tree, include_attributes=True) does, which makes CPython the
// oracle of the golden tests in testdata/.
//
// Errors are *Error values with CPython's SyntaxError fields (kind,
// message, line, 1-based character offset, end, source text). The parser
// reports the first error; for common mistakes it reproduces CPython's
// messages and locations, which come from its "invalid_" grammar rules and
// from the order in which its tokenizer and parser meet problems. As in
// CPython, a failed parse is run again with the checks behind those
// specific messages enabled (see Parse and parse_error.go for which error
// wins); a generic "invalid syntax" points at the furthest token the first
// pass examined.
//
// Nesting is bounded: more than 200 open brackets is CPython's "too many
// nested parentheses", and any other recursion (e.g. a long run of unary
// minus or "not") deeper than maxDepth is reported as a SyntaxError "too
// many nested parentheses" too, where CPython 3.11 would raise
// RecursionError or MemoryError; this keeps the Go stack small and the
// parser total.
//
// # Known differences from CPython 3.11
//
//   - match statements are rejected with a SyntaxError ("match statements
//     are not supported"); "match", "case" and "_" as names work.
//   - Identifiers are not NFKC-normalized, and XID_Start/XID_Continue are
//     approximated with Go's Unicode tables.
//   - \N{...} escapes know a small table of common names (unicode_names.go).
//   - Type comments are not parsed; SyntaxWarnings (invalid escapes,
//     "1if x") are not reported.
//   - Nesting beyond maxDepth reports "too many nested parentheses" where
//     CPython raises MemoryError or RecursionError.
//   - CPython picks among errors by PEG backtracking over its whole
//     grammar; the parser reproduces that (two passes, the same furthest
//     token, PEG-style fallback inside trial parses) where it matters for
//     common mistakes. On randomly mutated corpus files about 0.3% of
//     errors still differ in message or position.
//   - Source with a null byte reports line 1 (CPython: no line); invalid
//     UTF-8 gets an approximation of CPython's decode message.
//   - The offsets in "(unicode error)" messages follow CPython (a non-ASCII
//     character counts as ten), and f-string expression errors keep
//     CPython's coordinates relative to the parenthesised expression, but
//     their end offsets may differ on non-ASCII text.
//
// The package is deterministic and uses only the standard library.
package syntax
