"""Make the world outline the brief page draws its map on: `src/newsbrief/serve/static/world.json`.

The shapes are Natural Earth's 1:110m admin-0 countries (public domain), as shipped in the
`naturalearth_lowres` data set inside the geopandas 0.14.4 wheel on PyPI. They are simplified,
projected equirectangularly (x = lon + 180, y = 90 - lat, in degrees) and written as SVG path data,
so the page needs no tiles, no CDN and no network.

    pip install pyshp shapely
    python scripts/make_world_outline.py            # fetches the wheel with `pip download`
    python scripts/make_world_outline.py --wheel geopandas-0.14.4-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import shapefile  # pyshp
from shapely.geometry import MultiPolygon, Polygon, shape

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "newsbrief" / "serve" / "static" / "world.json"
WHEEL = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def fetch_wheel(folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:", "-d", str(folder), WHEEL],
        check=True,
    )
    return next(folder.glob("geopandas-*.whl"))


def read_countries(wheel: Path) -> shapefile.Reader:
    with zipfile.ZipFile(wheel) as archive:
        parts = {ext: io.BytesIO(archive.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
        encoding = archive.read(f"{MEMBER}.cpg").decode("ascii").strip()  # the .dbf's code page
    return shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding=encoding)


def ring_path(coords: list[tuple[float, float]], digits: int) -> str:
    points = []
    for lon, lat in coords[:-1]:
        point = f"{round(lon + 180, digits):g} {round(90 - lat, digits):g}"
        if not points or points[-1] != point:
            points.append(point)
    if len(points) < 3:
        return ""
    return "M" + " ".join(points) + "Z"


def country_path(geometry: Polygon | MultiPolygon, tolerance: float, min_area: float, digits: int) -> str:
    polygons = list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]
    largest = max(p.area for p in polygons)
    parts = []
    for polygon in polygons:
        if polygon.area < min_area and polygon.area < largest:
            continue  # a speck of an island; the country's largest part always stays
        simple = polygon.simplify(tolerance, preserve_topology=True)
        for ring in (simple.exterior, *simple.interiors):
            parts.append(ring_path(list(ring.coords), digits))
    return "".join(part for part in parts if part)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="the geopandas 0.14.4 wheel (fetched with pip when not given)")
    parser.add_argument("--tolerance", type=float, default=0.15, help="simplification, in degrees")
    parser.add_argument("--min-area", type=float, default=0.3, help="islands smaller than this (deg²) are dropped")
    parser.add_argument("--digits", type=int, default=1, help="decimals kept in coordinates")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        wheel = args.wheel or fetch_wheel(Path(folder))
        reader = read_countries(wheel)
        countries = []
        for record, geometry in zip(reader.records(), reader.shapes(), strict=True):
            path = country_path(shape(geometry.__geo_interface__), args.tolerance, args.min_area, args.digits)
            countries.append({"iso": record["iso_a3"], "name": record["name"], "d": path})
    countries.sort(key=lambda c: c["name"])
    outline = {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), from geopandas 0.14.4 naturalearth_lowres",
        "made_by": "scripts/make_world_outline.py",
        "projection": "equirectangular: x = lon + 180, y = 90 - lat (degrees)",
        "width": 360,
        "height": 180,
        "countries": countries,
    }
    args.output.write_text(json.dumps(outline, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(c["d"].count(" ") for c in countries)
    print(f"{args.output}: {len(countries)} countries, about {points} points, {args.output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
