#!/usr/bin/env python3
"""check_rule_kinds.py [ROOT]: every event kind a rule's file tests
(PT_EV_X) is among the kinds its catalogue entry subscribes to
(rules/rule_catalogue.def, PT_ON(PT_EV_X)); a rule is only given those, so a
kind it handles but forgot to subscribe to would be silently never seen.
Exit 1 naming each rule and kind missing, 0 when all hold."""
import os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
rules = os.path.join(root, 'rules')
cat = open(os.path.join(rules, 'rule_catalogue.def')).read()
bad = 0
for m in re.finditer(r'PT_RULE\((PT\d+),\s*"[^"]*",\s*\w+,\s*(\w+)_on_event,\s*\w+,\s*((?:PT_ON\(\w+\)\s*\|?\s*)+),', cat):
    rid, stem, mask = m.group(1), m.group(2), m.group(3)
    subscribed = set(re.findall(r'PT_ON\((PT_EV_\w+)\)', mask))
    files = [f for f in os.listdir(rules) if f.startswith(stem + '_') and f.endswith('.c')]
    if len(files) != 1:
        print(f'{rid}: no single rules/{stem}_*.c'); bad += 1; continue
    used = set(re.findall(r'\bPT_EV_[A-Z_]+\b', open(os.path.join(rules, files[0])).read()))
    for k in sorted(used - subscribed):
        print(f'{rid} ({files[0]}) tests {k} but does not subscribe to it'); bad += 1
    print(f'{rid}: {", ".join(sorted(subscribed))}')
if not re.search(r'PT_RULE\(', cat):
    print('no rules found'); bad += 1
sys.exit(1 if bad else 0)
