"""Build the timeline of the bundled example corpus (the 2017 battle for Raqqa) and write JSON and HTML.

Run from the project root:  .venv/bin/python examples/quickstart.py
"""

from pathlib import Path

import timeline

here = Path(__file__).parent
tl = timeline.build([here / "corpus"], anchors=here / "anchors.yaml")

for event in tl.events:  # ordered by earliest start, then latest start, then document order
    lo, hi = event.interval.start
    when = f"{lo:%Y-%m-%d}" + ("" if lo == hi else f"..{hi:%m-%d}" if hi else "..") if lo else f"by {hi:%Y-%m-%d}" if hi else "?"
    print(f"{when:>16}  {event.label}  ({len(event.docs)} source(s): {', '.join(event.docs)})")
    for rel in event.relations:  # its time relative to another event: "four weeks after the battle began"
        print(f"{'':>18}{rel.relation}: {rel.evidence.text!r}")
for finding in tl.findings:
    print(f"{finding.severity}: {finding.message}")

out = Path("out")
out.mkdir(exist_ok=True)
tl.to_json(out / "raqqa.json")
print("wrote", tl.to_html(out / "raqqa.html"), "and", out / "raqqa.json")
