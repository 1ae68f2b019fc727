"""Fails unless every option that `infini-opt --help` lists for the infini
pipelines appears as `option` in docs/Pipelines.md."""
import re
import sys

help_text = open(sys.argv[1]).read().splitlines()
doc = open(sys.argv[2]).read()
missing = []
pipeline = None
for line in help_text:
    m = re.match(r"^      --(infini-lower-to-\w+)\s", line)
    if m:
        pipeline = m.group(1)
        continue
    if re.match(r"^      --", line):
        pipeline = None
        continue
    m = re.match(r"^        --([\w-]+)", line)
    if pipeline and m and "`%s`" % m.group(1) not in doc:
        missing.append("%s: %s" % (pipeline, m.group(1)))
for name in missing:
    print("docs/Pipelines.md does not document %s" % name)
print("checked pipeline options")
sys.exit(1 if missing else 0)
