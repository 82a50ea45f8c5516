"""Languages for printouts (and the window): Qt translators and the locale for dates and numbers.

    with report_language("es") as locale:
        html = handout_html(...)      # QCoreApplication.translate(...) now answers in Spanish

speaks Spanish in this thread (finder.texts.use_language: our words, from finder/i18n/es.mo, reach
Qt's tr() through the one CatalogueTranslator), installs Qt's own qtbase_es.qm and makes
QLocale("es_US") the default, for as long as the block runs; after it,
the previous translators and locale are back. A printout is in the family's language whatever
the window's: the window's translators (installed with `install_app_language`) step aside for
the block, so `report_language("en")` prints English from a Spanish window.

Why es_US: the families are in the United States, so numbers keep the decimal point they
see on every bill ("3.2 millas") while dates read "15 de diciembre de 2024".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from finder import texts
from finder.errors import Message, UserError, fill
from finder.paths import translations_dir
from finder.texts import LANGUAGES, N_, SOURCE_LANGUAGE
from finder.texts.vocab import language_name  # noqa: F401 (this module's API)

LOCALES = {"en": "en_US", "es": "es_US"}
QT_CATALOGUES = ("qtbase",)  # Qt's own strings (buttons of standard dialogs)


_app_translators: list[QTranslator] = []  # the window's, set by install_app_language
_app_language = [SOURCE_LANGUAGE]  # the window's language code, set by install_app_language


class CatalogueTranslator(QTranslator):
    """Qt's tr() and translate() answered from the one text catalogue (finder.texts), in the language
    of the thread asking: the window's, or a printout's inside report_language.

    Qt's context (the class name) is not part of a message; a disambiguation is its msgctxt.
    """

    def translate(self, context, source, disambiguation=None, n=-1):
        return texts.lookup(source, disambiguation or None, n if n is not None else -1)  # None: not ours

    def isEmpty(self) -> bool:
        return False


_bridge: list[CatalogueTranslator] = []


def catalogue_dir() -> Path:
    """finder/i18n/, package data wherever the package is installed (finder.paths)."""
    return translations_dir()


def qt_translations_dir(candidates: list[Path] | None = None) -> Path:
    """Where Qt's own .qm files are (its buttons and file dialogs: "Look in:", "Files of type:").

    Qt's library path when it holds them; else the PySide6 package's folder, which is Qt/translations
    on Linux and macOS but translations/ on Windows (and so in the Windows bundle).
    """
    if candidates is None:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates = [
            Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            package / "Qt" / "translations",
            package / "translations",
        ]
    for path in candidates:
        if any(path.glob("qtbase_*.qm")):
            return path
    return candidates[0]


def check_language(lang: str | None) -> str:
    """'en' or 'es' (any case, 'es_US' and 'es-MX' too); anything else is one line naming the choices."""
    code = texts.normal_language(lang)
    if code is None:
        choices = ", ".join(f"{k} ({v})" for k, v in LANGUAGES.items())
        raise UserError(N_("unknown language '%1'; use one of: %2"), (lang or "").strip()[:20], choices)
    return code


def locale_for(lang: str) -> QLocale:
    return QLocale(LOCALES[check_language(lang)])


def load_translators(lang: str) -> list[QTranslator]:
    """Qt's own translators for a language (the buttons and file dialogs Qt draws), loaded, not installed.

    Our own words come from the catalogue through the one CatalogueTranslator (install_bridge).
    A missing Qt catalogue is a nicety lost (Qt's English buttons), not an error.
    """
    code = check_language(lang)
    found: list[QTranslator] = []
    if code == SOURCE_LANGUAGE:
        return found
    for name in QT_CATALOGUES:
        qt = QTranslator()
        if qt.load(f"{name}_{code}", str(qt_translations_dir())):
            found.append(qt)
    return found


_app = None  # the application made here, kept alive for the process


def ensure_app():
    """The running Qt application, or a new offscreen QGuiApplication (for the CLI)."""
    global _app
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        _app = app = QGuiApplication(["finder", "-platform", "offscreen"])
    return app


def _application() -> QCoreApplication:
    app = QCoreApplication.instance() or ensure_app()
    install_bridge(app)
    return app


def install_bridge(app: QCoreApplication) -> None:
    """Install the catalogue's translator once: from then on tr() speaks finder.texts' language."""
    if not _bridge:
        _bridge.append(CatalogueTranslator())
    app.installTranslator(_bridge[0])


@contextmanager
def report_language(lang: str) -> Iterator[QLocale]:
    """Translate and format in `lang` inside the block (yields its QLocale); restore the previous state after."""
    code = check_language(lang)
    app = _application()
    mine = load_translators(code)
    locale = QLocale(LOCALES[code])
    previous_locale = QLocale()
    window = list(_app_translators)
    for t in window:
        app.removeTranslator(t)
    for t in mine:
        app.installTranslator(t)
    QLocale.setDefault(locale)
    try:
        with texts.use_language(code):
            yield locale
    finally:
        for t in mine:
            app.removeTranslator(t)
        for t in window:  # in their first order: the one installed last is asked first
            app.installTranslator(t)
        QLocale.setDefault(previous_locale)


def install_app_language(lang: str) -> str:
    """Translate the whole application (the window) into `lang` until changed; returns the code.

    For the window's Language setting. Printouts choose their own language with report_language.
    """
    code = check_language(lang)
    app = _application()
    for t in _app_translators:
        app.removeTranslator(t)
    _app_translators.clear()
    for t in load_translators(code):
        app.installTranslator(t)
        _app_translators.append(t)
    texts.set_language(code)
    QLocale.setDefault(QLocale(LOCALES[code]))
    _app_language[0] = code
    return code


def app_language() -> str:
    """The window's language ('en' when none was installed): a printout's language when none is chosen."""
    return _app_language[0]


def remove_app_language() -> None:
    """Take the window's translators out again (tests; the window then reads as the code: English)."""
    app = QCoreApplication.instance()
    for t in _app_translators:
        if app is not None:
            app.removeTranslator(t)
    _app_translators.clear()
    texts.set_language(SOURCE_LANGUAGE)
    _app_language[0] = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(LOCALES[SOURCE_LANGUAGE]))


