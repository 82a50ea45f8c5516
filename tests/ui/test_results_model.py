"""The results table model, without a window."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria, search_programs
from finder.ui.results_model import DNR_MARK, ID_ROLE, IOP_UNKNOWN, ResultsModel


def _rows(db, **criteria):
    return search_programs(db, resolve_origin("92660"), SearchCriteria(**criteria)).results


def test_model_passes_qtmodeltester(qtmodeltester, sample_db):
    model = ResultsModel()
    model.set_rows(_rows(sample_db))
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_cells_show_what_a_case_manager_reads(sample_db):
    rows = _rows(sample_db)
    model = ResultsModel()
    model.set_rows(rows)
    assert model.rowCount() == len(rows) > 0
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # no call has said anything about room: no Room column (it comes last once one has)
    assert headers == ["Program", "Miles", "City", "Treats", "Levels", "Payment", "Phone"]
    first = rows[0]
    assert model.data(model.index(0, 0)) == f"{first.name} — {first.name2}"
    # the sample is geocoded to ZIP centres: every distance carries the "≈" mark
    assert model.data(model.index(0, 1)) == f"≈{first.distance_miles:.1f}"
    assert model.data(model.index(0, 2)) == f"{first.city}, {first.state}"
    assert model.data(model.index(0, 6)) == first.phone
    assert not model.index(0, 7).isValid()
    assert "ZIP" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)


def test_mental_health_program_says_iop_is_not_recorded(sample_db):
    rows = _rows(sample_db)
    model = ResultsModel()
    model.set_rows(rows)
    r = next(i for i, row in enumerate(rows) if row.iop_not_recorded)
    assert IOP_UNKNOWN in model.data(model.index(r, 4))
    assert "not recorded" in model.data(model.index(r, 4), Qt.ItemDataRole.ToolTipRole)


def test_do_not_refer_is_marked_in_words(sample_db):
    rows = _rows(sample_db)
    rows[0] = dataclasses.replace(rows[0], status="do-not-refer")
    model = ResultsModel()
    model.set_rows(rows)
    assert model.data(model.index(0, 0)).startswith(DNR_MARK)


def test_sorting_by_column_and_back_by_distance(sample_db):
    rows = _rows(sample_db)
    model = ResultsModel()
    model.set_rows(rows)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(i, 0)).lower() for i in range(model.rowCount())]
    assert names == sorted(names)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(i, 0), ID_ROLE) for i in range(model.rowCount())] == [r.id for r in rows]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    dists = [model.row(i).distance_miles for i in range(model.rowCount())]
    assert dists == sorted(dists, reverse=True)


def test_a_long_word_is_shorter_in_a_cell_and_whole_in_its_tooltip(sample_db):
    """ "Desintoxicación" alone set the Levels column's width: the cell says "Desintox.", the
    tooltip (and what a screen reader says) the vocabulary's word; English keeps "Detox"."""
    from finder.reports.i18n import install_app_language, remove_app_language

    rows = _rows(sample_db)
    r = next(i for i, row in enumerate(rows) if "detox" in row.levels)
    model = ResultsModel()
    model.set_rows(rows)
    assert "Detox" in model.data(model.index(r, 4)).split(", ")
    install_app_language("es")
    try:
        cell = model.data(model.index(r, 4))
        assert "Desintox." in cell.split(", ") and "Desintoxicación" not in cell
        for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            assert "Desintoxicación" in model.data(model.index(r, 4), role)
    finally:
        remove_app_language()
