#!/usr/bin/env python3
"""Checks a SARIF log against the parts of the SARIF 2.1.0 schema quotesrc writes:
the required properties, their types, the level enumeration, 1-based regions and
URI references.  Usage: sarif_check.py LOG.sarif"""
import json
import re
import sys

LEVELS = {"none", "note", "warning", "error"}


def fail(msg):
    sys.exit(f"invalid SARIF: {msg}")


def check(log):
    if set(log) - {"$schema", "version", "runs", "inlineExternalProperties", "properties"}:
        fail(f"unknown top-level properties {set(log)}")
    if log.get("version") != "2.1.0":
        fail("version must be 2.1.0")
    if not isinstance(log.get("runs"), list):
        fail("runs must be an array")
    for run in log["runs"]:
        driver = run.get("tool", {}).get("driver")
        if not isinstance(driver, dict) or not isinstance(driver.get("name"), str):
            fail("runs[].tool.driver.name is required")
        if run.get("columnKind") not in (None, "utf16CodeUnits", "unicodeCodePoints"):
            fail("bad columnKind")
        rule_ids = []
        for rule in driver.get("rules", []):
            if not isinstance(rule.get("id"), str):
                fail("rules[].id is required")
            rule_ids.append(rule["id"])
            level = rule.get("defaultConfiguration", {}).get("level", "warning")
            if level not in LEVELS:
                fail(f"bad default level {level}")
        for res in run.get("results", []):
            text = res.get("message", {}).get("text")
            if not isinstance(text, str) or not text:
                fail("results[].message.text is required")
            if res.get("level", "warning") not in LEVELS:
                fail(f"bad level {res.get('level')}")
            idx = res.get("ruleIndex")
            if idx is not None and (not isinstance(idx, int) or rule_ids[idx] != res.get("ruleId")):
                fail("ruleIndex does not point at ruleId")
            for loc in res.get("locations", []):
                phys = loc["physicalLocation"]
                uri = phys["artifactLocation"]["uri"]
                if re.search(r"[\s\"<>\\^`{|}]", uri):
                    fail(f"uri is not a URI reference: {uri!r}")
                region = phys["region"]
                for key in ("startLine", "startColumn", "endLine", "endColumn"):
                    if not isinstance(region.get(key), int) or region[key] < 1:
                        fail(f"region.{key} must be an integer >= 1")
                if (region["endLine"], region["endColumn"]) < (region["startLine"], region["startColumn"]):
                    fail("region ends before it starts")


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        check(json.load(f))
    print("valid")
