#!/bin/sh
# Finds the Chromium and chromedriver the site checks drive, however they were installed, and
# prints them as two lines, CHROMIUM=PATH and CHROMEDRIVER=PATH. Looks at, in order:
#   the CHROMIUM and CHROMEDRIVER variables (a named program must exist);
#   chromium, chromium-browser, google-chrome, google-chrome-stable and chromedriver on PATH,
#   passing over Ubuntu's stand-ins for the snap (apt's chromium-browser and
#   chromium-chromedriver install only a script that runs the snap);
#   the snap itself: /snap/bin/chromium and /snap/bin/chromium.chromedriver.
# When one is missing, says exactly what to install on stderr and exits 1; exits 2 instead
# when `apt-get install chromium chromium-driver` would give both (Debian).

# Whether $1 is one of Ubuntu's stand-in scripts that only run the Chromium snap.
is_snap_stub() {
    [ "$(head -c 2 "$1" 2>/dev/null)" = "#!" ] || return 1
    case "$(head -c 4096 "$1")" in
    */snap/bin/chromium*) return 0 ;;
    esac
    return 1
}

# Every place $1 is found: itself when it is a path, else each folder of PATH in turn.
places() {
    case "$1" in
    */*) echo "$1" ;;
    *)
        (
            IFS=:
            for folder in $PATH; do echo "${folder:-.}/$1"; done
        )
        ;;
    esac
}

# The first of the given programs that is installed and real: a name on PATH or a path.
first_real() {
    for candidate in "$@"; do
        for found in $(places "$candidate"); do
            [ -f "$found" ] && [ -x "$found" ] || continue
            is_snap_stub "$found" && continue
            echo "$found"
            return 0
        done
    done
    return 1
}

if [ -n "${CHROMIUM:-}" ]; then
    browser=$(first_real "$CHROMIUM") || {
        echo "CHROMIUM=$CHROMIUM is not a Chromium that can run here." >&2
        found=$(command -v "$CHROMIUM" 2>/dev/null) && is_snap_stub "$found" &&
            echo "  It only runs the Chromium snap, which is not installed: sudo snap install chromium" >&2
        exit 1
    }
else
    browser=$(first_real chromium chromium-browser google-chrome google-chrome-stable /snap/bin/chromium) || browser=""
fi
if [ -n "${CHROMEDRIVER:-}" ]; then
    driver=$(first_real "$CHROMEDRIVER") || {
        echo "CHROMEDRIVER=$CHROMEDRIVER is not a chromedriver that can run here." >&2
        exit 1
    }
else
    driver=$(first_real chromedriver /snap/bin/chromium.chromedriver) || driver=""
fi
if [ -n "$browser" ] && [ -n "$driver" ]; then
    echo "CHROMIUM=$browser"
    echo "CHROMEDRIVER=$driver"
    exit 0
fi

id=$(. /etc/os-release 2>/dev/null && echo "$ID")
missing=""
[ -n "$browser" ] || missing="Chromium"
[ -n "$driver" ] || missing="${missing:+$missing and }chromedriver"
if [ "$id" = debian ]; then
    echo "The site checks need $missing: sudo apt-get install -y chromium chromium-driver" >&2
    exit 2
fi
{
    echo "The site checks need $missing, and none was found."
    for name in chromium-browser chromedriver; do
        found=$(command -v "$name" 2>/dev/null) && is_snap_stub "$found" &&
            echo "  $found is only Ubuntu's stand-in for the Chromium snap, and the snap is not installed."
    done
    if [ "$id" = ubuntu ]; then
        echo "On Ubuntu, apt's chromium-browser only installs the snap. Install the snap itself:"
        echo "  sudo snap install chromium"
        echo "(it brings /snap/bin/chromium and /snap/bin/chromium.chromedriver)."
    else
        echo "Install Chromium and chromedriver from your distribution (chromium, chromium-driver)."
    fi
    echo "Or name a Chrome or Chromium and its matching chromedriver:"
    echo "  make test CHROMIUM=/path/to/chrome CHROMEDRIVER=/path/to/chromedriver"
} >&2
exit 1
