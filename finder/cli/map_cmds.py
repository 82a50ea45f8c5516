"""`finder map`: a PNG of the map around a search (the same painting as the window's map)."""

from __future__ import annotations

import sys

from finder.cli.common import add_radius_argument, add_vocabulary_filters, open_db
from finder.domain.geo import check_radius
from finder.domain.taxonomy import SEARCH_VOCABULARIES
from finder.texts import _, n_

MAP_LIMIT = 1000


def register(sub) -> None:
    m = sub.add_parser("map", help=_("a PNG map of the programs near a place"))
    m.add_argument("--near", required=True, metavar=_("NEAR"), help=_("ZIP, 'City, ST' or lat,lon"))
    add_radius_argument(m)
    add_vocabulary_filters(m)
    m.add_argument("--text", default="", metavar=_("TEXT"), help=_("part of the name, second name or city"))
    m.add_argument("--hide-do-not-refer", action="store_true")
    m.add_argument(
        "--hide-delisted",
        action="store_true",
        help=_("leave out programs the latest full directory no longer lists"),
    )
    m.add_argument(
        "--accepting",
        action="store_true",
        help=_("only programs a call in the last 30 days found taking new clients"),
    )
    m.add_argument("--png", required=True, metavar="OUT.png", help=_("the picture to write"))
    m.add_argument("--size", default="1280x800", metavar="WxH", help=_("in pixels (default 1280x800)"))
    m.add_argument("--dark", action="store_true", help=_("the dark palette"))
    m.set_defaults(func=cmd_map)


def cmd_map(args) -> int:
    # Qt is imported here, not at the top: the command line starts without it (tests/test_layering.py)
    from finder.reports.map_render import MapPalette, MapScene, marks_from_rows, parse_size
    from finder.services.files import checked_target, save_private_bytes
    from finder.services.origins import resolve_origin
    from finder.services.search import SearchCriteria, search_programs

    width, height = parse_size(args.size)
    target = checked_target(args.png, "map.png")
    criteria = SearchCriteria(
        radius_miles=check_radius(args.radius),
        **{v.name: getattr(args, v.name) for v in SEARCH_VOCABULARIES},
        text=args.text,
        hide_do_not_refer=args.hide_do_not_refer,
        limit=MAP_LIMIT,
        accepting=args.accepting,
        hide_delisted=args.hide_delisted,
    )
    criteria.validate()
    db = open_db(args)
    origin = resolve_origin(args.near, db=db)
    result = search_programs(db, origin, criteria)
    scene = MapScene(
        origin.latitude,
        origin.longitude,
        criteria.radius_miles,
        marks_from_rows(result.results),
        origin_label=origin.label or origin.query,
    )

    from finder.reports.map_render import png_bytes, render_image
    from finder.reports.printing import ensure_app

    ensure_app()
    image = render_image(scene, width, height, MapPalette.dark() if args.dark else MapPalette.light())
    save_private_bytes(target, png_bytes(image))  # a new file of ours, never one planted in its place
    shown = (
        _(" (the nearest {count})").format(count=f"{MAP_LIMIT:,}")
        if result.total > len(result.results)
        else ""
    )
    print(
        n_(
            "wrote {file}: {count} program{shown} within {radius} mi of {place}, {size}",
            "wrote {file}: {count} programs{shown} within {radius} mi of {place}, {size}",
            result.total,
        ).format(
            file=target,
            count=f"{result.total:,}",
            shown=shown,
            radius=f"{criteria.radius_miles:g}",
            place=origin.label or origin.query,
            size=f"{width}x{height}",
        ),
        file=sys.stderr,
    )
    return 0
