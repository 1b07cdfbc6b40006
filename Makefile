# newsdesk — two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest eval bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsdesk

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/lint-imports --no-logo
	$(BIN)/ruff check reader briefing tests benchmarks
	$(BIN)/ruff format --check reader briefing tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest

# `make bench`: every benchmark at sizes that finish in about ten minutes on two cores; the
# headline figures go to benchmarks/RESULTS.md. BBC=PATH is the BBC folder (with "News
# Articles"); without it the benchmarks that need it are skipped, and the table says so.
BBC        ?= ../shared/eval/bbc
BENCH_ROWS := benchmarks/.results.jsonl
HAVE_BBC   := $(shell test -d "$(BBC)/News Articles" && echo yes)
BENCH_RUN   = NEWSDESK_BENCH_RESULTS=$(CURDIR)/$(BENCH_ROWS) $(BIN)/python
BENCH_SKIP  = $(BENCH_RUN) -m benchmarks.results skip

bench: $(STAMP)
	@rm -f $(BENCH_ROWS)
ifeq ($(HAVE_BBC),yes)
	$(BENCH_RUN) benchmarks/bench_summarize.py $(BBC) --limit 200 --rounds 5 \
		|| $(BENCH_SKIP) bench_summarize "failed (exit status $$?)"
	$(BENCH_RUN) benchmarks/bench_briefing.py $(BBC) --rounds 5 \
		|| $(BENCH_SKIP) bench_briefing "failed (exit status $$?)"
	$(BENCH_RUN) benchmarks/bench_ingest.py $(BBC) --sizes 1000,10000 --rounds 1 \
		|| $(BENCH_SKIP) bench_ingest "failed (exit status $$?)"
	$(BENCH_RUN) benchmarks/bench_scale.py $(BBC) --sizes 1000,10000 --no-briefing \
		|| $(BENCH_SKIP) bench_scale "failed (exit status $$?)"
	$(BENCH_RUN) benchmarks/bench_dask.py $(BBC) --files 1000 --rounds 5 \
		|| $(BENCH_SKIP) bench_dask "failed (exit status $$?)"
else
	@echo "bench: no BBC articles at $(BBC) (give BBC=PATH): the benchmarks on real articles are skipped"
	@$(BENCH_SKIP) "bench_summarize, bench_briefing (real), bench_ingest, bench_scale, bench_dask" \
		"skipped: no BBC articles at $(BBC)"
endif
	$(BENCH_RUN) benchmarks/bench_briefing.py --synthetic --rounds 5 \
		|| $(BENCH_SKIP) "bench_briefing --synthetic" "failed (exit status $$?)"
	$(BENCH_RUN) benchmarks/bench_first_paint.py --runs 5 \
		|| $(BENCH_SKIP) bench_first_paint "failed (exit status $$?)"
	$(BENCH_RUN) benchmarks/bench_refresh.py $(if $(HAVE_BBC),--bbc $(BBC)) --rounds 3 \
		|| $(BENCH_SKIP) bench_refresh "failed (exit status $$?)"
	$(BENCH_RUN) benchmarks/bench_hostile.py --sizes 100K,500K --repeats 1 \
		|| $(BENCH_SKIP) bench_hostile "failed (exit status $$?)"
	$(BIN)/python -m benchmarks.results write $(BENCH_ROWS) benchmarks/RESULTS.md
	@rm -f $(BENCH_ROWS)
	@echo "bench: wrote benchmarks/RESULTS.md"

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .pytest_cache .ruff_cache .import_linter_cache
