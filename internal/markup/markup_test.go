package markup

import "testing"

func TestWriterEscapes(t *testing.T) {
	var w Writer
	w.Open("a", "href", `x" onclick="y`, "class", When(false, "no"), "title", "<&'>").Text(`<script>&"'`).Close("a")
	w.Elem("p", "a < b", "id", Pick(true, "yes", "no"))
	want := `<a href="x&#34; onclick=&#34;y" title="&lt;&amp;&#39;&gt;">&lt;script&gt;&amp;&#34;&#39;</a><p id="yes">a &lt; b</p>`
	if got := w.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if Escape(`"&<`) != "&#34;&amp;&lt;" {
		t.Error("Escape")
	}
}
