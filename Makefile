# The internship offer calculator. `make run` serves it; `make test` runs
# every test (native, WebAssembly and in a headless Chromium).

GO       ?= go
PORT     ?= 8000
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
# -trimpath and no symbol tables: the wasm is downloaded by every visitor.
FLAGS    := -trimpath -ldflags="-s -w"
SOURCES  := $(shell find app calc -name '*.go' -not -name '*_test.go') $(shell find calc -name '*.json' -not -path '*/testdata/*') go.mod go.sum

.PHONY: run build static test test-deps bench size clean

## run: build the app and serve it on http://localhost:$(PORT)
run: build
	PORT=$(PORT) ./bin/offercalc serve

## build: the wasms (web/app.wasm, the calculator; web/offers.wasm, your postings and offers) and the server (bin/offercalc)
build: web/app.wasm web/offers.wasm bin/offercalc

web/app.wasm: $(SOURCES)
	@echo "building web/app.wasm (the app, for the browser: a minute or two the first time, while Go downloads and compiles its modules)"
	GOOS=js GOARCH=wasm $(GO) build $(FLAGS) -o $@ ./app

web/offers.wasm: $(SOURCES) $(shell find internal -name '*.go' -not -name '*_test.go')
	@echo "building web/offers.wasm (your postings and the offers compared, a page of their own: about a minute the first time)"
	GOOS=js GOARCH=wasm $(GO) build $(FLAGS) -o $@ ./internal/offerswasm

bin/offercalc: $(SOURCES)
	@echo "building bin/offercalc (the server and command line: under a minute)"
	$(GO) build -trimpath -o $@ ./app

## static: write a deployable static site to dist/
static: build
	./bin/offercalc static -out dist

## test: every test; installs what the browser tests need first
test: test-deps
	test -z "$$(gofmt -l app calc bench internal)" || { gofmt -l app calc bench internal; exit 1; }
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app ./calc/...
	GOOS=js GOARCH=wasm $(GO) vet -tags benchshell ./app
	$(GO) test ./...
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASMEXEC)" ./calc/...

test-deps:
	./scripts/ensure-chromium
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund

## bench: sizes and browser timings against a minimal go-app program, and the Go benchmarks
bench:
	$(GO) run ./bench

## size: what the wasm is made of, largest first
size:
	$(GO) run ./bench -size-only

clean:
	rm -rf bin dist web/app.wasm web/offers.wasm web/*.gz web/*.br
