package main

import (
	"encoding/json"
	"errors"
	"net/url"
	"strconv"

	"github.com/offercalc/offercalc/internal/markup"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/offercalc/offercalc/calc"
)

// The page's few direct uses of the browser: storage, fetching, files,
// the clipboard, and the prerendered form's state. Each does nothing on
// the server.

// loadString reads a string from local storage, or "" when there is none
// or storage cannot be read.
func loadString(key string) (s string) {
	defer func() { _ = recover() }() // storage may be disabled: nothing saved
	if !app.IsClient {
		return ""
	}
	if v := app.Window().Get("localStorage").Call("getItem", key); v.Truthy() {
		return v.String()
	}
	return ""
}

// storeString writes a string to local storage. The browser refuses when
// storage is full or disabled, and the error says so.
func storeString(key, value string) (err error) {
	defer func() {
		if recover() != nil {
			err = errors.New("the browser's storage is full or turned off")
		}
	}()
	if app.IsClient {
		app.Window().Get("localStorage").Call("setItem", key, value)
	}
	return nil
}

func removeStored(key string) {
	defer func() { _ = recover() }()
	if app.IsClient {
		app.Window().Get("localStorage").Call("removeItem", key)
	}
}

// loadList reads a JSON list of strings from local storage; a value that
// is not one is dropped.
func loadList(key string) []string {
	var out []string
	if s := loadString(key); s != "" && json.Unmarshal([]byte(s), &out) != nil {
		removeStored(key)
		return nil
	}
	return out
}

func storeList(key string, list []string) error {
	b, _ := json.Marshal(list)
	return storeString(key, string(b))
}

// setValue sets a control's value in the page, for a value the app sets
// (a start-date button, a restored plan): rendering it would overwrite
// what is being typed (see form).
func setValue(id, value string) {
	if !app.IsClient {
		return
	}
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	if el.Get("type").String() == "checkbox" {
		el.Set("checked", value != "" && value != "0" && value != "none")
		return
	}
	if el.Get("value").String() != value {
		el.Set("value", value)
	}
}

// onPageHide calls f when the page is hidden (left, or the tab closed),
// synchronously: go-app's handlers would run after the page is gone.
func onPageHide(f func()) {
	app.Window().Call("addEventListener", "pagehide", app.FuncOf(func(app.Value, []app.Value) any {
		f()
		return nil
	}))
}

// focusState is which control had the focus in the prerendered page, and
// where its caret was, to put back after the page is mounted.
type focusState struct {
	id         string
	start, end int
}

// prerendered reads the prerendered form before go-app replaces it: the
// value of every control the applicant changed there (web/boot.js records
// their names as they do), and the focus. The page then mounts with the
// link's plan, and adopts these as typing.
func prerendered() (map[calc.Field]string, focusState) {
	typed := map[calc.Field]string{}
	var focus focusState
	win := app.Window()
	doc := win.Get("document")
	root := doc.Call("getElementById", "calculator")
	names := win.Get("offercalcTyped")
	if !root.Truthy() || !names.Truthy() {
		return typed, focus
	}
	keys := win.Get("Object").Call("keys", names)
	for i := range keys.Length() {
		name := keys.Index(i).String()
		el := root.Call("querySelector", "[name=\""+name+"\"]")
		switch {
		case !el.Truthy():
		case el.Get("type").String() == "checkbox":
			typed[calc.Field(name)] = markup.Pick(el.Get("checked").Bool(), "1", "")
		default:
			v := el.Get("value").String()
			if v == notGiven {
				v = ""
			}
			typed[calc.Field(name)] = v
		}
	}
	if a := doc.Get("activeElement"); a.Truthy() && a.Get("id").String() != "" {
		focus.id = a.Get("id").String()
		if s := a.Get("selectionStart"); s.Type() == app.TypeNumber {
			focus.start, focus.end = s.Int(), a.Get("selectionEnd").Int()
		}
	}
	return typed, focus
}

