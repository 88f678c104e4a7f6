"""Shared set-up for sync tests: sites enrolled with each other, and a comparable view
of every synced row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kinerja_desktop.services.changes import row_payload
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.sync_ekspor import HasilEkspor, ekspor
from kinerja_desktop.services.sync_impor import HasilImpor, impor
from kinerja_desktop.services.sync_kunci import daftar_kunci, terima_kartu, tulis_kartu
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import SYNCED_TABLES
from tests.conftest import PASSPHRASE


@dataclass
class Situs:
    kode: str
    db: Database
    admin: Actor
    folder: Path  # where its packages are written ("the USB stick")

    def kirim(self, ke: str | None = None) -> HasilEkspor:
        return ekspor(self.db, self.admin, PASSPHRASE, self.folder, ke)

    def terima(self, path: Path) -> HasilImpor:
        return impor(self.db, self.admin, PASSPHRASE, path, self.folder.parent / "karantina"
                     / self.kode)


def kenalkan(a: Situs, b: Situs) -> None:
    """Both key cards exchanged and accepted with the right fingerprints."""
    for x, y in ((a, b), (b, a)):
        kartu = tulis_kartu(x.db, x.admin, PASSPHRASE, x.folder)
        sidik = next(r.sidik_jari for r in daftar_kunci(x.db, x.admin) if r.lokal)
        terima_kartu(y.db, y.admin, kartu, sidik)
        kartu.unlink()


def _utc(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return (value.replace(tzinfo=dt.UTC) if value.tzinfo is None
                else value.astimezone(dt.UTC))
    return value


def baris_sinkron(db: Database, tables: tuple[str, ...] | None = None,
                  ) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row as JSON values, by table and id (datetimes made UTC-aware, so a
    SQLite and a PostgreSQL copy of the same row compare equal)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with db.read() as s:
        for name in tables or tuple(SYNCED_TABLES):
            table = SYNCED_TABLES[name].__table__  # type: ignore[attr-defined]
            out[name] = {
                str(row["id"]): row_payload({k: _utc(v) for k, v in row.items()})
                for row in s.execute(select(table)).mappings()}
    return out


def paket_dari(pengirim: Situs, penerima: Situs, records: list[dict[str, Any]], *,
               dari: int = 0, sampai: int | None = None, kind: str = "data",
               app_version: str | None = None) -> Path:
    """A package signed with the sender's real key, with hand-made records: for records
    the exporter would never write."""
    import uuid

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    from kinerja_desktop import __version__
    from kinerja_desktop.storage.migrations import head_revision
    from kinerja_desktop.storage.models import Site, SiteKey
    from kinerja_desktop.sync.keys import load_signing_key
    from kinerja_desktop.sync.manifest import (
        ChangeRange,
        PackageHeader,
        PackageKind,
        RecipientRef,
        SenderRef,
    )
    from kinerja_desktop.sync.package import write_package

    with pengirim.db.read() as s:
        site = s.scalars(select(Site).where(Site.is_local.is_(True))).one()
        sign = s.scalars(select(SiteKey).where(SiteKey.site_code == site.code,
                                               SiteKey.purpose == "sign",
                                               SiteKey.revoked_at.is_(None))).one()
        box = s.scalars(select(SiteKey).where(SiteKey.site_code == penerima.kode,
                                              SiteKey.purpose == "encrypt",
                                              SiteKey.revoked_at.is_(None))).one()
        incarnation = site.incarnation_id
    changes = [r for r in records if r.get("t") == "ubah"]
    top = sampai if sampai is not None else max([dari, *(int(r["seq"]) for r in changes)])
    header = PackageHeader(
        package_id=uuid.uuid4(), kind=PackageKind(kind),
        sender=SenderRef(pengirim.kode, sign.fingerprint, incarnation),
        recipient=RecipientRef(penerima.kode, box.fingerprint),
        app_version=app_version or __version__,
        schema_revision=head_revision(), channel_seq=99,
        changes=ChangeRange(dari, top, len(changes)), peer_seq_through=0,
        created_at=dt.datetime.now(dt.UTC))
    assert sign.private_key_enc is not None
    return write_package(pengirim.folder, header, records,
                         signing_key=load_signing_key(sign.private_key_enc, PASSPHRASE),
                         recipient_public=X25519PublicKey.from_public_bytes(box.public_key))

