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

if [[ ! -d node_modules/govuk-frontend || ! -d node_modules/sass || ! -d node_modules/@fontsource/noto-nastaliq-urdu || ! -d node_modules/@fontsource/noto-naskh-arabic ]]; then
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

# Fonts for Urdu and Arabic pages only (ADR 0064): the Arabic-script subset,
# regular and bold, woff2, from @fontsource (SIL Open Font License 1.1).
mkdir -p "$out/fonts"
fonts=""
for family in noto-nastaliq-urdu noto-naskh-arabic; do
  for weight in 400 700; do
    file="$family-arabic-$weight-normal.woff2"
    cp "node_modules/@fontsource/$family/files/$file" "$out/fonts/$file"
    fonts="$fonts $file"
  done
done
{
  for family in noto-nastaliq-urdu noto-naskh-arabic; do
    echo "@fontsource/$family $(node -p "require('@fontsource/$family/package.json').version") (SIL Open Font License 1.1):"
    echo "fonts/$family-arabic-400-normal.woff2, fonts/$family-arabic-700-normal.woff2"
    echo
    cat "node_modules/@fontsource/$family/LICENSE"
    echo
    echo "----------------------------------------------------------------------"
    echo
  done
} > "$out/fonts/NOTO-FONTS-LICENCE.txt"

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

# Checks: no url() but data: URIs and our own vendored Noto fonts; no GDS
# Transport; no font files but those four.
css="$out/smeshield.css"
if grep -Eo 'url\([^)]*\)' "$css" | grep -Ev '^url\((["'\'']?)data:' \
  | grep -Ev '^url\("?fonts/noto-(nastaliq-urdu|naskh-arabic)-arabic-[47]00-normal\.woff2"?\)$' | grep .; then
  echo "build.sh: smeshield.css refers to a file or URL (see above)" >&2
  exit 1
fi
if grep -Eiq 'GDS Transport' "$css"; then
  echo "build.sh: smeshield.css contains GOV.UK's web font" >&2
  exit 1
fi
found="$(cd "$out" && find . -name '*.woff' -o -name '*.woff2' | sed 's#^\./fonts/##' | sort | tr '\n' ' ')"
wanted="$(echo $fonts | tr ' ' '\n' | sort | tr '\n' ' ')"
if [[ "$found" != "$wanted" ]]; then
  echo "build.sh: unexpected font files in $out: $found" >&2
  exit 1
fi

echo "Built govuk-frontend ${version} assets in ${out}:"
ls -l "$out"
