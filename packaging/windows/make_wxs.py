"""Write the WiX v4 source for an MSI of the PyInstaller folder (Windows).

    uv run python packaging/windows/make_wxs.py            # dist/coresponse/ → dist/coresponse.wxs
    wix build dist/coresponse.wxs -arch x64 -o dist/coresponse-VERSION-x64.msi

WiX v4 has no file harvesting of its own (heat is a separate, deprecated tool), so this
lists every file of dist/coresponse/ as a component, in a fixed order with ids derived
from the file's path: the same folder always gives the same .wxs. The package installs
per machine into Program Files\\Co-Response Wizard, adds a Start-menu shortcut to the
window, puts the folder on the system PATH (so `coresponse` works in a terminal), and
upgrades any earlier version in place (the UpgradeCode below never changes).
Standard library only; runs on any OS (the MSI itself is built on Windows).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tomllib
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parents[2]
UPGRADE_CODE = "6C1E3B52-7F0A-4E58-9D3B-2B8E0C5A9F41"  # fixed for the product's lifetime
SHORTCUT_GUID = "A3F6D2C4-1B7E-4C9A-8E55-3D0F6B2A7C19"
PATH_GUID = "5E2B9A71-C4D8-4F3E-A6B0-7D1C9E8F2A34"
MANUFACTURER = "Co-Response Program Design Wizard project"
PRODUCT = "Co-Response Program Design Wizard"


def _id(prefix: str, rel: str) -> str:
    return f"{prefix}{hashlib.sha1(rel.encode('utf-8')).hexdigest()[:20]}"


def msi_version(version: str) -> str:
    """MSI wants numbers: '0.1.0' stays, '1.2.0rc1' → '1.2.0'."""
    parts = []
    for p in version.split(".")[:3]:
        digits = "".join(ch for ch in p if ch.isdigit()) or "0"
        parts.append(str(int(digits)))
        if not p.isdigit():
            break
    return ".".join(parts + ["0"] * (3 - len(parts)))


def build_wxs(source: Path, version: str) -> str:
    lines: list[str] = []

    def folder(path: Path, indent: str) -> None:
        for child in sorted(path.iterdir(), key=lambda p: (p.is_dir(), p.name.lower())):
            rel = child.relative_to(source).as_posix()
            if child.is_dir():
                lines.append(f'{indent}<Directory Id="{_id("d", rel)}" Name={quoteattr(child.name)}>')
                folder(child, indent + "  ")
                lines.append(f"{indent}</Directory>")
            elif child.is_file():
                lines.append(f'{indent}<Component Id="{_id("c", rel)}" Bitness="always64">')
                lines.append(f'{indent}  <File Id="{_id("f", rel)}" Source={quoteattr(str(child.resolve()))} '
                             f'KeyPath="yes" />')
                lines.append(f"{indent}</Component>")

    folder(source, " " * 10)
    refs = []
    for p in sorted(source.rglob("*")):
        if p.is_file():
            refs.append(f'      <ComponentRef Id="{_id("c", p.relative_to(source).as_posix())}" />')
    icon = (ROOT / "resources" / "icons" / "app.ico").resolve()
    return "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!-- Made by packaging/windows/make_wxs.py from the PyInstaller folder; do not edit. -->",
        '<Wix xmlns="http://wixtoolset.org/schemas/v4/wxs">',
        f'  <Package Name="{PRODUCT}" Manufacturer="{MANUFACTURER}" Version="{msi_version(version)}"',
        f'           UpgradeCode="{UPGRADE_CODE}" Scope="perMachine" Compressed="yes" Language="1033">',
        '    <MajorUpgrade DowngradeErrorMessage="A newer version of [ProductName] is already installed." />',
        '    <MediaTemplate EmbedCab="yes" CompressionLevel="high" />',
        f"    <Icon Id=\"app.ico\" SourceFile={quoteattr(str(icon))} />",
        '    <Property Id="ARPPRODUCTICON" Value="app.ico" />',
        '    <StandardDirectory Id="ProgramFiles64Folder">',
        '      <Directory Id="INSTALLFOLDER" Name="Co-Response Wizard">',
        *[line[2:] for line in lines],
        f'        <Component Id="SystemPath" Guid="{PATH_GUID}" Bitness="always64">',
        '          <Environment Id="PathEntry" Name="PATH" Value="[INSTALLFOLDER]" Part="last" Action="set"',
        '                       System="yes" Permanent="no" />',
        '          <RegistryValue Root="HKLM" Key="Software\\CoResponseWizard" Name="InstallFolder"',
        '                         Type="string" Value="[INSTALLFOLDER]" KeyPath="yes" />',
        "        </Component>",
        "      </Directory>",
        "    </StandardDirectory>",
        '    <StandardDirectory Id="ProgramMenuFolder">',
        f'      <Component Id="StartMenuShortcut" Guid="{SHORTCUT_GUID}">',
        f'        <Shortcut Id="WizardShortcut" Name="{PRODUCT}" Target="[INSTALLFOLDER]coresponse-wizard.exe"',
        '                  WorkingDirectory="INSTALLFOLDER" Icon="app.ico" />',
        '        <RegistryValue Root="HKLM" Key="Software\\CoResponseWizard" Name="StartMenuShortcut"',
        '                       Type="integer" Value="1" KeyPath="yes" />',
        "      </Component>",
        "    </StandardDirectory>",
        '    <Feature Id="Main" Title="Co-Response Program Design Wizard" Level="1">',
        *refs,
        '      <ComponentRef Id="SystemPath" />',
        '      <ComponentRef Id="StartMenuShortcut" />',
        "    </Feature>",
        "  </Package>",
        "</Wix>",
        "",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="WiX v4 source for an MSI of dist/coresponse/")
    ap.add_argument("--source", default=str(ROOT / "dist" / "coresponse"), help="the PyInstaller folder")
    ap.add_argument("-o", "--output", default=str(ROOT / "dist" / "coresponse.wxs"))
    args = ap.parse_args(argv)
    source = Path(args.source)
    if not (source / "coresponse-wizard.exe").exists() and not (source / "coresponse-wizard").exists():
        print(f"make_wxs.py: {source}: no PyInstaller build here (run the build first)", file=sys.stderr)
        return 2
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    Path(args.output).write_text(build_wxs(source, version), encoding="utf-8")
    print(f"wrote {args.output} (version {msi_version(version)}, {sum(1 for p in source.rglob('*') if p.is_file())} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
