"""Program Finder: find, vet and compare behavioral-health programs offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("program-finder")
except PackageNotFoundError:  # running from a source tree or a bundle
    __version__ = "0.1.0"
