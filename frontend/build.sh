#!/usr/bin/env bash
# Build SME Shield's front-end assets (GOV.UK Frontend + our branding) into
# src/smeshield/web/static/smeshield/. The output is committed, so the app
# never needs Node, npm or the network at run time.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../src/smeshield/web/static/smeshield"
pkg="$here/node_modules/govuk-frontend"
dist="$pkg/dist/govuk"

cd "$here"

if [[ ! -d node_modules/govuk-frontend || ! -d node_modules/sass ]]; then
  npm ci --no-audit --no-fund --ignore-scripts
fi

version="$(node -p 'require("govuk-frontend/package.json").version')"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# Remove what a previous build made (only our own outputs).
rm -f "$out/smeshield.css" "$out/govuk-frontend.min.js" "$out/favicon.svg" \
  "$out/apple-touch-icon.png" "$out/GOVUK-FRONTEND-LICENCE.txt"
rm -rf "$out/fonts" "$out/images"

# CSS: compressed, no source map. --quiet-deps hides govuk-frontend's own
# deprecation warnings (it still uses @import internally).
npx --no-install sass \
  --pkg-importer=node \
  --style=compressed \
  --no-source-map \
  --quiet-deps \
  src/smeshield.scss "$out/smeshield.css"

# The footer's Crown copyright logo points at GOV.UK's crest image, which we
# do not ship (and smeshield.scss never draws). Drop the reference outright.
sed -i -e 's#url("/static/smeshield/images/govuk-crest.svg")#none#g' "$out/smeshield.css"

# JS: the ES module build, without its sourceMappingURL comment (we do not
# ship the map, so browsers' dev tools would ask for a missing file).
sed -e 's#//\# sourceMappingURL=[^ ]*$##' "$dist/govuk-frontend.min.js" > "$out/govuk-frontend.min.js"

# Our own icons (no GOV.UK crown, crest, favicons or OGL logos).
cp src/favicon.svg "$out/favicon.svg"
if [[ -f src/apple-touch-icon.png ]]; then
  cp src/apple-touch-icon.png "$out/apple-touch-icon.png"
fi

# Licence: the npm package (5.x) ships no LICENSE file, only "license": "MIT"
# in package.json; src/GOVUK-FRONTEND-LICENCE.txt is the LICENSE.txt of the
# govuk-frontend repository. Prefer the package's own file if it has one.
licence="src/GOVUK-FRONTEND-LICENCE.txt"
for f in "$pkg/LICENSE.txt" "$pkg/LICENSE" "$pkg/LICENCE.txt" "$pkg/LICENCE"; do
  if [[ -f "$f" ]]; then licence="$f"; break; fi
done
{
  echo "govuk-frontend ${version} (MIT licence, Crown copyright), bundled in smeshield.css and govuk-frontend.min.js"
  echo
  cat "$licence"
} > "$out/GOVUK-FRONTEND-LICENCE.txt"

# Checks: no url() but data: URIs, no web font, no font files.
css="$out/smeshield.css"
if grep -Eo 'url\([^)]*\)' "$css" | grep -Ev '^url\((["'\'']?)data:' | grep .; then
  echo "build.sh: smeshield.css refers to a file or URL (see above)" >&2
  exit 1
fi
if grep -Eiq 'GDS Transport|@font-face' "$css"; then
  echo "build.sh: smeshield.css contains a web font" >&2
  exit 1
fi
if find "$out" -name '*.woff' -o -name '*.woff2' | grep -q .; then
  echo "build.sh: font files found in $out" >&2
  exit 1
fi

echo "Built govuk-frontend ${version} assets in ${out}:"
ls -l "$out"
