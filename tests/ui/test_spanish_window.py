"""The window with Spanish installed: menus, filters, search, results and the empty state read in Spanish.

The translators are taken out again after each test, so the other tests see the English of the code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from finder.ui.texts import translate
from tests.ui.helpers import search


def test_menus_are_spanish(spanish_window):
    win = spanish_window
    assert [m.title() for m in win.menus.values()] == [
        "&Archivo",
        "&Editar",
        "&Ver",
        "&Lista corta",
        "Ay&uda",
    ]
    file_items = [a.text() for a in win.menus["file"].actions() if not a.isSeparator()]
    assert file_items[0] == "&Importar un archivo del directorio…" and file_items[-1] == "&Salir"
    shortlist_items = [a.text() for a in win.menus["shortlist"].actions() if not a.isSeparator()]
    assert "Anotar una &llamada…" in shortlist_items and "&Seguimientos" in shortlist_items


def test_mnemonics_do_not_clash_within_a_menu(spanish_window):
    for menu in spanish_window.menus.values():
        keys = []
        for a in menu.actions():
            text = a.text().replace("&&", "")
            if "&" in text:
                keys.append(text[text.index("&") + 1].lower())
        assert len(keys) == len(set(keys)), (menu.title(), keys)


def test_filter_headings_search_button_and_column_headers_are_spanish(spanish_window):
    win = spanish_window
    heads = [w.text() for w in win.panel.filters.findChildren(QLabel) if w.text().startswith("<b>")]
    assert "<b>Atiende</b> <small>(deben cumplirse todas las marcadas)</small>" in heads
    assert "<b>Nivel de atención</b> <small>(basta con una de las marcadas)</small>" in heads
    assert "<b>Pago</b> <small>(basta con una de las marcadas)</small>" in heads
    assert "<b>Para quién</b> <small>(deben cumplirse todas las marcadas)</small>" in heads
    assert win.panel.origin_bar.search_button.text() == "&Buscar"
    assert win.panel.filters.clear_button.text() == "Quitar filtros"
    m = win.model
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert headers == ["Programa", "Millas", "Ciudad", "Atiende", "Niveles", "Pago", "Teléfono"]
    assert translate("Results", "Room") == "Cupo"  # the last column, once a call said something of room


def test_empty_state_and_count_line_are_spanish(qtbot, spanish_window):
    win = spanish_window
    assert win.empty_label.text().startswith("Escriba un código postal (92660)")
    assert "“Cerca de”" in win.empty_label.text()
    assert win.count_label.text() == "Todavía no hay búsqueda"
    search(qtbot, win, "92660")
    assert "programas a menos de 25 mi de Newport Beach, CA 92660" in win.count_label.text()
    assert win.details.add_button.text() == "A&gregar a la lista"


def test_english_is_back_after_a_spanish_test(make_window):
    win = make_window(remember=False, allow_online=False)
    assert win.menus["file"].title() == "&File"
    assert win.panel.origin_bar.search_button.text() == "&Search"