// writeLive writes figures into their elements at once (see liveFigure).
func writeLive(figs []liveFigure) {
	doc := app.Window().Get("document")
	for _, f := range figs {
		if el := doc.Call("getElementById", f.id); el.Truthy() && el.Get("textContent").String() != f.text {
			el.Set("textContent", f.text)
		}
	}
}

// appReady tells the page's styles that the app runs: the prerendered
// page's "working out your link" state ends (see web/boot.js).
func appReady() {
	cl := app.Window().Get("document").Get("documentElement").Get("classList")
	cl.Call("remove", "link-pending")
	cl.Call("add", "app-ready")
}

// restore puts the focus, and the caret, back.
func (f focusState) restore() {
	if f.id == "" {
		return
	}
	el := app.Window().GetElementByID(f.id)
	if !el.Truthy() {
		return
	}
	el.Call("focus")
	if t := el.Get("type").String(); t == "text" || t == "search" {
		el.Call("setSelectionRange", f.start, f.end)
	}
}

// fetchPosting fetches a posting file from this site with the browser's
// fetch, which the Content-Security-Policy (connect-src 'self') also keeps
// on this origin, and calls done on the UI goroutine with its bytes or why
// it could not be read. It gives up after fetchTimeout, and stops reading
// past calc.MaxPolicySize.
func fetchPosting(ctx app.Context, u string, done func(ctx app.Context, data []byte, why string)) {
	win := app.Window()
	ctl := win.Get("AbortController").New()
	timer := win.Call("setTimeout", app.FuncOf(func(app.Value, []app.Value) any {
		ctl.Call("abort")
		return nil
	}), fetchTimeout)
	finish := func(data []byte, why string) {
		win.Call("clearTimeout", timer)
		ctx.Dispatch(func(ctx app.Context) { done(ctx, data, why) })
	}
	// A redirect is not followed: one to another site would be refused by
	// the Content-Security-Policy with no more than "Failed to fetch".
	opts := map[string]any{"credentials": "same-origin", "cache": "no-cache", "signal": ctl.Get("signal"), "redirect": "manual"}
	promise(win.Call("fetch", u, opts), func(res app.Value) {
		switch {
		case res.Get("type").String() == "opaqueredirect":
			finish(nil, "the address redirects elsewhere, and the calculator does not follow redirects: give the posting file's own address")
			return
		case !res.Get("ok").Bool():
			finish(nil, "the server answered "+strconv.Itoa(res.Get("status").Int()))
			return
		}
		if n := res.Get("headers").Call("get", "Content-Length"); n.Truthy() {
			if size, err := strconv.Atoi(n.String()); err == nil && size > calc.MaxPolicySize {
				ctl.Call("abort")
				finish(nil, "the file is larger than "+strconv.Itoa(calc.MaxPolicySize>>10)+" KB")
				return
			}
		}
		// Read as it arrives, and stop past the limit: a server that does
		// not say the length (chunked) must not make the page download
		// 64 MB to find it too large.
		readUpTo(res.Get("body").Call("getReader"), calc.MaxPolicySize, func(data []byte, tooLarge bool, why string) {
			if tooLarge {
				ctl.Call("abort")
				why = "the file is larger than " + strconv.Itoa(calc.MaxPolicySize>>10) + " KB"
			}
			finish(data, why)
		})
	}, func(why string) {
		if why == "AbortError" || why == "The user aborted a request." || why == "signal is aborted without reason" {
			why = "it did not arrive within " + strconv.Itoa(fetchTimeout/1000) + " seconds"
		}
		finish(nil, why)
	})
}

