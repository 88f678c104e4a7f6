"""Kinerja Desktop: pengelolaan kinerja ASN tanpa internet."""

__version__ = "0.1.0"
