#!/usr/bin/env bash
# Copy the front-end assets that come from the npm registry into marsad/serve/static/, where they are
# committed, so Python users need no npm. Only needed to upgrade them:  bash frontend/build.sh
#
# - the Arabic font Noto Naskh Arabic (SIL Open Font License 1.1), from @fontsource/noto-naskh-arabic:
#   the "arabic" and "latin" subsets, weights 400 and 700, as woff2, and its LICENSE;
# - Swagger UI (Apache 2.0), from swagger-ui-dist, for the API docs at /docs (no CDN: works offline).
# The pages have no JavaScript framework: marsad/serve/static/marsad.js is plain, hand-written JS.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../marsad/serve/static/fonts"
dep() { node -p "require('$here/package.json').dependencies['$1']"; }
version="$(dep @fontsource/noto-naskh-arabic)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@fontsource/noto-naskh-arabic@$version" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$out"
for w in 400 700; do
  for s in arabic latin; do
    cp "$tmp/package/files/noto-naskh-arabic-$s-$w-normal.woff2" "$out/"
  done
done
cp "$tmp/package/LICENSE" "$out/OFL.txt"
echo "fonts copied to $out (@fontsource/noto-naskh-arabic@$version)"

sw="$here/../marsad/serve/static/swagger"
sversion="$(dep swagger-ui-dist)"
rm -rf "$tmp/package" && (cd "$tmp" && rm -f ./*.tgz && npm pack --silent "swagger-ui-dist@$sversion" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$sw"
cp "$tmp/package/swagger-ui-bundle.js" "$tmp/package/swagger-ui.css" "$sw/"
cp "$tmp/package/LICENSE" "$sw/LICENSE.txt"
cp "$tmp/package/NOTICE" "$sw/NOTICE.txt"
cp "$tmp/package/swagger-ui-bundle.js.LICENSE.txt" "$sw/"
echo "Swagger UI copied to $sw (swagger-ui-dist@$sversion)"
