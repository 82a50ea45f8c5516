"""The TopoJSON reader on a hand-made topology and on the bundled us-atlas file."""

import json

import pytest

from finder.domain.topojson import arc_use, decode_arcs, polygons, ring
from finder.paths import resource_path

# two unit squares side by side sharing the edge x=1: arc 0 the shared edge (upwards), arc 1 the
# left square's other three sides, arc 2 the right square's; positions delta-encoded, scale 0.5
TWO_SQUARES = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [[[2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2], [2, 0]], [[2, 0], [2, 0], [0, 2], [-2, 0]]],
    "objects": {
        "squares": {
            "type": "GeometryCollection",
            "geometries": [{"type": "Polygon", "arcs": [[0, 1]]}, {"type": "Polygon", "arcs": [[2, ~0]]}],
        }
    },
}


def test_arcs_are_delta_decoded_then_scaled_and_translated():
    arcs = decode_arcs(TWO_SQUARES)
    assert arcs[0] == [(11.0, 20.0), (11.0, 21.0)]
    assert arcs[1] == [(11.0, 21.0), (10.0, 21.0), (10.0, 20.0), (11.0, 20.0)]


def test_a_reversed_arc_is_walked_backwards_and_the_ring_closes():
    arcs = decode_arcs(TWO_SQUARES)
    right = ring(arcs, [2, ~0])
    assert right == [(11.0, 20.0), (12.0, 20.0), (12.0, 21.0), (11.0, 21.0), (11.0, 20.0)]
    left = polygons(TWO_SQUARES["objects"]["squares"], arcs)[0][0]
    assert left[0] == left[-1] and len(left) == 5


def test_arc_use_tells_a_shared_border_from_an_outer_edge():
    assert arc_use(TWO_SQUARES["objects"]["squares"]) == {0: 2, 1: 1, 2: 1}


def test_without_a_transform_positions_are_plain_coordinates():
    topo = {"arcs": [[[1.5, 2.5], [3, 4]]]}
    assert decode_arcs(topo) == [[(1.5, 2.5), (3.0, 4.0)]]


@pytest.fixture(scope="module")
def atlas():
    topo = json.loads(resource_path("map", "counties-10m.json").read_text(encoding="utf-8"))
    return topo, decode_arcs(topo)


def _state(topo, name):
    return next(g for g in topo["objects"]["states"]["geometries"] if g["properties"]["name"] == name)


def test_colorado_is_one_closed_ring_in_its_known_box(atlas):
    topo, arcs = atlas
    polys = polygons(_state(topo, "Colorado"), arcs)
    assert len(polys) == 1 and len(polys[0]) == 1
    outer = polys[0][0]
    assert outer[0] == outer[-1]
    lons, lats = [p[0] for p in outer], [p[1] for p in outer]
    # Colorado: 37°N to 41°N, 102°02'W to 109°03'W
    assert min(lats) == pytest.approx(36.99, abs=0.02) and max(lats) == pytest.approx(41.0, abs=0.02)
    assert min(lons) == pytest.approx(-109.06, abs=0.02) and max(lons) == pytest.approx(-102.04, abs=0.02)


def test_hawaii_is_islands_and_every_ring_closes(atlas):
    topo, arcs = atlas
    polys = polygons(_state(topo, "Hawaii"), arcs)
    assert len(polys) >= 7  # the eight main islands, at this scale some merge or drop
    assert all(r[0] == r[-1] for p in polys for r in p)
    big_island = max(polys, key=lambda p: len(p[0]))[0]
    assert min(p[1] for p in big_island) == pytest.approx(18.91, abs=0.03)  # Ka Lae, the southern tip
