"""Camunda Forms building blocks shared by the form generators (the same helpers as second_child_forms.py)."""
import json
import os

counter = [0]


def _id(prefix):
    counter[0] += 1
    return f"{prefix}_{counter[0]}"


def heading(text):
    return {"type": "text", "text": text, "id": _id("Text")}


def textfield(key, label, required=True, max_length=30, readonly=False, description=None, pattern=None):
    c = {"type": "textfield", "key": key, "label": label, "id": _id("Field")}
    if readonly:
        c["readonly"] = True
    else:
        v = {"required": required, "maxLength": max_length}
        if pattern:
            v["pattern"] = pattern
        c["validate"] = v
    if description:
        c["description"] = description
    return c


def textarea(key, label, required=True, max_length=1000, readonly=False, description=None):
    c = {"type": "textarea", "key": key, "label": label, "id": _id("Field")}
    if readonly:
        c["readonly"] = True
    else:
        c["validate"] = {"required": required, "maxLength": max_length}
    if description:
        c["description"] = description
    return c


def number(key, label, minimum=0, maximum=10):
    return {"type": "number", "key": key, "label": label, "id": _id("Field"), "decimalDigits": 0,
            "validate": {"required": True, "min": minimum, "max": maximum}}


def checkbox(key, label, description=None):
    c = {"type": "checkbox", "key": key, "label": label, "id": _id("Field")}
    if description:
        c["description"] = description
    return c


def date(key, label, required=True):
    return {"type": "datetime", "key": key, "subtype": "date", "dateLabel": label, "id": _id("Field"),
            "validate": {"required": required}}


def select(key, label, options, required=True):
    return {"type": "select", "key": key, "label": label, "id": _id("Field"),
            "values": [{"label": l, "value": v} for v, l in options], "validate": {"required": required}}


def radio(key, label, options):
    return {"type": "radio", "key": key, "label": label, "id": _id("Field"),
            "values": [{"label": l, "value": v} for v, l in options], "validate": {"required": True}}


def form(form_id, components):
    return {"components": components, "type": "default", "id": form_id, "executionPlatform": "Camunda Platform",
            "executionPlatformVersion": "7.24.0", "exporter": {"name": "Camunda Modeler", "version": "5.31.0"},
            "schemaVersion": 16}


def decimal(key, label, required=True, minimum=0, description=None):
    c = {"type": "number", "key": key, "label": label, "id": _id("Field"), "decimalDigits": 2,
         "validate": {"required": required, "min": minimum}}
    if description:
        c["description"] = description
    return c


def write_forms(out, forms):
    os.makedirs(out, exist_ok=True)
    for form_id, components in forms.items():
        counter[0] = 0
        with open(os.path.join(out, f"{form_id}.form"), "w", encoding="utf-8") as f:
            json.dump(form(form_id, components), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(forms), "forms written")
