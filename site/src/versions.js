// Python 3.6 and 3.11 side by side: lines up two transcripts of one
// script, and explains the differences it knows, one line each.
//
// The tutorial the playground's gallery starts from was written for Python
// 3.6; a reader on a current Python sees some of its examples print other
// things. compareTranscripts() pairs the two transcripts line by line (a
// longest-common-subsequence diff) and attaches to each differing hunk the
// notes of the rules below that recognise it. Pure functions: the page
// renders the result (compare.js), and e2e/versions_test.go runs this file
// under Node on the tutorial's goldens.

/** What came when: the asyncio names Python 3.6 lacks. */
const ADDED = {
  run: '3.7', create_task: '3.7', get_running_loop: '3.7', all_tasks: '3.7', current_task: '3.7',
  to_thread: '3.9', TaskGroup: '3.11', timeout: '3.11', timeout_at: '3.11', Timeout: '3.11',
};

/**
 * The known differences. Each rule looks at a hunk ({left: the 3.6 lines,
 * right: the 3.11 lines}) and the script, and returns its note or null.
 * Rules with `fallback` apply only when no other rule explained the hunk.
 */
export const RULES = [
  {
    id: 'task-classmethods',
    note(h) {
      const m = find(h.right, /type object '_asyncio\.Task' has no attribute '(all_tasks|current_task)'/);
      return m && `asyncio.Task.${m[1]}() was removed in Python 3.9: use asyncio.${m[1]}()`;
    },
  },
  {
    id: 'added-later',
    note(h) {
      const m = find(h.left, /module 'asyncio' has no attribute '(\w+)'/);
      if (!m || !ADDED[m[1]]) return null;
      const call = /^[a-z]/.test(m[1]) ? `${m[1]}()` : m[1];
      return `asyncio.${call} came in Python ${ADDED[m[1]]}: Python 3.6 does not have it`;
    },
  },
  {
    id: 'sleep-delay',
    note(h) {
      return find(h.left, /unsupported operand type\(s\) for \+: 'float' and '\w+'/)
        && find(h.right, /'<=' not supported between instances of '\w+' and 'int'/)
        ? 'since 3.7 asyncio.sleep() first compares the delay with 0; 3.6 failed later, adding it to the loop\'s time in call_later()'
        : null;
    },
  },
  {
    id: 'task-names',
    note(h) {
      return find(h.right, /<Task \w+ name='/) && !find(h.left, /<Task \w+ name='/)
        ? 'since 3.8 tasks have names: their reprs show name=\'Task-N\''
        : null;
    },
  },
  {
    id: 'wakeup-repr',
    note(h) {
      return find(h.left, /<TaskWakeupMethWrapper object at/) && find(h.right, /Task\.task_wakeup\(\)/)
        ? 'a task\'s wake-up callback shows as <TaskWakeupMethWrapper object> in 3.6, as Task.task_wakeup() since 3.8'
        : null;
    },
  },
  {
    id: 'exception-repr',
    note(h) {
      return find(h.left, /\b[A-Z]\w*\((?:'[^']*'|"[^"]*"|[^()]*),\)/)
        ? 'until 3.7 an exception\'s repr ended with a comma: ValueError(\'x\',)'
        : null;
    },
  },
  {
    id: 'walrus',
    note(h, source) {
      return find(h.left, /^SyntaxError: invalid syntax/) && source.includes(':=')
        ? 'assignment expressions (:=) came in Python 3.8'
        : null;
    },
  },
  {
    id: 'posonly',
    note(h, source) {
      return find(h.left, /^SyntaxError: invalid syntax/) && /def\s+\w+\([^)]*\/\s*[,)]/.test(source)
        ? 'positional-only parameters (/) came in Python 3.8'
        : null;
    },
  },
  {
    id: 'carets',
    note(h) {
      return h.left.length === 0 && h.right.length > 0 && h.right.every((l) => /^\s*[\^~]+\s*$/.test(l))
        ? 'since 3.11 tracebacks mark the failing expression with ^^^'
        : null;
    },
  },
  {
    // A line that an `except CancelledError:` handler prints (with
    // concurrent.futures' CancelledError) shows only under 3.6.
    id: 'cancelled-error',
    note(h, source) {
      const prefixes = cancelHandlerPrints(source);
      const hit = prefixes.some((p) => h.left.some((l) => l.startsWith(p)) && !h.right.some((l) => l.startsWith(p)));
      return hit ? CANCELLED_NOTE : null;
    },
  },
  {
    id: 'cancelled-error-fallback',
    fallback: true,
    note(h, source) {
      return /concurrent\.futures/.test(source) && /CancelledError/.test(source) ? CANCELLED_NOTE : null;
    },
  },
];

const CANCELLED_NOTE = 'since 3.8 CancelledError is a BaseException: `except concurrent.futures.CancelledError` no longer catches it';

/**
 * The constant beginnings of the lines printed by `except CancelledError`
 * handlers, when the script takes CancelledError from concurrent.futures:
 * print(f'Cancelled {delay}') gives "Cancelled ".
 */
export function cancelHandlerPrints(source) {
  if (!/from\s+concurrent\.futures\s+import\s+[^\n]*\bCancelledError\b|concurrent\.futures\.CancelledError/.test(source)) return [];
  const src = source.split('\n');
  const indent = (l) => /^\s*/.exec(l)[0].length;
  const out = [];
  for (let i = 0; i < src.length; i++) {
    if (!/^\s*except\b[^:]*\bCancelledError\b[^:]*:/.test(src[i])) continue;
    const base = indent(src[i]);
    for (let j = i + 1; j < src.length && (src[j].trim() === '' || indent(src[j]) > base); j++) {
      const m = /\bprint\(\s*[fF]?(['"])([^{'"\\]*)/.exec(src[j]);
      if (m && m[2] !== '') out.push(m[2]);
    }
  }
  return out;
}

function find(lines, re) {
  for (const l of lines) {
    const m = re.exec(l);
    if (m) return m;
  }
  return null;
}

/** Splits a transcript into lines (no trailing empty line). */
export function lines(text) {
  if (text === '') return [];
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** Lines longer transcripts are cut to before diffing (the diff is quadratic). */
const MAX_LINES = 2000;

/**
 * Diffs a and b (arrays of lines): a list of hunks in order, each
 * {same: true, lines} or {same: false, left, right}.
 */
export function diffLines(a, b) {
  a = a.slice(0, MAX_LINES);
  b = b.slice(0, MAX_LINES);
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: the length of the longest common subsequence of a[i:], b[j:].
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const hunks = [];
  const push = (same, l, r) => {
    let last = hunks[hunks.length - 1];
    if (!last || last.same !== same) {
      last = same ? { same, lines: [] } : { same, left: [], right: [] };
      hunks.push(last);
    }
    if (same) last.lines.push(l);
    else {
      if (l !== null) last.left.push(l);
      if (r !== null) last.right.push(r);
    }
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push(true, a[i], b[j]);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      push(false, null, b[j++]);
    } else {
      push(false, a[i++], null);
    }
  }
  return hunks;
}

/** The notes the rules give a differing hunk. */
export function explain(hunk, source) {
  const notes = [];
  for (const r of RULES) {
    if (r.fallback) continue;
    const n = r.note(hunk, source);
    if (n && !notes.includes(n)) notes.push(n);
  }
  if (notes.length === 0) {
    for (const r of RULES) {
      if (!r.fallback) continue;
      const n = r.note(hunk, source);
      if (n) notes.push(n);
    }
  }
  return notes;
}

/**
 * Compares the 3.6 transcript (left) with the 3.11 one (right) of source:
 * {same, hunks}, each differing hunk with its notes.
 */
export function compareTranscripts(left, right, source) {
  const hunks = diffLines(lines(left), lines(right));
  for (const h of hunks) {
    if (!h.same) h.notes = explain(h, source);
  }
  return { same: hunks.every((h) => h.same), hunks };
}
