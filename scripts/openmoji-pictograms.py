#!/usr/bin/env python3
"""Writes ui/pictograms/*.svg from an unpacked OpenMoji npm package.

The table in ui/pictograms/README.md is the one list of pictograms: file name, emoji, OpenMoji
hexcode. This script reads it, so the files and their credits cannot drift apart:

    cd /tmp && npm pack openmoji && tar xzf openmoji-*.tgz
    scripts/openmoji-pictograms.py /tmp/package

A hexcode `A` copies OpenMoji's colour SVG `color/svg/A.svg` as it is. `A + 1F6AB` ("A crossed
out") draws A scaled down inside OpenMoji's "prohibited" sign, the way OpenMoji draws its own
"no mobile phones" (1F4F5). `A ^ B` draws B coming out of the top of A (a ticket out of the
printer). It also copies OpenMoji's licence beside the files, and names any
file in ui/pictograms/ that has no row (a pictogram without credit).

Standard library only: it runs wherever Python 3 does, with no install.
"""

import re
import shutil
import sys
from pathlib import Path

PICTOGRAMS = Path(__file__).resolve().parent.parent / "ui" / "pictograms"
ROW = re.compile(r"^\| `(?P<name>[a-z0-9-]+)\.svg` \| [^|]* \| (?P<hexcodes>[0-9A-F+^ -]+) \|")
PROHIBITED = "1F6AB"
# OpenMoji's "prohibited" sign: a red ring with a bar inside a 30-unit circle, on a white disc
# of radius 26 that would hide the crossed-out pictogram. The disc is drawn first, then the
# pictogram at this scale (so that it fits inside the ring), then the ring and bar.
WHITE_DISC = '<circle cx="36" cy="36" r="26" fill="#fff"/>'
INNER_SCALE = 0.68


def rows(readme: Path) -> list[tuple[str, list[str]]]:
    found = []
    for line in readme.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            codes = match["hexcodes"]
            if "^" in codes:
                found.append((match["name"], [h.strip() for h in codes.split("^")] + ["^"]))
            else:
                found.append((match["name"], [h.strip() for h in codes.split("+")]))
    return found


def inner(svg: str) -> str:
    """The drawing of an OpenMoji SVG without its <svg> element, ids dropped so that two
    drawings can share one file."""
    body = re.sub(r"^.*?<svg[^>]*>", "", svg, count=1, flags=re.S)
    body = re.sub(r"</svg>\s*$", "", body)
    return re.sub(r' id="[^"]*"', "", body)


def crossed_out(pictogram: str, prohibited: str) -> str:
    sign = inner(prohibited)
    if WHITE_DISC not in sign:
        sys.exit("OpenMoji's prohibited sign has changed: check crossed_out() by hand")
    sign = sign.replace(WHITE_DISC, "", 1)
    offset = 36 * (1 - INNER_SCALE)
    return (
        '<svg viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg">\n'
        f"  {WHITE_DISC}\n"
        f'  <g transform="translate({offset:g} {offset:g}) scale({INNER_SCALE:g})">'
        f"{inner(pictogram)}</g>\n"
        f"  <g>{sign}</g>\n"
        "</svg>\n"
    )


def coming_out(bottom: str, top: str) -> str:
    """B (`top`) half out of the top of A (`bottom`): the receipt drawn first, smaller and higher,
    then the printer over its lower edge, as a ticket leaves a printer."""
    return (
        '<svg viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg">\n'
        f'  <g transform="translate(18 -4) scale(0.5)">{inner(top)}</g>\n'
        f'  <g transform="translate(4 16) scale(0.78)">{inner(bottom)}</g>\n'
        "</svg>\n"
    )


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    package = Path(sys.argv[1])
    source = package / "color" / "svg"
    if not source.is_dir():
        print(f"{source} does not exist: give the folder of the unpacked npm package", file=sys.stderr)
        return 2

    def read(hexcode: str) -> str:
        path = source / f"{hexcode}.svg"
        if not path.exists():
            sys.exit(f"OpenMoji has no {hexcode} ({path} is missing)")
        return path.read_text(encoding="utf-8")

    table = rows(PICTOGRAMS / "README.md")
    for name, hexcodes in table:
        target = PICTOGRAMS / f"{name}.svg"
        if len(hexcodes) == 1:
            target.write_text(read(hexcodes[0]), encoding="utf-8")
        elif len(hexcodes) == 3 and hexcodes[2] == "^":
            target.write_text(coming_out(read(hexcodes[0]), read(hexcodes[1])), encoding="utf-8")
        elif len(hexcodes) == 2 and hexcodes[1] == PROHIBITED:
            target.write_text(crossed_out(read(hexcodes[0]), read(PROHIBITED)), encoding="utf-8")
        else:
            sys.exit(f"{name}: only `A`, `A ^ B` or `A + {PROHIBITED}` is understood, not {hexcodes}")
    shutil.copyfile(package / "LICENSE.txt", PICTOGRAMS / "LICENSE-OpenMoji.txt")

    named = {name for name, _ in table}
    uncredited = sorted(
        p.name for p in PICTOGRAMS.iterdir() if p.suffix in (".svg", ".png") and p.stem not in named
    )
    print(f"{len(table)} pictograms written to {PICTOGRAMS}")
    if uncredited:
        print("no row in README.md (no credit): " + ", ".join(uncredited), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
