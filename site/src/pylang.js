// Python for the editor: a CodeMirror stream parser (highlighting and
// indentation), not @codemirror/lang-python. The Lezer grammar behind that
// package cost the page some 20 KiB of its 2 MiB gzip-compressed budget,
// room the runtime needs more; a playground's editor only has to colour
// tokens and indent after a colon, which a line-by-line tokenizer does.
import { StreamLanguage } from '@codemirror/language';

const keywords = new Set(('and as assert async await break class continue def del elif else except finally for ' +
  'from global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '));
const atoms = { True: 'bool', False: 'bool', None: 'null' };
const dedenters = new Set(['return', 'pass', 'break', 'continue', 'raise']);
const stringStart = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?('''|"""|'|")/;
const number = /^(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)/;

// tokenString reads the rest of a string that opened with `quote`; a
// triple-quoted one may go on over the next lines (state.quote stays set).
function tokenString(stream, state) {
  const q = state.quote;
  while (!stream.eol()) {
    if (stream.match(q)) {
      state.quote = null;
      return 'string';
    }
    if (stream.next() === '\\' && !state.raw) stream.next();
  }
  if (q.length === 1 && !stream.string.endsWith('\\')) state.quote = null; // unterminated: ends at the line
  return 'string';
}

export const pythonLanguage = StreamLanguage.define({
  name: 'python',
  startState: () => ({ quote: null, raw: false, after: null, depth: 0, indent: 0, colon: false, dedent: false, lineIndent: 0 }),
  token(stream, state) {
    if (stream.sol()) {
      if (!state.quote && state.depth === 0) state.lineIndent = stream.indentation();
      state.colon = false;
      state.dedent = false;
    }
    if (state.quote) return tokenString(stream, state);
    if (stream.eatSpace()) return null;
    const ch = stream.peek();
    if (ch === '#') {
      stream.skipToEnd();
      return 'comment';
    }
    let m = stream.match(stringStart);
    if (m) {
      state.quote = m[1];
      state.raw = /[rR]/.test(m[0].slice(0, -m[1].length));
      state.colon = false;
      return tokenString(stream, state);
    }
    if (stream.match(number)) {
      state.colon = false;
      return 'number';
    }
    if ((m = stream.match(/^[A-Za-z_\u00a0-\uffff][\w\u00a0-\uffff]*/))) {
      const word = m[0];
      const after = state.after;
      state.after = null;
      state.colon = false;
      if (after === 'def') return 'variableName.definition.function';
      if (after === 'class') return 'className.definition';
      if (after === 'dot') return stream.match(/^\s*\(/, false) ? 'propertyName.function' : 'propertyName';
      if (keywords.has(word)) {
        if (word === 'def' || word === 'class') state.after = word;
        if (dedenters.has(word) && state.depth === 0) state.dedent = true;
        return 'keyword';
      }
      if (atoms[word]) return atoms[word];
      if (word === 'self' || word === 'cls') return 'self';
      if (stream.match(/^\s*\(/, false)) return 'variableName.function';
      return 'variableName';
    }
    stream.next();
    state.after = ch === '.' ? 'dot' : null;
    if (ch === '@' && stream.pos === 1 + stream.indentation()) {
      stream.match(/^[\w.]+/);
      return 'meta';
    }
    if ('([{'.includes(ch)) {
      state.depth++;
      return 'bracket';
    }
    if (')]}'.includes(ch)) {
      state.depth = Math.max(0, state.depth - 1);
      return 'bracket';
    }
    state.colon = ch === ':' && state.depth === 0;
    return ',;.:'.includes(ch) ? 'punctuation' : 'operator';
  },
  // The indentation of a new line: one unit deeper after a line ending in
  // a colon or inside brackets, one shallower after return/pass/raise...
  // and for else/elif/except/finally.
  indent(state, textAfter, cx) {
    if (state.quote) return null;
    let n = state.lineIndent;
    if (state.depth > 0 || state.colon) n += cx.unit;
    else if (state.dedent) n -= cx.unit;
    if (/^(else|elif|except|finally)\b/.test(textAfter)) n -= cx.unit;
    return Math.max(0, n);
  },
  languageData: {
    commentTokens: { line: '#' },
    indentOnInput: /^\s*(else:|elif\b|except\b|finally:|[)\]}])$/,
  },
});
