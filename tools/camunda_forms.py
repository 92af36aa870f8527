"""Camunda Forms building blocks shared by the form generators of every process.

Every component takes `when`, a FEEL condition under which it is shown (it is hidden otherwise). Ids are numbered
in the order components are built, so a generator's output is stable from run to run.
"""
import json
import os

counter = [0]

TOWNS = [("chunjiang", "春江镇"), ("menghe", "孟河镇"), ("xinqiao", "新桥镇"), ("xuejia", "薛家镇"),
         ("luoxi", "罗溪镇"), ("xixiashu", "西夏墅镇"), ("hehai", "河海街道"), ("sanjing", "三井街道"),
         ("longhutang", "龙虎塘街道")]
ID_PATTERN = "^[0-9]{15}$|^[0-9]{17}[0-9Xx]$"


def _id(prefix):
    counter[0] += 1
    return f"{prefix}_{counter[0]}"


def only_if(component, condition):
    """Shows the component only when the FEEL condition holds."""
    if condition:
        component["conditional"] = {"hide": f"=not({condition})"}
    return component


def heading(text, when=None):
    return only_if({"type": "text", "text": text, "id": _id("Text")}, when)


def textfield(key, label, required=True, max_length=30, readonly=False, description=None, pattern=None, when=None):
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
    return only_if(c, when)


def textarea(key, label, required=True, max_length=1000, readonly=False, description=None, when=None):
    c = {"type": "textarea", "key": key, "label": label, "id": _id("Field")}
    if readonly:
        c["readonly"] = True
    else:
        c["validate"] = {"required": required, "maxLength": max_length}
    if description:
        c["description"] = description
    return only_if(c, when)


def number(key, label, minimum=0, maximum=10, when=None):
    return only_if({"type": "number", "key": key, "label": label, "id": _id("Field"), "decimalDigits": 0,
                    "validate": {"required": True, "min": minimum, "max": maximum}}, when)


def checkbox(key, label, description=None, when=None):
    c = {"type": "checkbox", "key": key, "label": label, "id": _id("Field")}
    if description:
        c["description"] = description
    return only_if(c, when)


def date(key, label, required=True, when=None):
    return only_if({"type": "datetime", "key": key, "subtype": "date", "dateLabel": label, "id": _id("Field"),
                    "validate": {"required": required}}, when)


def select(key, label, options, required=True, when=None):
    return only_if({"type": "select", "key": key, "label": label, "id": _id("Field"),
                    "values": [{"label": l, "value": v} for v, l in options], "validate": {"required": required}},
                   when)


def radio(key, label, options, when=None):
    return only_if({"type": "radio", "key": key, "label": label, "id": _id("Field"),
                    "values": [{"label": l, "value": v} for v, l in options], "validate": {"required": True}}, when)


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
