package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestVersionNotes runs site/src/versions.js under Node on the tutorial's
// goldens (runtime/scenario/testdata/tutorial: our 3.6 transcript and
// CPython 3.11's) and checks which differences it explains, and how.
func TestVersionNotes(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	module, err := filepath.Abs("../site/src/versions.js")
	if err != nil {
		t.Fatal(err)
	}
	const script = `
import fs from 'node:fs';
const m = await import(process.argv[1]);
const cases = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = {};
for (const [name, c] of Object.entries(cases)) {
  const r = m.compareTranscripts(c.left, c.right, c.source);
  out[name] = { same: r.same, notes: r.hunks.filter((h) => !h.same).map((h) => h.notes) };
}
process.stdout.write(JSON.stringify(out));
`
	want := map[string]string{
		"01-basics":             "same",
		"02-signal-stop":        "same",
		"03-run-until-complete": "same",
		"04-close-pending": "[[since 3.8 tasks have names: their reprs show name='Task-N' " +
			"a task's wake-up callback shows as <TaskWakeupMethWrapper object> in 3.6, as Task.task_wakeup() since 3.8]]",
		"05-graceful-cancel": "[[" + noteAllTasks + " " + noteCancelled + "]]",
		"06-wait-exceptions": "[[since 3.7 asyncio.sleep() first compares the delay with 0; 3.6 failed later, adding it to the loop's time in call_later()]]",
		// CPython iterates the set of tasks by address: a difference
		// nothing explains.
		"07-results": "[[] []]",
	}
	section := regexp.MustCompile(`(?m)^-- (\S+) --\n`)
	cases := map[string]map[string]string{}
	paths, _ := filepath.Glob("../runtime/scenario/testdata/tutorial/*.txtar")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		files := map[string]string{}
		locs := section.FindAllStringSubmatchIndex(text, -1)
		for i, loc := range locs {
			end := len(text)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			files[text[loc[2]:loc[3]]] = text[loc[1]:end]
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txtar")
		cases[name] = map[string]string{"left": files["3.6"], "right": files["3.11"], "source": files["main.py"]}
	}
	if len(cases) != len(want) {
		t.Fatalf("%d tutorial goldens, %d expectations", len(cases), len(want))
	}
	input, _ := json.Marshal(cases)
	cmd := exec.Command(node, "--input-type=module", "-e", script, module)
	cmd.Stdin = strings.NewReader(string(input))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got map[string]struct {
		Same  bool
		Notes [][]string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		g := got[name]
		s := "same"
		if !g.Same {
			s = fmt.Sprint(g.Notes)
		}
		if s != w {
			t.Errorf("%s: %s, want %s", name, s, w)
		}
	}
}
