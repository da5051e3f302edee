# The two commands of the README: `make run` starts the kiosk on the bundled content, windowed,
# with a spool folder for a printer and a local SQLite file; `make test` runs every test.
# Both install missing system packages first (scripts/install-deps.sh).

CARGO ?= cargo

.PHONY: run test deps audio check storyboard bench clean-data

run: deps audio
	$(CARGO) run -- run

test: deps
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) run --quiet -- audio build
	$(CARGO) test --no-fail-fast
	$(CARGO) run --quiet -- check --deny-warnings

deps:
	@./scripts/install-deps.sh

# Speech clips for every text, generated offline with espeak-ng (only the missing or stale ones).
audio:
	$(CARGO) run --quiet -- audio build

# Validate the content, as editors do after a change.
check:
	$(CARGO) run --quiet -- check

# Every screen of the bundled procedure, in French and English, to target/storyboard/.
storyboard:
	$(CARGO) run --quiet -- storyboard cant-log-in --lang fr --out target/storyboard/fr
	$(CARGO) run --quiet -- storyboard cant-log-in --lang en --out target/storyboard/en

# Benchmarks against the budgets of issue 9 (release build, several minutes; not part of
# `make test`): rewrites docs/benchmarks.md. `scripts/bench.sh kiosk|memory|criterion` runs a part.
bench: deps
	./scripts/bench.sh

# Forget local handoffs and statistics (var/ holds the database and the spool folder).
clean-data:
	rm -rf var
