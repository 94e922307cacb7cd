//go:build js && wasm

// Command offerswasm is the offers page's program, web/offers.wasm: the
// glue between internal/offers' Page and the browser. It shows the page's
// regions, each written again only when its HTML changes, puts the
// messages beside their fields, passes back what the applicant does, and
// keeps the page's link in the address bar. Everything else is the Page's.
package main

import (
	"net/url"
	"strconv"
	"syscall/js"
	"time"

	"github.com/offercalc/offercalc/calc"
	"github.com/offercalc/offercalc/internal/offers"
)

var (
	win  = js.Global()
	doc  = win.Get("document")
	page *offers.Page
	// shown is each region's HTML as last written.
	shown = map[string]string{}
)

// store is local storage; a browser with storage off keeps nothing.
type store struct{}

func (store) Get(key string) (s string) {
	defer func() { _ = recover() }()
	if v := win.Get("localStorage").Call("getItem", key); v.Truthy() {
		return v.String()
	}
	return ""
}

func (store) Set(key, value string) (err error) {
	defer func() {
		if recover() != nil {
			err = errFull
		}
	}()
	win.Get("localStorage").Call("setItem", key, value)
	return nil
}

func (store) Remove(key string) {
	defer func() { _ = recover() }()
	win.Get("localStorage").Call("removeItem", key)
}

type storageError string

func (e storageError) Error() string { return string(e) }

const errFull = storageError("the browser's storage is full or turned off")

func main() {
	root := doc.Call("getElementById", "offers-page")
	if !root.Truthy() {
		return
	}
	u, err := url.Parse(win.Get("location").Get("href").String())
	if err != nil {
		u = &url.URL{Path: "/"}
	}
	now := time.Now()
	page = offers.New(root.Get("dataset").Get("page").String(), u, store{}, calc.NewDate(now.Year(), now.Month(), now.Day()))
	// What was typed into the page before this ran: the paste box.
	typed := map[string]string{}
	if t := doc.Call("getElementById", "posting-text"); t.Truthy() && t.Get("value").String() != "" {
		typed["posting-text"] = t.Get("value").String()
	}
	focus := activeID()
	page.Adopt(typed)
	render()
	refocus(focus)

	on := func(event string, f func(target js.Value)) {
		doc.Call("addEventListener", event, js.FuncOf(func(this js.Value, args []js.Value) any {
			f(args[0].Get("target"))
			return nil
		}))
	}
	on("input", func(t js.Value) { input(t) })
	on("change", func(t js.Value) {
		if t.Get("type").String() == "file" {
			file(t)
			return
		}
		input(t)
	})
	on("focusin", func(t js.Value) {
		page.Focus(t.Get("id").String())
		render()
	})
	on("click", func(t js.Value) {
		b := t.Call("closest", "[data-action]")
		if !b.Truthy() {
			return
		}
		arg := ""
		if a := b.Call("getAttribute", "data-arg"); !a.IsNull() {
			arg = a.String()
		}
		do(page.Click(b.Get("dataset").Get("action").String(), arg))
		render()
	})
	win.Get("document").Get("documentElement").Get("classList").Call("add", "app-ready")
	select {}
}

// input passes a control's value: a checkbox's is "yes" or "".
func input(t js.Value) {
	id := t.Get("id").String()
	if id == "" {
		return
	}
	v := t.Get("value").String()
	if t.Get("type").String() == "checkbox" {
		v = ""
		if t.Get("checked").Bool() {
			v = "yes"
		}
	}
	page.Input(id, v)
	render()
}

// file reads a picked file, up to 1 MB (the page says why past that).
func file(t js.Value) {
	files := t.Get("files")
	if files.Length() == 0 {
		return
	}
	f := files.Index(0)
	name := f.Get("name").String()
	t.Set("value", "")
	if f.Get("size").Int() > 1<<20 {
		page.File(name, nil, name+": the file is "+strconv.Itoa(f.Get("size").Int()>>10)+" KB; a posting's terms fit in 256 KB.")
		render()
		return
	}
	then(f.Call("text"), func(v js.Value) {
		page.File(name, []byte(v.String()), "")
		render()
	}, func(why string) {
		page.File(name, nil, name+" could not be read: "+why)
		render()
	})
}

