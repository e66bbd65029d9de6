// Finds the line of main.py that a traceback or SyntaxError blames.
//
// CPython prints the innermost frame last, and a chained traceback ("During
// handling of the above exception...") ends with the one that was raised
// last, so the last `File "main.py", line N` in the transcript is the line
// to show. Frames of other files (the standard library) are skipped by the
// pattern itself.

const FRAME = /File "main\.py", line (\d+)/g;

/** Returns the 1-based line number, or null when nothing points at main.py. */
export function failingLine(transcript) {
  let line = null;
  for (const m of transcript.matchAll(FRAME)) line = Number(m[1]);
  return line;
}
