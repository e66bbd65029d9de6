package syntax

// Token is the kind of a lexical token.
type Token int8

// The token kinds. Keywords and operators each have their own kind, so
// the parser never compares text.
const (
	ILLEGAL Token = iota
	EOF           // ENDMARKER
	NEWLINE
	INDENT
	DEDENT
	ERRORTOKEN // carries a scanning error; always the last token
	NAME
	NUMBER
	STRING

	// Operators and delimiters.
	LPAR         // (
	RPAR         // )
	LSQB         // [
	RSQB         // ]
	LBRACE       // {
	RBRACE       // }
	COLON        // :
	COMMA        // ,
	SEMI         // ;
	PLUS         // +
	MINUS        // -
	STAR         // *
	SLASH        // /
	VBAR         // |
	AMPER        // &
	LESS         // <
	GREATER      // >
	EQUAL        // =
	DOT          // .
	PERCENT      // %
	EQEQUAL      // ==
	NOTEQUAL     // !=
	LESSEQUAL    // <=
	GREATEREQUAL // >=
	TILDE        // ~
	CIRCUMFLEX   // ^
	LEFTSHIFT    // <<
	RIGHTSHIFT   // >>
	DOUBLESTAR   // **
	PLUSEQUAL    // +=
	MINEQUAL     // -=
	STAREQUAL    // *=
	SLASHEQUAL   // /=
	PERCENTEQUAL // %=
	AMPEREQUAL   // &=
	VBAREQUAL    // |=
	CIRCUMFLEXEQUAL
	LEFTSHIFTEQUAL
	RIGHTSHIFTEQUAL
	DOUBLESTAREQUAL
	DOUBLESLASH // //
	DOUBLESLASHEQUAL
	AT      // @
	ATEQUAL // @=
	RARROW  // ->
	ELLIPSIS
	COLONEQUAL // :=

	// Keywords.
	FALSE
	NONE
	TRUE
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRY
	WHILE
	WITH
	YIELD
	numTokens
)

var tokenNames = [numTokens]string{
	ILLEGAL: "ILLEGAL", EOF: "ENDMARKER", NEWLINE: "NEWLINE", INDENT: "INDENT",
	DEDENT: "DEDENT", ERRORTOKEN: "ERRORTOKEN", NAME: "NAME", NUMBER: "NUMBER",
	STRING: "STRING", LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", LBRACE: "{",
	RBRACE: "}", COLON: ":", COMMA: ",", SEMI: ";", PLUS: "+", MINUS: "-",
	STAR: "*", SLASH: "/", VBAR: "|", AMPER: "&", LESS: "<", GREATER: ">",
	EQUAL: "=", DOT: ".", PERCENT: "%", EQEQUAL: "==", NOTEQUAL: "!=",
	LESSEQUAL: "<=", GREATEREQUAL: ">=", TILDE: "~", CIRCUMFLEX: "^",
	LEFTSHIFT: "<<", RIGHTSHIFT: ">>", DOUBLESTAR: "**", PLUSEQUAL: "+=",
	MINEQUAL: "-=", STAREQUAL: "*=", SLASHEQUAL: "/=", PERCENTEQUAL: "%=",
	AMPEREQUAL: "&=", VBAREQUAL: "|=", CIRCUMFLEXEQUAL: "^=",
	LEFTSHIFTEQUAL: "<<=", RIGHTSHIFTEQUAL: ">>=", DOUBLESTAREQUAL: "**=",
	DOUBLESLASH: "//", DOUBLESLASHEQUAL: "//=", AT: "@", ATEQUAL: "@=",
	RARROW: "->", ELLIPSIS: "...", COLONEQUAL: ":=",
	FALSE: "False", NONE: "None", TRUE: "True", AND: "and", AS: "as",
	ASSERT: "assert", ASYNC: "async", AWAIT: "await", BREAK: "break",
	CLASS: "class", CONTINUE: "continue", DEF: "def", DEL: "del",
	ELIF: "elif", ELSE: "else", EXCEPT: "except", FINALLY: "finally",
	FOR: "for", FROM: "from", GLOBAL: "global", IF: "if", IMPORT: "import",
	IN: "in", IS: "is", LAMBDA: "lambda", NONLOCAL: "nonlocal", NOT: "not",
	OR: "or", PASS: "pass", RAISE: "raise", RETURN: "return", TRY: "try",
	WHILE: "while", WITH: "with", YIELD: "yield",
}

// String returns the token's spelling, or its CPython token name.
func (t Token) String() string {
	if t >= 0 && t < numTokens {
		return tokenNames[t]
	}
	return "ILLEGAL"
}

// isKeyword reports whether t is a hard keyword.
func (t Token) isKeyword() bool { return t >= FALSE && t < numTokens }

// keywords maps each hard keyword's spelling to its token.
var keywords = func() map[string]Token {
	m := make(map[string]Token)
	for t := FALSE; t < numTokens; t++ {
		m[tokenNames[t]] = t
	}
	return m
}()

// position is a point in the source: 1-based line, 0-based byte column.
type position struct {
	line, col int
}

// token is one lexical token. text is the source text for NAME, NUMBER,
// STRING; err is set on ERRORTOKEN.
type token struct {
	kind       Token
	start, end position
	text       string
	level      int // bracket depth at the token
	err        *scanError
}
