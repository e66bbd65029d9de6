// The code editor: CodeMirror 6 with Python highlighting (pylang.js), line numbers,
// Ctrl/Cmd+Enter to run, and a marker on the line a traceback blames.
//
// Colours come from CSS custom properties (style.css), so one theme and one
// highlight style serve both light and dark; only CodeMirror's own notion
// of "dark" (for its built-in selection and panel colours) is switched.
//
// The editor lives in a shadow root. CodeMirror writes its styles at run
// time; in a document it does so with a <style> element, which the site's
// Content-Security-Policy (style-src 'self', no 'unsafe-inline') blocks,
// while in a shadow root it uses a constructed stylesheet, which the policy
// allows. Custom properties inherit into the shadow tree, so the theme
// still follows the page.
import {
  EditorView, Decoration, WidgetType, keymap, lineNumbers, highlightActiveLineGutter,
  highlightSpecialChars, drawSelection, highlightActiveLine, rectangularSelection,
} from '@codemirror/view';
import { Compartment, EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { indentWithTab, defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, indentUnit, syntaxHighlighting, indentOnInput, bracketMatching } from '@codemirror/language';
import { pythonLanguage } from './pylang.js';
import { tags as t } from '@lezer/highlight';

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: 'var(--syn-keyword)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--syn-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--syn-number)' },
  { tag: [t.comment, t.lineComment], color: 'var(--syn-comment)', fontStyle: 'italic' },
  { tag: [t.function(t.definition(t.variableName)), t.function(t.variableName)], color: 'var(--syn-function)' },
  { tag: [t.definition(t.className), t.className], color: 'var(--syn-class)' },
  { tag: [t.self, t.special(t.variableName)], color: 'var(--syn-self)' },
  { tag: [t.propertyName, t.function(t.propertyName)], color: 'var(--syn-property)' },
  { tag: [t.operator, t.punctuation, t.bracket], color: 'var(--syn-punct)' },
  { tag: t.meta, color: 'var(--syn-meta)' },
  { tag: t.invalid, color: 'var(--err)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', color: 'var(--fg)', backgroundColor: 'var(--editor-bg)' },
  '.cm-scroller': { fontFamily: 'var(--mono)', fontSize: 'var(--code-size)', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--accent)', padding: '10px 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)', borderLeftWidth: '2px' },
  '.cm-gutters': { backgroundColor: 'var(--editor-bg)', color: 'var(--muted)', border: 'none', paddingLeft: '4px' },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)', color: 'var(--fg)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': { backgroundColor: 'var(--selection) !important' },
  '.cm-matchingBracket': { backgroundColor: 'var(--bracket)', outline: 'none' },
  '.cm-errorLine': { backgroundColor: 'var(--err-line)', boxShadow: 'inset 3px 0 0 var(--err)' },
  '.cm-taskLine': { backgroundColor: 'var(--task-line)', boxShadow: 'inset 3px 0 0 var(--task-edge)' },
  '.cm-taskRun': { backgroundColor: 'var(--task-run-line)', boxShadow: 'inset 3px 0 0 var(--accent)' },
  '.cm-taskSel': { boxShadow: 'inset 5px 0 0 var(--accent)', outline: '1px solid var(--accent)', outlineOffset: '-1px' },
  '.cm-taskNote': {
    marginLeft: '1.5em', padding: '0 6px', borderRadius: '4px', fontFamily: 'var(--sans)', fontSize: '11.5px',
    color: 'var(--task-note)', backgroundColor: 'var(--task-note-bg)', whiteSpace: 'nowrap',
  },
  '.cm-panels': { backgroundColor: 'var(--panel)', color: 'var(--fg)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', border: '1px solid var(--border)' },
  '&.cm-focused': { outline: 'none' },
});

const setErrorLine = StateEffect.define();

