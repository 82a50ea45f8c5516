"""The Spanish window shows the vocabulary in Spanish: the filter lists and the details pane's chips."""

from __future__ import annotations


def _items(win, vocab: str) -> list[str]:
    lst = win.panel.filters.lists[vocab]
    return [lst.item(i).text() for i in range(lst.count())]


def test_filter_lists_read_in_spanish(spanish_window):
    win = spanish_window
    assert _items(win, "types")[:2] == ["Adicciones", "Salud mental"]
    assert "Ambulatorio intensivo (IOP)" in _items(win, "levels") and "Desintoxicación" in _items(
        win, "levels"
    )
    assert "Seguro privado" in _items(win, "payments") and "Tarifa según ingresos" in _items(win, "payments")
    assert "Personas mayores" in _items(win, "populations")
    for vocab in ("types", "levels", "payments", "populations"):
        assert not {"Addiction", "Private insurance", "Seniors", "Outpatient"} & set(_items(win, vocab))


def test_filter_lists_stay_english_in_the_english_window(make_window):
    win = make_window(remember=False, allow_online=False)
    assert _items(win, "types")[:2] == ["Addiction", "Mental health"]


def test_details_pane_chips_read_in_spanish(qtbot, spanish_window):
    from tests.ui.helpers import search

    win = spanish_window
    search(qtbot, win, "92660")
    with qtbot.waitSignal(win.detailsShown, timeout=5000):
        assert win.select_program(47)
    text = win.details.text()
    assert "Ambulatorio intensivo (IOP)" in text and "Adicciones" in text and "Seguro privado" in text
    assert "Intensive outpatient (IOP)" not in text and "Private insurance" not in text
