"""Throwaway certificates for the certificate-signature tests (CLI and window), made at test time.

A self-signed CA issuing two signer certificates (one EC, one RSA), an expired one,
a self-signed one, a signer with a non-Latin name, and PKCS#12 files built from them,
including one without a private key and one without a passphrase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

PASSPHRASE = "correct horse battery staple"


def _name(cn: str, org: str = "Riverton Test PKI") -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)])


def make_cert(cn: str, *, issuer: tuple[object, x509.Certificate] | None = None, ca: bool = False,
              valid_from: dt.timedelta = dt.timedelta(days=-1), valid_to: dt.timedelta = dt.timedelta(days=365),
              rsa_key: bool = False, signing_usage: bool = True):
    key = rsa.generate_private_key(65537, 2048) if rsa_key else ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    issuer_key, issuer_cert = issuer if issuer else (key, None)
    builder = (x509.CertificateBuilder()
               .subject_name(_name(cn))
               .issuer_name(issuer_cert.subject if issuer_cert else _name(cn))
               .public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now + valid_from)
               .not_valid_after(now + valid_to)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(
                   digital_signature=signing_usage, content_commitment=signing_usage and not ca,
                   key_encipherment=not signing_usage, data_encipherment=False, key_agreement=False,
                   key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False), critical=True))
    cert = builder.sign(issuer_key, hashes.SHA256())  # type: ignore[arg-type]
    return key, cert


def write_p12(path: Path, key, cert, chain=(), passphrase: str | None = PASSPHRASE) -> Path:
    enc = (serialization.BestAvailableEncryption(passphrase.encode()) if passphrase
           else serialization.NoEncryption())
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"signer", key, cert, list(chain) or None, enc))
    return path


@dataclass(frozen=True)
class Pki:
    folder: Path
    ca_pem: Path
    police: Path
    """Chief Alex Morgan, issued by the CA (EC key)."""
    bh: Path
    """Dr. Sam Lee, issued by the CA (RSA key)."""
    other: Path
    expired: Path
    self_signed: Path
    vietnamese: Path
    no_key: Path
    no_passphrase: Path
    encryption_only: Path
    passphrase_file: Path
    wrong_passphrase_file: Path


def build(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    ca_key, ca = make_cert("Riverton Test Root CA", ca=True, valid_to=dt.timedelta(days=3650))
    issuer = (ca_key, ca)
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))

    def issued(name: str, file: str, **kw) -> Path:
        key, cert = make_cert(name, issuer=issuer, **kw)
        return write_p12(folder / file, key, cert, [ca])

    police = issued("Chief Alex Morgan", "police.p12")
    bh = issued("Dr. Sam Lee", "bh.p12", rsa_key=True)
    other = issued("Jordan Rivera", "other.p12")
    expired = issued("Pat Expired", "expired.p12", valid_from=dt.timedelta(days=-400),
                     valid_to=dt.timedelta(days=-35))
    vietnamese = issued("Nguyễn Thị Hương Đặng", "vietnamese.p12")
    encryption_only = issued("Casey Encrypt", "encryption-only.p12", signing_usage=False)
    ss_key, ss_cert = make_cert("Chief Alex Morgan (self-signed)")
    self_signed = write_p12(folder / "self-signed.p12", ss_key, ss_cert)
    # a PKCS#12 that carries only certificates: nothing to sign with
    no_key = folder / "no-key.p12"
    no_key.write_bytes(pkcs12.serialize_key_and_certificates(
        b"certs", None, None, [ca], serialization.BestAvailableEncryption(PASSPHRASE.encode())))
    np_key, np_cert = make_cert("Robin Open", issuer=issuer)
    no_passphrase = write_p12(folder / "no-passphrase.p12", np_key, np_cert, [ca], passphrase=None)
    pf = folder / "passphrase.txt"
    pf.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong = folder / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    return Pki(folder=folder, ca_pem=ca_pem, police=police, bh=bh, other=other, expired=expired,
               self_signed=self_signed, vietnamese=vietnamese, no_key=no_key, no_passphrase=no_passphrase,
               encryption_only=encryption_only, passphrase_file=pf, wrong_passphrase_file=wrong)