// do does what a click asks of the browser.
func do(e offers.Effect) {
	switch {
	case e.Download != nil:
		buf := win.Get("Uint8Array").New(len(e.Download.Data))
		js.CopyBytesToJS(buf, e.Download.Data)
		blob := win.Get("Blob").New([]any{buf}, map[string]any{"type": e.Download.Type})
		href := win.Get("URL").Call("createObjectURL", blob)
		a := doc.Call("createElement", "a")
		a.Set("href", href)
		a.Set("download", e.Download.Name)
		a.Call("click")
		var revoke js.Func
		revoke = js.FuncOf(func(js.Value, []js.Value) any {
			win.Get("URL").Call("revokeObjectURL", href)
			revoke.Release()
			return nil
		})
		win.Call("setTimeout", revoke, 60_000)
	case e.Copy != "":
		clip := win.Get("navigator").Get("clipboard")
		if !clip.Truthy() {
			page.Copied(false)
			return
		}
		then(clip.Call("writeText", e.Copy), func(js.Value) { page.Copied(true); render() }, func(string) { page.Copied(false); render() })
	case e.Navigate != "":
		win.Get("location").Set("href", e.Navigate)
	}
}

// render writes each region whose HTML changed, keeping the focus where it
// was, then the messages, then the link.
func render() {
	focus := activeID()
	for _, r := range page.Regions() {
		el := doc.Call("getElementById", r.ID)
		if !el.Truthy() {
			delete(shown, r.ID)
			continue
		}
		// A region inside another written again is there again, empty.
		if h, ok := shown[r.ID]; ok && h == r.HTML && (r.HTML == "" || el.Get("childElementCount").Int() > 0) {
			continue
		}
		el.Set("innerHTML", r.HTML)
		shown[r.ID] = r.HTML
	}
	for id, msg := range page.Messages() {
		if el := doc.Call("getElementById", id+"-error"); el.Truthy() && el.Get("textContent").String() != msg {
			el.Set("textContent", msg)
		}
		if el := doc.Call("getElementById", id); el.Truthy() {
			el.Call("setAttribute", "aria-invalid", strconv.FormatBool(msg != ""))
			el.Get("parentElement").Get("classList").Call("toggle", "invalid", msg != "")
		}
	}
	refocus(focus)
	if q := page.Query(); q != win.Get("location").Get("search").String() && "?"+q != win.Get("location").Get("search").String() {
		u := win.Get("location").Get("pathname").String()
		if q != "" {
			u += "?" + q
		}
		win.Get("history").Call("replaceState", nil, "", u)
	}
}

// activeID is the id of the control with the focus, and its caret.
type focusAt struct {
	id         string
	start, end js.Value
}

func activeID() focusAt {
	a := doc.Get("activeElement")
	if !a.Truthy() {
		return focusAt{}
	}
	return focusAt{a.Get("id").String(), a.Get("selectionStart"), a.Get("selectionEnd")}
}

// refocus puts the focus back on a control that a region written again
// replaced.
func refocus(f focusAt) {
	if f.id == "" || doc.Get("activeElement").Get("id").String() == f.id {
		return
	}
	el := doc.Call("getElementById", f.id)
	if !el.Truthy() {
		return
	}
	el.Call("focus")
	if f.start.Type() == js.TypeNumber {
		defer func() { _ = recover() }() // not every control has a caret
		el.Call("setSelectionRange", f.start, f.end)
	}
}

// then calls ok or fail when a promise settles.
func then(p js.Value, ok func(js.Value), fail func(string)) {
	var onOK, onFail js.Func
	onOK = js.FuncOf(func(this js.Value, args []js.Value) any {
		onOK.Release()
		onFail.Release()
		ok(args[0])
		return nil
	})
	onFail = js.FuncOf(func(this js.Value, args []js.Value) any {
		onOK.Release()
		onFail.Release()
		why := "the browser gave no reason"
		if len(args) > 0 && args[0].Truthy() && args[0].Get("message").Truthy() {
			why = args[0].Get("message").String()
		}
		fail(why)
		return nil
	})
	p.Call("then", onOK, onFail)
}
