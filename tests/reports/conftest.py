"""Report tests paint with Qt: let pytest-qt make the one QApplication, so that window tests run
after them in the same process find the kind of application they need."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    return qapp
