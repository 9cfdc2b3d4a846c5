#!/usr/bin/env bash
# Regenerates every icon rendition from caravan.svg; the results are checked in, so building
# the app never needs these tools. Debian/Ubuntu: apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")"
svg=caravan.svg
resources=../../src/main/resources/app/caravan/ui/icons

mkdir -p png "$resources"
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "png/caravan-$size.png"
done

# Windows: the small sizes as bitmaps (crisp in old shells), 256 as an embedded PNG.
icotool -c -o caravan.ico png/caravan-16.png png/caravan-24.png png/caravan-32.png png/caravan-48.png \
    png/caravan-64.png png/caravan-128.png -r png/caravan-256.png
# macOS: png2icns picks the icon type from each PNG's size.
png2icns caravan.icns png/caravan-16.png png/caravan-32.png png/caravan-128.png png/caravan-256.png \
    png/caravan-512.png png/caravan-1024.png >/dev/null
# The app's window icons (Stage.getIcons picks the best fit per platform).
for size in 16 32 48 64 128 256; do
    cp "png/caravan-$size.png" "$resources/caravan-$size.png"
done
# Linux takes one PNG: the app image's icon, and the menu icon of the .deb, which jpackage (25)
# only takes from the resource directory when it packages an existing app image.
cp png/caravan-256.png caravan.png
cp png/caravan-256.png ../linux/Caravan.png
