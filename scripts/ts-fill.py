#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from a JSON object {source: translation}.
Plural (%n) messages take a list: {"%n file(s)": ["%n Datei", "%n Dateien"]}.

Usage: scripts/ts-fill.py translations/commissioner_de.ts pairs.json
       scripts/ts-fill.py --missing translations/commissioner_de.ts   # list untranslated sources as JSON

Only entries whose source matches exactly are touched; filled entries lose
type="unfinished". Run `cmake --build <dir> --target update_translations`
first so new source strings are in the .ts file.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def write(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--missing":
        _, root = load(sys.argv[2])
        missing = {}
        for m in root.iter("message"):
            t = m.find("translation")
            text = (t.text or "").strip() if t is not None else ""
            if t is not None and t.findall("numerusform"):
                text = "".join((f.text or "").strip() for f in t.findall("numerusform"))
            if t is None or t.get("type") == "unfinished" or not text:
                missing[m.find("source").text] = ""
        json.dump(missing, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    ts, pairs_path = sys.argv[1], sys.argv[2]
    with open(pairs_path, encoding="utf-8") as f:
        pairs = json.load(f)
    tree, root = load(ts)
    filled = 0
    for m in root.iter("message"):
        src = m.find("source").text
        if src in pairs and pairs[src]:
            t = m.find("translation")
            if t is None:
                t = ET.SubElement(m, "translation")
            value = pairs[src]
            if m.get("numerus") == "yes":
                # Plural forms: a list ["singular", "plural"] (German has two).
                forms = value if isinstance(value, list) else [value, value]
                for old in list(t):
                    t.remove(old)
                t.text = None
                for form in forms:
                    ET.SubElement(t, "numerusform").text = form
            else:
                t.text = value
            t.attrib.pop("type", None)
            filled += 1
    write(tree, ts)
    print(f"{ts}: filled {filled} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
