"""Sync packages between sites: keys, package format, export, import."""
