# One target per habit (STYLE.md). `make demo` is the quick start; `make test` is what CI runs.
GO ?= go
DB ?= $(CURDIR)/.demo/sitrep.db

.PHONY: build demo demo-quarantine serve test quick check bench eval model tagger-model clean

build:
	$(GO) build -o sitrep ./cmd/sitrep

# Ingest the bundled examples into the embedded archive and show what they report.
demo: build
	rm -f $(DB) $(DB)-wal $(DB)-shm
	./sitrep --db $(DB) ingest examples/
	./sitrep --db $(DB) stats
	./sitrep --db $(DB) incidents
	./sitrep --db $(DB) events --type ASSAULT --since 2024-01-01 --limit 30
	@echo; echo "Open the desk over this archive: make serve (or ./sitrep --db $(DB) serve), then http://127.0.0.1:8080"

# The analyst's desk over the demo archive, in the foreground (Ctrl-C stops).
serve: build
	./sitrep --db $(DB) serve

# The second step of the quick start: broken inputs are reported, kept in
# quarantine with the reason, and do not stop the batch (ingest exits 1).
demo-quarantine: build
	./sitrep --db $(DB) ingest testdata/bad; test $$? -eq 1
	./sitrep --db $(DB) quarantine

test:
	$(GO) test -race -count=1 -timeout 40m ./...

# The fast loop while editing: -short skips the slow end-to-end runs and the
# tests over the shared evaluation data (under 60 s on 2 cores). make test
# is the full run, and what CI runs.
quick:
	$(GO) test -short -count=1 ./...

check:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet ./...
	@if command -v staticcheck >/dev/null; then staticcheck ./...; fi
	$(GO) test -race -count=1 -timeout 40m ./...

bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./...
	./sitrep bench ingest --db $$(mktemp -d)/bench.db

eval: build
	./sitrep eval all

# Train sitrep's own part-of-speech tagger from ../shared/treebanks and ../shared/corpus
# (under a minute) and write internal/nlp/model/tagger.bin.gz, which internal/nlp then
# embeds instead of prose's weights; it prints the held-out tag accuracy, old and new.
# Not shipped at present (see BENCHMARKS.md, Tagging); after it, retrain the parser
# (make model), which learns from the tagger's tags.
tagger-model:
	$(GO) run ./internal/nlp/gen

# Retrain the dependency parser from ../shared/treebanks (a few minutes on one core) and
# rewrite internal/syntax/model/parser.bin.gz; it prints the held-out scores.
model:
	$(GO) run ./internal/syntax/gen

clean:
	rm -rf sitrep .demo
