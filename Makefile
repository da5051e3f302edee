# The two commands of the README: `make run` starts the kiosk on the bundled content, windowed,
# with a spool folder for a printer and a local SQLite file (make-run.toml, which names the
# example places file; your own relais.toml instead if the checkout has one); `make test` runs
# every test.
# Both install missing system packages first (scripts/install-deps.sh). `make test` ends with the
# packaging test (scripts/test-package.sh): the .deb, installed into a cached Debian chroot.

CARGO ?= cargo

.PHONY: run test deps audio check storyboard bench clean-data

# A relais.toml of your own in the checkout wins over make-run.toml.
RUN_CONFIG = $(if $(wildcard relais.toml),relais.toml,make-run.toml)

run: deps audio
	$(CARGO) run -- --config $(RUN_CONFIG) run

test: deps
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) run --quiet -- audio build
	$(CARGO) test --no-fail-fast
	$(CARGO) run --quiet -- check --deny-warnings
	./scripts/test-package.sh

deps:
	@./scripts/install-deps.sh

# Speech clips for every text, generated offline with espeak-ng (only the missing or stale ones).
audio:
	$(CARGO) run --quiet -- audio build

# Validate the content, as editors do after a change.
check:
	$(CARGO) run --quiet -- check

# Every screen, in French and in Arabic (right to left), at the three reference sizes and in
# the three display modes, to target/storyboard/<lang>/<size>/<mode>/; then every procedure in
# both languages at 1920x1080, to target/storyboard/procedures/<lang>/<procedure>/.
PROCEDURES = $(basename $(filter-out documents.toml glossary.toml,$(notdir $(wildcard content/*.toml))))
storyboard:
	for lang in fr ar; do \
	  $(CARGO) run --quiet -- storyboard cant-log-in --lang $$lang --out target/storyboard/$$lang --all > /dev/null && \
	  for p in $(PROCEDURES); do \
	    $(CARGO) run --quiet -- storyboard $$p --lang $$lang --size 1920x1080 --out target/storyboard/procedures/$$lang/$$p > /dev/null || exit 1; \
	  done; \
	done
	@echo "storyboards in target/storyboard/"

# Benchmarks against the budgets of issue 9 (release build, several minutes; not part of
# `make test`): rewrites docs/benchmarks.md. `scripts/bench.sh kiosk|memory|criterion` runs a part.
bench: deps
	./scripts/bench.sh

# Forget local handoffs and statistics (var/ holds the database and the spool folder).
clean-data:
	rm -rf var