def system_language() -> str:
    """'es' for a Spanish system locale (es_US, es_MX, es_ES …, from LANG), else 'en'."""
    return "es" if QLocale.system().name().lower().startswith("es") else SOURCE_LANGUAGE


# ---------------------------------------------------------------- the domain's words


def vocabulary_text(text: str) -> str:
    """A vocabulary label, short label or heading of finder.domain.taxonomy in the current language.

    The domain stays English; its registries mark their texts for the catalogue with N_ where they are declared.
    """
    return texts._(text)


def checklist_text(text: str) -> str:
    """A checklist question, its reason, a section, an answer word or an article title, in the current language."""
    return texts._(text)


def vocabulary_label(vocabulary: str, slug: str, *, short: bool = False) -> str:
    """The label of `slug` in a vocabulary of the registry ("levels", "iop"), translated."""
    from finder.domain.taxonomy import BY_NAME

    v = BY_NAME[vocabulary]
    return vocabulary_text(v.short_label(slug) if short else v.label(slug))


def arg(template: str, *values) -> str:
    """Qt's %1 %2 … placeholders (a translation may move them); values as given, in one pass:
    a value's own "%2" stays as typed."""
    return fill(template, values)


def translate_n(context: str, text: str, n: int, *, grouped: bool = True) -> str:
    """The plural form of `text` for n in the current language (English forms from en.po), %n replaced by n.

    `grouped`: counts of a thousand and more read "1,234" (False: as the command line writes them, "1234").
    """
    out = (texts.lookup(text, None, n) or text).replace("%n", str(n))
    if grouped and abs(n) >= 1000:
        out = out.replace(str(n), f"{n:,}", 1)
    return out


def user_message(exc: BaseException | Message) -> str:
    """What a UserError (or a Message) says in the current language: finder.texts.errors.message."""
    from finder.texts.errors import message

    return message(exc)
