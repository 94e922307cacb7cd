package main

import (
	"bytes"
	"slices"
	"testing"
)

// A hand-made module: one imported function, two defined ones (named in
// the name section), two data segments.
func testModule() []byte {
	var m bytes.Buffer
	m.WriteString("\x00asm\x01\x00\x00\x00")
	section := func(id byte, content []byte) {
		m.WriteByte(id)
		m.WriteByte(byte(len(content)))
		m.Write(content)
	}
	name := func(s string) []byte { return append([]byte{byte(len(s))}, s...) }
	section(1, []byte{1, 0x60, 0, 0}) // one type: () -> ()
	imp := []byte{1}
	imp = append(imp, name("gojs")...)
	imp = append(imp, name("runtime.wasmExit")...)
	imp = append(imp, 0, 0)
	section(secImport, imp)
	section(3, []byte{2, 0, 0})
	section(secCode, []byte{2, 2, 0, 0x0b, 4, 0, 0x01, 0x01, 0x0b})
	section(secData, []byte{2, 0, 0x41, 0x80, 0x01, 0x0b, 3, 'a', 'b', 'c', 0, 0x41, 8, 0x0b, 2, 'd', 'e'})
	names := []byte{2, 1}
	names = append(names, name("main.main")...)
	names = append(names, 2)
	names = append(names, name("github.com_x_y.__T_.M")...)
	custom := append(name("name"), 1, byte(len(names)))
	custom = append(custom, names...)
	section(secCustom, custom)
	return m.Bytes()
}

func TestParseWasm(t *testing.T) {
	w, err := parseWasm(testModule())
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Funcs) != 2 || w.Funcs[0].Name != "main.main" || len(w.Funcs[0].Body) != 2 ||
		w.Funcs[1].Name != "github.com_x_y.__T_.M" || len(w.Funcs[1].Body) != 4 {
		t.Errorf("functions: %+v", w.Funcs)
	}
	if string(w.Data) != "abcde" {
		t.Errorf("data: %q", w.Data)
	}
	if w.section(secCode, "") != 9 || w.section(secCustom, "name") == 0 {
		t.Errorf("sections: %+v", w.Sections)
	}
	if _, err := parseWasm([]byte("\x7fELF....")); err == nil {
		t.Error("an ELF file parsed as wasm")
	}
}

func TestPackageOf(t *testing.T) {
	a := &analysis{module: map[string]string{}, sanitized: map[string]string{}}
	for _, p := range []string{"main", "runtime", "github.com/x/y", "github.com/x/y/z", "gopkg.in/yaml.v3", "math/big"} {
		a.module[p] = "m"
		a.sanitized[linkerName(p)] = p
	}
	for name, want := range map[string]string{
		"github.com/x/y.(*T).M":            "github.com/x/y",
		"github.com/x/y/z.F.func1":         "github.com/x/y/z",
		"type:*github.com/x/y.T":           "github.com/x/y",
		"type:[]*math/big.Int":             "math/big",
		"type:.eq.github.com/x/y.T":        "github.com/x/y",
		"go:itab.*github.com/x/y.T,error":  "github.com/x/y",
		"gopkg.in/yaml.v3.Marshal":         "gopkg.in/yaml.v3",
		"slices.Sort[go.shape.int]":        "",
		"type:func(github.com/x/y.T) bool": "",
		"main.main":                        "main",
	} {
		if got := a.packageOf(name); got != want {
			t.Errorf("packageOf(%q) = %q, want %q", name, got, want)
		}
	}
	for name, want := range map[string]string{
		linkerName("github.com/x/y.(*T).M"):                "github.com/x/y",
		linkerName("github.com/x/y/z.F[github.com/x/y.T]"): "github.com/x/y/z",
		linkerName("type:.eq.math/big.Int"):                "math/big",
		linkerName("gopkg.in/yaml.v3.(*parser).parse"):     "gopkg.in/yaml.v3",
		"wasm_export_run":                                  "runtime",
	} {
		if got := a.packageOfFunc(name); got != want {
			t.Errorf("packageOfFunc(%q) = %q, want %q", name, got, want)
		}
	}
	for name, want := range map[string]string{
		"github.com/x/y.(*htmlTd).OnClick":      "htmlTd",
		"github.com/x/y.htmlTd.Text":            "htmlTd",
		"type:*github.com/x/y.htmlTd":           "htmlTd",
		"github.com/x/y.Td":                     "Td",
		"github.com/x/y.Range[go.shape.string]": "Range",
	} {
		if got := groupOf(name, "github.com/x/y"); got != want {
			t.Errorf("groupOf(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestWhy(t *testing.T) {
	a := &analysis{module: map[string]string{"main": "m", "p": "m"}, edges: parseDumpdep(bytes.NewBufferString(
		"# main\n_ -> go:main.inittasks\ngo:main.inittasks -> p..inittask\np..inittask -> p.init\np.init -> p.F\n" +
			"_ -> main.main\nmain.main -> main.g\nmain.g -> p.F <UsedInIface>\nmain.g -> main.g.stkobj\n"))}
	if got, want := a.why(func(n string) bool { return a.packageOf(n) == "p" }), []string{"main.main", "main.g", "p.F"}; !slices.Equal(got, want) {
		t.Errorf("why: %v, want %v", got, want)
	}
}

func TestSummarize(t *testing.T) {
	s := summarize([]float64{5, 1, 4, 2, 3, 100, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
	if s.min != 1 || s.max != 100 || s.med != 10.5 || s.p95 != 19 {
		t.Errorf("%+v", s)
	}
	if num(1234567) != "1,234,567" || signed(-1234) != "-1,234" || signed(12) != "+12" {
		t.Error("num")
	}
}
