package py

import "github.com/aioplay/aioplay/runtime/pyfmt"

// QuoteStr is repr(str).
func QuoteStr(s string) string { return pyfmt.QuoteStr(s) }

// BytesRepr is repr(bytes).
func BytesRepr(s string) string { return pyfmt.BytesRepr([]byte(s)) }