/** The line a traceback pointed at, as a decoration; edits clear it. */
const errorLine = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (e.is(setErrorLine)) {
        if (e.value === null || e.value < 1 || e.value > tr.state.doc.lines) return Decoration.none;
        const line = tr.state.doc.line(e.value);
        return Decoration.set([Decoration.line({ class: 'cm-errorLine' }).range(line.from)]);
      }
    }
    return tr.docChanged ? Decoration.none : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const setTaskLines = StateEffect.define();

/** The text after a line where tasks wait (timeline.js sets it). */
class TaskNote extends WidgetType {
  constructor(text) {
    super();
    this.text = text;
  }

  eq(other) {
    return other.text === this.text;
  }

  toDOM() {
    const span = document.createElement('span');
    span.className = 'cm-taskNote';
    span.textContent = this.text;
    return span;
  }
}

/** The lines where tasks wait or run at the timeline's cursor; edits
 * clear them. */
const taskLines = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (!e.is(setTaskLines)) continue;
      const doc = tr.state.doc;
      const ranges = [];
      for (const m of [...e.value].sort((a, b) => a.line - b.line)) {
        if (m.line < 1 || m.line > doc.lines) continue;
        const line = doc.line(m.line);
        const cls = `cm-taskLine${m.running ? ' cm-taskRun' : ''}${m.sel ? ' cm-taskSel' : ''}`;
        ranges.push(Decoration.line({ class: cls }).range(line.from));
        ranges.push(Decoration.widget({ widget: new TaskNote(m.text), side: 1 }).range(line.to));
      }
      return Decoration.set(ranges);
    }
    return tr.docChanged ? Decoration.none : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/**
 * Creates the editor inside host.
 * @param {HTMLElement} host the element whose shadow root holds the editor
 * @param {{doc: string, dark: boolean, onRun: () => void}} opts
 */
export function createEditor(host, { doc, dark, onRun }) {
  const parent = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const darkness = new Compartment();
  const runKey = Prec.highest(keymap.of([
    { key: 'Mod-Enter', run: () => { onRun(); return true; } },
    // On macOS Mod is Cmd; Ctrl+Enter runs there too, as the page says.
    { key: 'Ctrl-Enter', run: () => { onRun(); return true; } },
  ]));
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        runKey,
        // A lean setup instead of codemirror's basicSetup: no search panel,
        // folding, lint or autocompletion UI, which keeps the download
        // (the whole page must stay under 2 MiB gzip-compressed) small.
        lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(),
        drawSelection(), indentOnInput(), bracketMatching(), highlightActiveLine(),
        rectangularSelection(), keymap.of([...defaultKeymap, ...historyKeymap]),
        keymap.of([indentWithTab]),
        pythonLanguage,
        indentUnit.of('    '),
        EditorState.tabSize.of(4),
        syntaxHighlighting(highlight),
        theme,
        darkness.of(EditorView.darkTheme.of(dark)),
        errorLine,
        taskLines,
        EditorView.contentAttributes.of({ 'aria-label': 'Python source code, main.py' }),
      ],
    }),
  });

  return {
    view,
    getSource: () => view.state.doc.toString(),
    setSource(text) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: 0 },
        scrollIntoView: true,
      });
    },
    /** Marks line n (1-based) as the failing one, or clears it (null). */
    markErrorLine(n) {
      const effects = [setErrorLine.of(n)];
      if (n !== null && n >= 1 && n <= view.state.doc.lines) {
        effects.push(EditorView.scrollIntoView(view.state.doc.line(n).from, { y: 'center' }));
      }
      view.dispatch({ effects });
    },
    /** Marks the lines where tasks are at the timeline's cursor:
     * [{line, text, running, sel}]; the selected one is scrolled to. */
    markTasks(marks) {
      const effects = [setTaskLines.of(marks)];
      const sel = marks.find((m) => m.sel);
      if (sel && sel.line <= view.state.doc.lines) {
        effects.push(EditorView.scrollIntoView(view.state.doc.line(sel.line).from, { y: 'nearest' }));
      }
      view.dispatch({ effects });
    },
    setDark(on) {
      view.dispatch({ effects: darkness.reconfigure(EditorView.darkTheme.of(on)) });
    },
    focus: () => view.focus(),
  };
}
