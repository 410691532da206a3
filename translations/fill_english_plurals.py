#!/usr/bin/env python3
"""Fills the English plural forms in gatehouse_en.ts from the "(s)" convention of the source texts:
"%n session(s)" becomes "%n session" / "%n sessions". Run after `update_translations` adds new plurals."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/gatehouse_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    singular = re.sub(r"\(s\)", "", source)
    plural = re.sub(r"\(s\)", "s", source)
    forms[0].text, forms[1].text = singular, plural
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