// readUpTo reads a response body's stream until its end, and calls done
// with its bytes; or, as soon as more than max bytes have come, cancels it
// and calls done with tooLarge; or with why the stream failed.
func readUpTo(reader app.Value, max int, done func(data []byte, tooLarge bool, why string)) {
	var data []byte
	var next func()
	next = func() {
		promise(reader.Call("read"), func(r app.Value) {
			if r.Get("done").Bool() {
				done(data, false, "")
				return
			}
			chunk := r.Get("value")
			n := chunk.Length()
			if len(data)+n > max {
				reader.Call("cancel")
				done(nil, true, "")
				return
			}
			buf := make([]byte, n)
			app.CopyBytesToGo(buf, chunk)
			data = append(data, buf...)
			next()
		}, func(why string) { done(nil, false, why) })
	}
	next()
}

// fetchTimeout is how long a posting file may take to arrive, in
// milliseconds: a posting is a few kilobytes.
const fetchTimeout = 15_000

// readFile reads the file picked in a file input, up to max bytes, and
// calls done on the UI goroutine with its name and bytes, or why it could
// not be read.
func readFile(ctx app.Context, input app.Value, max int, done func(ctx app.Context, name string, data []byte, why string)) {
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	input.Set("value", "") // so that picking the same file again reads it again
	if size := file.Get("size").Int(); size > max {
		done(ctx, name, nil, name+": the file is "+strconv.Itoa(size>>10)+" KB; a posting's terms fit in "+strconv.Itoa(max>>10)+" KB.")
		return
	}
	promise(file.Call("text"), func(text app.Value) {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, []byte(text.String()), "") })
	}, func(why string) {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, nil, name+" could not be read: "+why) })
	})
}

// copyText puts text on the clipboard, and calls done with whether the
// browser let it (it refuses without a user's gesture, or when denied).
func copyText(ctx app.Context, text string, done func(ok bool)) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		done(false)
		return
	}
	promise(clip.Call("writeText", text), func(app.Value) {
		ctx.Dispatch(func(app.Context) { done(true) })
	}, func(string) {
		ctx.Dispatch(func(app.Context) { done(false) })
	})
}

// promise calls ok with what a JavaScript promise resolves to, or fail
// with why it was rejected (its error's name or message).
func promise(p app.Value, ok func(app.Value), fail func(string)) {
	var onOK, onFail app.Func
	release := func() {
		onOK.Release()
		onFail.Release()
	}
	onOK = app.FuncOf(func(this app.Value, args []app.Value) any {
		v := app.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		release()
		ok(v)
		return nil
	})
	onFail = app.FuncOf(func(this app.Value, args []app.Value) any {
		why := "the browser gave no reason"
		if len(args) > 0 && args[0].Truthy() {
			switch e := args[0]; {
			case e.Get("name").String() == "AbortError":
				why = "AbortError"
			case e.Get("message").Truthy():
				why = e.Get("message").String()
			default:
				why = e.Call("toString").String()
			}
		}
		release()
		fail(why)
		return nil
	})
	p.Call("then", onOK, onFail)
}

// download hands data to the browser as a file: a Blob behind an object
// URL (blob: URLs are this origin's), clicked from an <a download> that is
// not in the document, so go-app's link handling never sees it.
func download(name, mime string, data []byte) {
	win := app.Window()
	buf := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(buf, data)
	blob := win.Get("Blob").New([]any{buf}, map[string]any{"type": mime})
	href := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", name)
	a.Call("click")
	// Revoke the URL a while later, not at once: a browser may still be
	// reading the blob when the click returns.
	var revoke app.Func
	revoke = app.FuncOf(func(this app.Value, args []app.Value) any {
		win.Get("URL").Call("revokeObjectURL", href)
		revoke.Release()
		return nil
	})
	win.Call("setTimeout", revoke, 60_000)
}

// pageURL parses a page's address; a malformed one is the empty URL.
func pageURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return &url.URL{}, err
	}
	return u, nil
}

// refocus puts the focus back on the control id when a render replaced it
// while it had the focus (a select shown as HTML text).
func refocus(id string) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	if a := doc.Get("activeElement"); a.Truthy() && a.Get("id").String() == id {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}
