"""The window's "Add telehealth in the whole state" toggle and the Needs dialog's new groups (issue 36)."""

from __future__ import annotations

from finder.services.origins import resolve_origin
from finder.services.search import SearchCriteria
from finder.services.statewide import telehealth_in_state
from tests.ui.helpers import search, shown_ids


def test_the_toggle_adds_the_states_telehealth_programs_after_the_radius(qtbot, window, sample_db):
    search(qtbot, window, "92660", radius=5)
    near = shown_ids(window)
    with qtbot.waitSignal(window.searchFinished, timeout=10_000):
        window.panel.filters.statewide.setChecked(True)
    extra = telehealth_in_state(sample_db, resolve_origin("92660"), SearchCriteria(radius_miles=5))
    assert extra.total > 0
    assert shown_ids(window) == near + [r.id for r in extra.results]
    line = window.count_label.text()
    assert f"Telehealth programs in California: {extra.total}" in line
    assert "vary by state and by insurer" in line
    assert window.panel.state()["telehealth_in_state"] is True


def test_the_needs_dialog_has_language_and_help_to_attend(qtbot):
    from finder.ui.needs_dialog import NeedsDialog

    d = NeedsDialog("Case 36", ("languages:spanish", "supports:transportation"))
    qtbot.addWidget(d)
    assert d.boxes["languages:spanish"].isChecked() and d.boxes["supports:transportation"].isChecked()
    titles = {b.title().replace("&", "") for b in d.findChildren(type(d.boxes["languages:spanish"].parent()))}
    assert {"Language", "Help to attend"} <= titles
    assert d.keys() == ["languages:spanish", "supports:transportation"]


def test_results_that_meet_a_language_need_say_so_in_the_row(qtbot, make_window, sample_db):
    from finder.services import shortlists as sl
    from tests.ui.helpers import settle

    sl.create_shortlist(sample_db, "Case 36", client_needs="languages:spanish")
    sl.add_programs(sample_db, "Case 36", [47])
    win = make_window()
    win.shortlists.panel.reload(select="Case 36")
    settle(qtbot)
    search(qtbot, win, "92660")
    names = [win.model.data(win.model.index(i, 0)) for i in range(win.model.rowCount())]
    spanish = [
        win.model.row(i) for i in range(win.model.rowCount()) if "spanish" in win.model.row(i).languages
    ]
    assert spanish and all(
        n.endswith(" · Spanish") == ("spanish" in win.model.row(i).languages) for i, n in enumerate(names)
    )
