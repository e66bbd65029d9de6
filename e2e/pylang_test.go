package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPythonHighlighting runs the editor's Python tokenizer
// (site/src/pylang.js) under Node on a few lines and checks the tags it
// gives each token and the indentation it proposes for the next line.
func TestPythonHighlighting(t *testing.T) {
	// The page's npm packages are installed by the site's build, which
	// `make e2e` runs first (a plain `go test ./...` on a fresh clone has
	// no site/node_modules yet).
	if os.Getenv("AIOPLAY_SITE_DIR") == "" {
		t.Skip("needs the site's npm packages: run `make e2e`, which builds the site")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	site, err := filepath.Abs("../site")
	if err != nil {
		t.Fatal(err)
	}
	const script = `
const site = process.argv[1];
const { StringStream } = await import(site + '/node_modules/@codemirror/language/dist/index.js');
const { pythonLanguage } = await import(site + '/src/pylang.js');
const sp = pythonLanguage.streamParser;
const src = process.argv[2];
const state = sp.startState(4);
const out = [];
for (const line of src.split('\n')) {
  const stream = new StringStream(line, 4, 4);
  const toks = [];
  while (!stream.eol()) {
    const start = stream.pos;
    const style = sp.token(stream, state);
    if (stream.pos === start) throw new Error('no progress at ' + start + ' in ' + line);
    if (style) toks.push(line.slice(start, stream.pos) + ':' + style);
  }
  out.push(toks.join(' ') + ' => ' + sp.indent(state, '', { unit: 4 }));
}
process.stdout.write(out.join('\n'));
`
	src := strings.Join([]string{
		`@decorator`,
		`async def main(x=0x1F, *args):`,
		`    """doc`,
		`    string"""`,
		`    s = r'a\b' + f"{x}" + b'\x00'  # note`,
		`    await asyncio.sleep(1.5e3)`,
		`    if self.value is None and True:`,
		`        return print(len(args))`,
		`    class Foo(Base):`,
		`        pass`,
		`    d = {'k': [1,`,
		`        2]}`,
	}, "\n")
	want := strings.Join([]string{
		`@decorator:meta => 0`,
		`async:keyword def:keyword main:variableName.definition.function (:bracket x:variableName =:operator 0x1F:number ,:punctuation *:operator args:variableName ):bracket ::punctuation => 4`,
		`"""doc:string => null`,
		`    string""":string => 4`,
		`s:variableName =:operator r'a\b':string +:operator f"{x}":string +:operator b'\x00':string # note:comment => 4`,
		`await:keyword asyncio:variableName .:punctuation sleep:propertyName.function (:bracket 1.5e3:number ):bracket => 4`,
		`if:keyword self:self .:punctuation value:propertyName is:keyword None:null and:keyword True:bool ::punctuation => 8`,
		`return:keyword print:variableName.function (:bracket len:variableName.function (:bracket args:variableName ):bracket ):bracket => 4`,
		`class:keyword Foo:className.definition (:bracket Base:variableName ):bracket ::punctuation => 8`,
		`pass:keyword => 4`,
		`d:variableName =:operator {:bracket 'k':string ::punctuation [:bracket 1:number ,:punctuation => 8`,
		`2:number ]:bracket }:bracket => 4`,
	}, "\n")
	cmd := exec.Command(node, "--input-type=module", "-e", script, site, src)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	if got := string(out); got != want {
		t.Errorf("tokens:\n%s\nwant:\n%s", got, want)
	}
}
